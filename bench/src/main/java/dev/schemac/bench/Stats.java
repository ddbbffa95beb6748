package dev.schemac.bench;

import java.util.Arrays;

/** Medians and spreads of repeated measurements. */
final class Stats {
    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String describe(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(java.util.Locale.ROOT, "median %.1f ms (min %.1f, max %.1f, n=%d)", median(millis),
                sorted[0], sorted[sorted.length - 1], sorted.length);
    }
}
