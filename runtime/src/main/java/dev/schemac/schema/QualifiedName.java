package dev.schemac.schema;

import java.util.Objects;

/**
 * The name of a table, sequence or index exactly as PostgreSQL stores it in its catalog (case kept, unquoted).
 *
 * @param schema the schema, or {@code null} for the connection's current schema (normally {@code public})
 * @param name the object's name
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    public QualifiedName {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        if (schema != null && schema.isEmpty()) {
            schema = null;
        }
    }

    /** Reads {@code "table"} or {@code "schema.table"}; names containing a dot cannot be written this way. */
    public static QualifiedName parse(String qualified) {
        Objects.requireNonNull(qualified, "qualified name");
        int dot = qualified.indexOf('.');
        if (dot < 0) {
            return new QualifiedName(null, qualified);
        }
        if (qualified.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("expected [schema.]name but got '" + qualified + "'");
        }
        return new QualifiedName(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    /** The same name in another schema-less object of this one's schema, e.g. an index beside its table. */
    public QualifiedName sibling(String otherName) {
        return new QualifiedName(schema, otherName);
    }

    /** By schema (none first), then name; without lambdas, as this runs on the runtime's startup path. */
    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = (schema == null ? "" : schema).compareTo(other.schema == null ? "" : other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    /** {@code schema.name}, or {@code name}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
