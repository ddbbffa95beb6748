package it.wardrobe;

/** Sizes, stored by their codes through {@link SizeCodes}. */
public enum Size {
    SMALL("S"), MEDIUM("M"), LARGE("L");

    final String code;

    Size(String code) {
        this.code = code;
    }
}
