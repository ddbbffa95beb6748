package library;

/** Genre values of the library model. */
public enum Genre {
    FICTION, MYSTERY, SCIENCE_FICTION, BIOGRAPHY, HISTORY, SCIENCE, CHILDREN, POETRY, REFERENCE, COMICS, TRAVEL, COOKING
}
