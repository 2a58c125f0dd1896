package dev.samachar.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds dictionary phrases in text. Phrases and text are split by {@link WordTokenizer} and
 * compared token by token on their {@link LookupFold} keys, so "कज़ाकिस्तान" in the dictionary
 * finds "कजाकिस्तान" in the text, and "India" finds "India’s".
 *
 * <p>{@link #findAll} scans left to right and at each token takes the longest phrase that starts
 * there; matches never overlap. A longer phrase thus shadows the shorter ones inside it, which is
 * how a caller blocks a false hit: map "Latin America" to a value it ignores, and "America"
 * inside it is no longer found.
 *
 * <p>Lookup is a hash map from a phrase's first key to its phrases, longest first, so the cost
 * per text token is one hash lookup plus a few token comparisons; the token's key comes folded
 * from its {@link Word}. Immutable and thread-safe once
 * built.
 *
 * @param <T> the value a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** How the case of a Latin text token must agree with the phrase as it was written. */
    public enum Casing {
        /** Any case matches: the folded keys alone decide. */
        ANY,
        /**
         * For proper names that are also common words ("Turkey"/"turkey", "China"/"china",
         * "Chad"/"chad", "US"/"us"). Each phrase token is checked by how it was written: a
         * capitalised one ("Turkey") needs a text token that starts with an upper-case letter, so
         * "Turkey" and "TURKEY" match and "turkey" does not; an all-caps one of two or more
         * letters ("US") needs an all-caps text token, so "Us" does not match either; a lower-case
         * one ("of" in "Republic of Kazakhstan") and any token without Latin letters (Devanagari
         * has no case) match in any case.
         */
        CAPITALISED
    }

    /** One match: the value, the offsets in the text (end exclusive) and the text matched. */
    public record Match<T>(T value, int start, int end, String text) {}

    private final Map<String, List<Phrase<T>>> byFirstKey;

    private PhraseMatcher(Map<String, List<Phrase<T>>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The key a phrase is stored under: its folded tokens joined by a space. Two phrases with the
     * same key are the same dictionary entry, whatever their spelling.
     */
    public static String key(CharSequence phrase) {
        StringBuilder sb = new StringBuilder();
        for (WordTokenizer.Token t : WordTokenizer.tokenize(phrase)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(LookupFold.fold(t.text()));
        }
        return sb.toString();
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<T>> findAll(String text) {
        return findAll(TokenizedText.of(text));
    }

    /**
     * As {@link #findAll(String)}, on a text the caller has tokenised already: an article is matched
     * against several dictionaries, and each of its words is looked up and folded once for all of
     * them (docs/design-notes.md#per-word-and-per-token-caches-in-matching).
     */
    public List<Match<T>> findAll(TokenizedText text) {
        List<WordTokenizer.Token> tokens = text.tokens();
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = text.word(i).key();
        }
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < keys.length) {
            Phrase<T> found = longestAt(byFirstKey.get(keys[i]), tokens, keys, i);
            if (found == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + found.length() - 1).end();
            matches.add(new Match<>(found.value, start, end, text.text().substring(start, end)));
            i += found.length();
        }
        return matches;
    }

    /** @param starting the phrases that start with token {@code i}, longest first, or null */
    private static <T> Phrase<T> longestAt(
            List<Phrase<T>> starting, List<WordTokenizer.Token> tokens, String[] keys, int i) {
        if (starting == null) {
            return null;
        }
        for (Phrase<T> p : starting) { // longest first
            if (p.matches(tokens, keys, i)) {
                return p;
            }
        }
        return null;
    }

    /** Collects phrases; adding a phrase whose {@link #key} is already present replaces it. */
    public static final class Builder<T> {
        private final Map<String, Phrase<T>> phrases = new LinkedHashMap<>();

        private Builder() {}

        public Builder<T> add(String phrase, T value) {
            return add(phrase, value, Casing.ANY);
        }

        /** @throws IllegalArgumentException if the phrase has no word tokens */
        public Builder<T> add(String phrase, T value, Casing casing) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(casing, "casing");
            List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(phrase);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("phrase has no word tokens: '" + phrase + "'");
            }
            String[] keys = new String[tokens.size()];
            String[] surface = new String[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
                surface[i] = tokens.get(i).text();
                keys[i] = LookupFold.fold(surface[i]);
            }
            phrases.put(String.join(" ", keys), new Phrase<>(keys, surface, value, casing));
            return this;
        }

        public PhraseMatcher<T> build() {
            Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
            for (Phrase<T> p : phrases.values()) {
                byFirst.computeIfAbsent(p.keys[0], k -> new ArrayList<>()).add(p);
            }
            for (Map.Entry<String, List<Phrase<T>>> e : byFirst.entrySet()) {
                List<Phrase<T>> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparingInt((Phrase<T> p) -> p.length()).reversed());
                e.setValue(List.copyOf(list));
            }
            return new PhraseMatcher<>(Map.copyOf(byFirst));
        }
    }

    private static final class Phrase<T> {
        final String[] keys;
        final String[] surface;
        final T value;
        /** Per token, what case the text must have; null when the phrase matches in any case. */
        final CaseCheck.Rule[] caseRules;

        Phrase(String[] keys, String[] surface, T value, Casing casing) {
            this.keys = keys;
            this.surface = surface;
            this.value = value;
            this.caseRules = casing == Casing.CAPITALISED ? caseRules(surface) : null;
        }

        private static CaseCheck.Rule[] caseRules(String[] surface) {
            CaseCheck.Rule[] rules = new CaseCheck.Rule[surface.length];
            for (int i = 0; i < surface.length; i++) {
                rules[i] = CaseCheck.ruleOf(surface[i]);
            }
            return rules;
        }

        int length() {
            return keys.length;
        }

        boolean matches(List<WordTokenizer.Token> tokens, String[] textKeys, int at) {
            if (at + keys.length > textKeys.length) {
                return false;
            }
            for (int j = 0; j < keys.length; j++) {
                if (!keys[j].equals(textKeys[at + j])) {
                    return false;
                }
                if (caseRules != null && !caseRules[j].agrees(tokens.get(at + j).text())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return Arrays.toString(surface) + "=" + value;
        }
    }
}
