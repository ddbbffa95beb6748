package catalog;

/** Marketing badges, stored by ordinal in a collection table. */
public enum Badge {
    NEW, SALE, LIMITED
}
