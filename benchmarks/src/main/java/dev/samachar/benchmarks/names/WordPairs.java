package dev.samachar.benchmarks.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word pairs of a list of name pairs, translations left out. A name is split into words at
 * spaces, hyphens and dashes, and the punctuation around each word stripped ("St." → St). A name
 * whose English and Hindi have the same number of words gives one pair per word; one with
 * different numbers (Dar-El-Beida/दार अल बैदा is aligned, New York/न्यूयॉर्क is not) gives none.
 * The words are paired in order, unless another order makes them more alike in sum and moves
 * words only to clear transliterations of them:
 * Hindi puts a generic word where English does not (Lake Charles / चार्ल्स झील, District of
 * Columbia / कोलंबिया के जिले), and pairing by position would set Charles against झील. A word pair
 * is kept when {@link TransliterationCheck} says the Hindi word is a transliteration of the English
 * one; the others are counted as excluded. Kept pairs are distinct (English word with its
 * capitalisation, Hindi word), in the order first seen.
 */
public final class WordPairs {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015/]+");

    /** An excluded word pair with the check's reasons. */
    public record Excluded(String english, String hindi, String name, TransliterationCheck.Verdict verdict) {}

    private final List<WordPair> kept;
    private final List<Excluded> excluded;
    private final int names;
    private final int unaligned;
    private final int candidates;

    private WordPairs(List<WordPair> kept, List<Excluded> excluded, int names, int unaligned, int candidates) {
        this.kept = kept;
        this.excluded = excluded;
        this.names = names;
        this.unaligned = unaligned;
        this.candidates = candidates;
    }

    public static WordPairs of(List<NamePair> pairs, TransliterationCheck check) {
        Map<String, WordPair> kept = new LinkedHashMap<>();
        Map<String, Excluded> excluded = new LinkedHashMap<>();
        int unaligned = 0;
        int candidates = 0;
        for (NamePair pair : pairs) {
            List<String> en = words(pair.english());
            List<String> hi = words(pair.hindi());
            if (en.isEmpty() || en.size() != hi.size()) {
                unaligned++;
                continue;
            }
            String name = pair.english() + " / " + pair.hindi();
            TransliterationCheck.Verdict[][] verdicts = verdicts(en, hi, check);
            int[] order = bestOrder(verdicts);
            for (int i = 0; i < en.size(); i++) {
                String e = en.get(i);
                String h = hi.get(order[i]);
                candidates++;
                String id = e + '\t' + h;
                TransliterationCheck.Verdict verdict = verdicts[i][order[i]];
                if (verdict != null && verdict.transliteration()) {
                    WordPair word = new WordPair(e, h, pair.gweather(), pair.indian(), name);
                    kept.merge(id, word, WordPair::seenAlsoIn);
                } else {
                    excluded.putIfAbsent(id, new Excluded(e, h, name, verdict));
                }
            }
        }
        return new WordPairs(
                List.copyOf(kept.values()), List.copyOf(excluded.values()), pairs.size(), unaligned, candidates);
    }

    private static TransliterationCheck.Verdict verdict(String e, String h, TransliterationCheck check) {
        return !Scripts.hasLatin(e) || !Scripts.hasDevanagari(h) ? null : check.check(e, h);
    }

    /** How alike a word and the Hindi word it is moved to must be ({@link #isClear}). */
    static final double MIN_MOVED_SIMILARITY = 0.75;

    /** Fewest consonants of an English word moved to a Hindi word ({@link #isClear}). */
    static final int MIN_MOVED_CONSONANTS = 3;

    /** Longest name whose word orders are all tried (5! orders); longer names keep their order. */
    static final int MAX_REORDERED_WORDS = 5;

    /**
     * The check's verdict on English word i and Hindi word j (null: not a Latin/Devanagari pair):
     * every pair for a name whose orders are tried, only the written pairs for a longer one.
     */
    private static TransliterationCheck.Verdict[][] verdicts(
            List<String> en, List<String> hi, TransliterationCheck check) {
        int n = en.size();
        boolean reorder = n >= 2 && n <= MAX_REORDERED_WORDS;
        TransliterationCheck.Verdict[][] verdicts = new TransliterationCheck.Verdict[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || reorder) {
                    verdicts[i][j] = verdict(en.get(i), hi.get(j), check);
                }
            }
        }
        return verdicts;
    }

    /**
     * For each English word, the index of its Hindi word: the order with the greatest total
     * similarity ({@link TransliterationCheck}) among those that move words only to clear
     * transliterations (or to words the check excludes); the written order when no other is greater.
     */
    static int[] bestOrder(TransliterationCheck.Verdict[][] verdicts) {
        int n = verdicts.length;
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        if (n < 2 || n > MAX_REORDERED_WORDS) {
            return identity;
        }
        int[] best = identity.clone();
        double bestTotal = total(best, verdicts);
        int[] order = identity.clone();
        while (nextPermutation(order)) {
            double total = total(order, verdicts);
            if (total > bestTotal + 1e-9 && movesOnlyClearPairs(order, verdicts)) {
                best = order.clone();
                bestTotal = total;
            }
        }
        return best;
    }

    /**
     * Every word the order moves meets a clear transliteration, or a word the check excludes
     * (Lake / झील): no moved word makes a doubtful pair.
     */
    private static boolean movesOnlyClearPairs(int[] order, TransliterationCheck.Verdict[][] verdicts) {
        for (int i = 0; i < order.length; i++) {
            TransliterationCheck.Verdict v = verdicts[i][order[i]];
            if (order[i] != i && v != null && v.transliteration() && !isClear(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A kept pair alike enough to move a word onto: {@value #MIN_MOVED_SIMILARITY} alike and at least
     * {@value #MIN_MOVED_CONSONANTS} English consonants, since short translations are often alike by
     * chance (North / मध्य "madhya": NRT vs MD; City / घाटी: CT vs GT).
     */
    private static boolean isClear(TransliterationCheck.Verdict v) {
        return v.similarity() >= MIN_MOVED_SIMILARITY && v.englishSkeleton().length() >= MIN_MOVED_CONSONANTS;
    }

    private static double total(int[] order, TransliterationCheck.Verdict[][] verdicts) {
        double total = 0;
        for (int i = 0; i < order.length; i++) {
            TransliterationCheck.Verdict v = verdicts[i][order[i]];
            total += v == null ? 0 : v.similarity();
        }
        return total;
    }

    /** Lexicographically next permutation in place; false after the last. */
    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    /** The words of a name: split at spaces, hyphens, dashes and slashes, surrounding punctuation stripped. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : SEPARATORS.split(name.strip())) {
            int start = 0;
            int end = part.length();
            while (start < end && !Scripts.isWordChar(part.codePointAt(start))) {
                start += Character.charCount(part.codePointAt(start));
            }
            while (end > start && !Scripts.isWordChar(part.codePointBefore(end))) {
                end -= Character.charCount(part.codePointBefore(end));
            }
            if (start < end) {
                words.add(part.substring(start, end));
            }
        }
        return words;
    }

    /** The distinct kept word pairs. */
    public List<WordPair> kept() {
        return kept;
    }

    /** The distinct excluded word pairs (not a transliteration, or not Latin/Devanagari). */
    public List<Excluded> excluded() {
        return excluded;
    }

    /** The name pairs read. */
    public int names() {
        return names;
    }

    /** Name pairs whose English and Hindi have different numbers of words: no word pairs. */
    public int unaligned() {
        return unaligned;
    }

    /** Word pairs of aligned names before the check, with repeats. */
    public int candidates() {
        return candidates;
    }
}
