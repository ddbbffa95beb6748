package dev.schemac.internal.script;

/** A dollar-quote tag that does not occur in a text, so the text can be quoted whole without escaping. */
final class DollarTag {
    private DollarTag() {
    }

    /** {@code $name$}, or {@code $name_2$}, {@code $name_3$}... for the first that the text does not contain. */
    static String unusedIn(String name, String text) {
        String tag = "$" + name + "$";
        for (int n = 2; text.contains(tag); n++) {
            tag = "$" + name + "_" + n + "$";
        }
        return tag;
    }
}
