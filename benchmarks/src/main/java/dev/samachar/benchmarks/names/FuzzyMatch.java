package dev.samachar.benchmarks.names;

import dev.samachar.analysis.Fuzzy;

/**
 * Elasticsearch's fuzzy term match as the old search used it on loose terms: {@code fuzziness:
 * AUTO:4,7} (the query term's length in code points allows 0 edits below 4, 1 edit from 4 to 6,
 * 2 edits from 7), {@code prefix_length: 1} (the first character must be equal) and transpositions
 * on (Damerau–Levenshtein, optimal string alignment, as Lucene's automata). {@link #either} is
 * the match in either direction: the allowance of the longer-allowing term.
 */
public final class FuzzyMatch {

    private FuzzyMatch() {}

    /** Edits AUTO:4,7 allows for a query term of this many code points. */
    public static int allowedEdits(int length) {
        return length < 4 ? 0 : length < 7 ? 1 : 2;
    }

    /** The query term finds the indexed term. */
    public static boolean finds(String query, String indexed) {
        return within(query, indexed, allowedEdits(query.codePointCount(0, query.length())));
    }

    /** Either term, as the query, finds the other. */
    public static boolean either(String a, String b) {
        int edits =
                Math.max(allowedEdits(a.codePointCount(0, a.length())), allowedEdits(b.codePointCount(0, b.length())));
        return within(a, b, edits);
    }

    /** Equal first character and optimal string alignment distance ({@link Fuzzy#distance}) ≤ maxEdits. */
    static boolean within(String a, String b, int maxEdits) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        if (a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > maxEdits) {
            return false;
        }
        return Fuzzy.distance(a, b) <= maxEdits;
    }

    /** Optimal string alignment distance, for ranking misses. */
    public static int distance(String a, String b) {
        return Fuzzy.distance(a, b);
    }
}
