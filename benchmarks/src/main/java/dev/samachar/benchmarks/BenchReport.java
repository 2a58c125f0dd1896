package dev.samachar.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The harness's result table in Markdown: one row per measurement, with its target (if the issue
 * sets one) and whether it was met. A row without a figure is an error, not a blank cell: the CI
 * run checks that every measurement produced a number.
 */
final class BenchReport {

    record Row(String measure, String figure, String target, String met) {}

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String figure) {
        rows.add(new Row(measure, figure, "", ""));
    }

    /** A figure with a target: met when {@code value >= min} (or {@code <= max} when {@code atMost}). */
    void add(String measure, String figure, String target, boolean met) {
        rows.add(new Row(measure, figure, target, met ? "yes" : "no"));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| measure | figure | target | met |\n|---|---|---|---|\n");
        for (Row row : rows) {
            if (row.figure().isBlank()) {
                throw new IllegalStateException("no figure for " + row.measure());
            }
            out.append("| ")
                    .append(row.measure())
                    .append(" | ")
                    .append(row.figure())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met())
                    .append(" |\n");
        }
        return out.toString();
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    static String megabytes(long kb) {
        return String.format(Locale.ROOT, "%,d MB", Math.round(kb / 1024.0));
    }
}
