package dev.schemac;

import java.util.Objects;

/**
 * One way a live database differs from the schema it should have (the snapshot).
 *
 * @param kind whether the object is missing, extra, changed, or could not be compared
 * @param object what kind of object it is about
 * @param subject the object, e.g. {@code customer.email} for a column, {@code customer_pkey on customer} for a
 *     constraint
 * @param property for {@link Kind#CHANGED}, what differs ({@code type}, {@code nullability}, {@code default},
 *     {@code identity}, {@code definition}, {@code expression}, {@code start}, {@code increment}); else {@code null}
 * @param expected the snapshot's side as SQL or words, or {@code null} when the object is extra
 * @param actual the database's side, or {@code null} when the object is missing; for
 *     {@link Kind#NOT_COMPARED} the reason
 */
public record Difference(Kind kind, ObjectType object, String subject, String property, String expected,
        String actual) {
    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(subject, "subject");
        if (kind == Kind.CHANGED && property == null) {
            throw new IllegalArgumentException("a changed " + object.words + " needs the property that changed");
        }
    }

    /** How the object differs. */
    public enum Kind {
        /** In the snapshot, not in the database. */
        MISSING,
        /** In the database, not in the snapshot. */
        EXTRA,
        /** In both, but different. */
        CHANGED,
        /** PostgreSQL refused the snapshot's definition, so its details could not be compared. */
        NOT_COMPARED
    }

    /** The kinds of objects compared. */
    public enum ObjectType {
        TABLE("table"),
        COLUMN("column"),
        PRIMARY_KEY("primary key"),
        UNIQUE("unique constraint"),
        CHECK("check constraint"),
        FOREIGN_KEY("foreign key"),
        INDEX("index"),
        SEQUENCE("sequence");

        private final String words;

        ObjectType(String words) {
            this.words = words;
        }

        /** The object's kind in words, e.g. {@code primary key}. */
        public String words() {
            return words;
        }
    }

    /** One sentence for people, e.g. {@code column customer.name is text in the database but varchar(100) ...}. */
    public String describe() {
        String what = object.words + " " + subject;
        return switch (kind) {
            case MISSING -> what + " is missing";
            case EXTRA -> what + (actual == null ? "" : actual.startsWith("(") ? " " + actual : " (" + actual + ")")
                    + " is in the database but not in the snapshot";
            case CHANGED -> what + (property.equals("type") || property.equals("nullability") ? " is "
                    : " has " + property + " ") + actual + " in the database but " + expected + " in the snapshot";
            case NOT_COMPARED -> "the column types of " + what + " cannot be checked, nor its defaults and checks: "
                    + "PostgreSQL refuses them (" + actual + ")";
        };
    }
}
