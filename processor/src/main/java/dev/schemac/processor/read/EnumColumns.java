package dev.schemac.processor.read;

import dev.schemac.internal.sql.Identifiers;
import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * How Hibernate 7 stores an enum on PostgreSQL: by ordinal (the default) as {@code smallint} checked to lie
 * between 0 and the last ordinal, or by name ({@code @Enumerated(STRING)}) as {@code varchar} checked to be one of
 * the constant names.
 */
final class EnumColumns {
    private EnumColumns() {
    }

    static boolean isEnum(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM;
    }

    /**
     * The column type.
     *
     * @param byName whether the enum is stored by name ({@code @Enumerated(STRING)})
     */
    static BasicTypes.Result type(TypeMirror type, ColumnSpec column, boolean byName) {
        if (!byName) {
            return BasicTypes.Result.of(ColumnType.SMALLINT);
        }
        if (constants(type).isEmpty()) {
            return BasicTypes.Result.problem("the enum " + type + " has no constants, and Hibernate's check"
                    + " constraint 'in ()' for it is not valid SQL");
        }
        return BasicTypes.Result.of(column.length() > 0 ? ColumnType.varchar(column.length()) : ColumnType.TEXT);
    }

    /** The check expression Hibernate writes for the column, e.g. {@code status in ('NEW','DONE')}. */
    static String check(String columnName, TypeMirror type, boolean byName) {
        List<String> constants = constants(type);
        String column = Identifiers.quote(columnName);
        if (!byName) {
            return column + " between 0 and " + (constants.size() - 1);
        }
        StringBuilder sql = new StringBuilder(column).append(" in (");
        for (int i = 0; i < constants.size(); i++) {
            sql.append(i == 0 ? "'" : ",'").append(constants.get(i)).append('\'');
        }
        return sql.append(')').toString();
    }

    private static List<String> constants(TypeMirror type) {
        List<String> constants = new ArrayList<>();
        for (Element member : ((DeclaredType) type).asElement().getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add(member.getSimpleName().toString());
            }
        }
        return constants;
    }
}
