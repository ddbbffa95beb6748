package library;

/** CopyCondition values of the library model. */
public enum CopyCondition {
    NEW, GOOD, WORN, DAMAGED, LOST
}
