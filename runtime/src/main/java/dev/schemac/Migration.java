package dev.schemac;

/**
 * A versioned schema change. The class name carries the version and the description:
 * {@code V20261121093000__CreateCustomer}. Implementations need a public no-argument constructor.
 *
 * <p>{@code up} and {@code down} only describe the change by calling {@link SchemaChanges}; the runtime checks the
 * whole list before it runs any statement of it.
 */
public interface Migration {
    /** Describes the change from the previous schema to this one. */
    void up(SchemaChanges schema);

    /** Describes how to undo {@link #up}; by default the migration cannot be undone. */
    default void down(SchemaChanges schema) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no down()");
    }
}
