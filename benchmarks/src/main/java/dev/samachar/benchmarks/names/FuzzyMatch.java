package dev.samachar.benchmarks.names;

/**
 * Elasticsearch's fuzzy term match as the old search used it on loose terms: {@code fuzziness:
 * AUTO:4,7} (the query term's length in code points allows 0 edits below 4, 1 edit from 4 to 6,
 * 2 edits from 7), {@code prefix_length: 1} (the first character must be equal) and transpositions
 * on (Damerau–Levenshtein, optimal string alignment, as Lucene's automata). {@link #either} is
 * the match in either direction: the allowance of the longer-allowing term.
 */
public final class FuzzyMatch {

    private FuzzyMatch() {
    }

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
        int edits = Math.max(allowedEdits(a.codePointCount(0, a.length())), allowedEdits(b.codePointCount(0, b.length())));
        return within(a, b, edits);
    }

    /** Equal first code point and optimal string alignment distance ≤ maxEdits. */
    static boolean within(String a, String b, int maxEdits) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        if (a.codePointAt(0) != b.codePointAt(0)) {
            return false;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > maxEdits) {
            return false;
        }
        return distance(x, y, maxEdits) <= maxEdits;
    }

    /** Optimal string alignment distance, or maxEdits + 1 as soon as it must exceed maxEdits. */
    static int distance(int[] a, int[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > maxEdits) {
                return maxEdits + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Plain OSA distance (no bound), for ranking misses. */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return distance(x, y, Integer.MAX_VALUE - 1);
    }
}
