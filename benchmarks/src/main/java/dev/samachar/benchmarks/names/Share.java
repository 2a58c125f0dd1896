package dev.samachar.benchmarks.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Percentages and evenly spread examples, the same way everywhere in the report. */
final class Share {

    private Share() {}

    static double pct(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }

    static String pct1(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f%%", pct(part, whole));
    }

    static String pct2(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f%%", pct(part, whole));
    }

    /** Up to n items spread evenly over the list (the first, then every size/n-th). */
    static <T> List<T> spread(List<T> items, int n) {
        List<T> out = new ArrayList<>();
        if (items.size() <= n) {
            return new ArrayList<>(items);
        }
        for (int i = 0; i < n; i++) {
            out.add(items.get((int) ((long) i * items.size() / n)));
        }
        return out;
    }
}
