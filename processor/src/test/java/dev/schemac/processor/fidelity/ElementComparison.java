package dev.schemac.processor.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two databases' catalog elements side by side: which occur in both and which in one only, counting repeats.
 *
 * @param compared how many distinct occurrences there are in both lists together
 * @param matched how many of them occur in both
 * @param onlySchemac the elements only schemac's database has
 * @param onlyHibernate the elements only Hibernate's database has
 */
record ElementComparison(int compared, int matched, List<String> onlySchemac, List<String> onlyHibernate) {
    static ElementComparison of(List<String> schemac, List<String> hibernate) {
        Map<String, Integer> unmatched = new HashMap<>();
        hibernate.forEach(element -> unmatched.merge(element, 1, Integer::sum));
        List<String> onlySchemac = new ArrayList<>();
        int matched = 0;
        for (String element : schemac) {
            if (unmatched.getOrDefault(element, 0) > 0) {
                unmatched.merge(element, -1, Integer::sum);
                matched++;
            } else {
                onlySchemac.add(element);
            }
        }
        List<String> onlyHibernate = new ArrayList<>();
        for (String element : hibernate) {
            if (unmatched.getOrDefault(element, 0) > 0) {
                unmatched.merge(element, -1, Integer::sum);
                onlyHibernate.add(element);
            }
        }
        return new ElementComparison(matched + onlySchemac.size() + onlyHibernate.size(), matched, onlySchemac,
                onlyHibernate);
    }

    boolean allMatch() {
        return onlySchemac.isEmpty() && onlyHibernate.isEmpty();
    }

    /** The differences, one element a line, for an assertion message. */
    String differences() {
        StringBuilder text = new StringBuilder();
        onlySchemac.forEach(e -> text.append("\n  only schemac:   ").append(e));
        onlyHibernate.forEach(e -> text.append("\n  only Hibernate: ").append(e));
        return text.toString();
    }
}
