package dev.samachar.analysis;

/**
 * Edit distance as Elasticsearch's fuzzy queries count it, so that the library can reason about
 * which loose forms a {@code fuzziness: AUTO} query bridges (the exonym table adds only pairs it
 * does not). Stateless and thread-safe.
 */
public final class Fuzzy {

    private Fuzzy() {}

    /**
     * Edits that {@code fuzziness: "AUTO:low,high"} allows for a term of {@code length} chars: 0
     * below {@code low}, 1 below {@code high}, else 2. Elasticsearch's plain AUTO is AUTO:3,6.
     */
    public static int autoEdits(int length, int low, int high) {
        return length < low ? 0 : length < high ? 1 : 2;
    }

    /** {@link #autoEdits(int, int, int)} for plain AUTO (AUTO:3,6). */
    public static int autoEdits(int length) {
        return autoEdits(length, 3, 6);
    }

    /**
     * Whether a fuzzy query for either term finds the other: their distance is within what AUTO
     * allows the shorter one (the query side decides, and either side may be the query).
     */
    public static boolean bridges(String a, String b, int low, int high) {
        return distance(a, b) <= autoEdits(Math.min(a.length(), b.length()), low, high);
    }

    /**
     * Damerau–Levenshtein distance in its optimal-string-alignment form (insertions, deletions,
     * substitutions, and transpositions of adjacent chars), which is what Lucene's fuzzy
     * automata count with {@code transpositions: true}, Elasticsearch's default.
     */
    public static int distance(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
