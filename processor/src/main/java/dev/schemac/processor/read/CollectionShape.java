package dev.schemac.processor.read;

import javax.lang.model.type.TypeMirror;

/**
 * What a collection attribute holds and how Hibernate keys its rows.
 *
 * @param kind the collection semantics Hibernate gives it
 * @param element the element type (a map's value type)
 * @param key a map's key type, {@code null} for other collections
 */
record CollectionShape(Kind kind, TypeMirror element, TypeMirror key) {
    /** Hibernate's collection semantics, which decide the primary key of a collection or join table. */
    enum Kind {
        /** A {@code Set}: its rows are unique. */
        SET,
        /** A {@code List} or {@code Collection} without an order column: rows may repeat, no key. */
        BAG,
        /** A {@code List} with {@code @OrderColumn}: keyed by position. */
        LIST,
        /** A {@code Map}: keyed by the map key. */
        MAP
    }
}
