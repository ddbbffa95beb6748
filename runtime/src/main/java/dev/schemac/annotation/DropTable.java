package dev.schemac.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's decision to drop a table that no entity maps any more, on any entity class (for example the one that
 * took over its data). The next migration drops it and its rows, approved with {@link #reason()}. Once dropped, the
 * annotation does nothing and can be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DropTable.List.class)
public @interface DropTable {
    /** The table's name as the snapshot has it: {@code "table"} or {@code "schema.table"}. */
    String name();

    /** Why its rows may go; written into the migration as the approval of the data loss. Not blank. */
    String reason();

    /** Several {@link DropTable}s on one class. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        DropTable[] value();
    }
}
