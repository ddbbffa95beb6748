package dev.schemac.processor.fidelity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * schemac's error messages grouped by what they are about, without the element they name: {@code @OneToMany on
 * Customer.orders} and {@code @OneToMany on Order.lines} are one kind, {@code [schemac:unsupported-mapping]
 * @OneToMany on … (collections of entities)}. The progress meter of the corpora schemac cannot read yet.
 */
final class SchemacErrorKinds {
    private static final Pattern UNSUPPORTED = Pattern.compile(
            "(\\[schemac:[a-z-]+] )(.*?) is not supported by schemac yet \\(([^)]*)\\).*", Pattern.DOTALL);
    private static final Pattern EXTENDING = Pattern.compile("\\S+ extending the entity \\S+");
    private static final Pattern ELEMENT =
            Pattern.compile(" (on|of|in) (the (method|association|entity) )?[^@\\s]\\S*");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern MEMBER = Pattern.compile("\\b[A-Z]\\w*(\\.\\w+)+(\\(\\))?");

    /** Reasons that list every supported type are cut, to keep a kind on one line. */
    private static final int LONGEST_REASON = 100;

    private SchemacErrorKinds() {
    }

    /** How many errors there are of each kind, sorted by kind. */
    static Map<String, Integer> count(List<String> errors) {
        Map<String, Integer> counts = new TreeMap<>();
        errors.forEach(error -> counts.merge(kind(error), 1, Integer::sum));
        return counts;
    }

    /** The message with the names of elements left out. */
    static String kind(String error) {
        String firstLine = error.lines().findFirst().orElse("");
        Matcher unsupported = UNSUPPORTED.matcher(firstLine);
        if (unsupported.matches()) {
            String what = EXTENDING.matcher(unsupported.group(2)).replaceAll("… extending an entity");
            what = ELEMENT.matcher(what).replaceAll(" $1 $2…");
            String why = unsupported.group(3);
            return unsupported.group(1) + what + " (" + (why.length() > LONGEST_REASON
                    ? why.substring(0, LONGEST_REASON) + "…" : why) + ")";
        }
        String kind = QUOTED.matcher(firstLine).replaceAll("'…'");
        kind = MEMBER.matcher(kind).replaceAll("…");
        int sentenceEnd = kind.indexOf(". ");
        return sentenceEnd < 0 ? kind : kind.substring(0, sentenceEnd);
    }
}
