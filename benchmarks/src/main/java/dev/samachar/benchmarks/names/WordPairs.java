package dev.samachar.benchmarks.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word pairs of a list of name pairs, translations left out. A name is split into words at
 * spaces, hyphens and dashes, and the punctuation around each word stripped ("St." → St). A name
 * whose English and Hindi have the same number of words gives one pair per word, in order; one
 * with different numbers (Dar-El-Beida/दार अल बैदा is aligned, New York/न्यूयॉर्क is not) gives
 * none. A word pair is kept when {@link TransliterationCheck} says the Hindi word is a
 * transliteration of the English one; the others are counted as excluded. Kept pairs are distinct
 * (English word with its capitalisation, Hindi word), in the order first seen.
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
            for (int i = 0; i < en.size(); i++) {
                String e = en.get(i);
                String h = hi.get(i);
                candidates++;
                String id = e + '\t' + h;
                TransliterationCheck.Verdict verdict =
                        !Scripts.hasLatin(e) || !Scripts.hasDevanagari(h) ? null : check.check(e, h);
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
