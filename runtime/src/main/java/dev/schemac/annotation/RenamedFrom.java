package dev.schemac.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column of this field (or getter), or the table of this entity class, had another name in the snapshot:
 * schemac renames it, keeping its data, instead of adding a new one beside the old. The constraints, indexes and
 * sequences whose names were derived from the old name are renamed too. Once a migration has renamed it, the
 * annotation does nothing and can be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface RenamedFrom {
    /** The old name as the snapshot has it, e.g. {@code "fax_number"} or {@code "client"}; no schema. */
    String value();
}
