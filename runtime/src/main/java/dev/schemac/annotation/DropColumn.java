package dev.schemac.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's decision to drop a column that no field maps any more, on the entity class that maps its table. The
 * next migration drops it and its values, approved with {@link #reason()}. Once dropped, the annotation does nothing
 * and can be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DropColumn.List.class)
public @interface DropColumn {
    /** The column's name as the snapshot has it. */
    String name();

    /** Why its values may go; written into the migration as the approval of the data loss. Not blank. */
    String reason();

    /** Several {@link DropColumn}s on one class. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        DropColumn[] value();
    }
}
