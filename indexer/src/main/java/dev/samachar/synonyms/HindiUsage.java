package dev.samachar.synonyms;

import dev.samachar.analysis.WordTokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the Devanagari words of Hindi articles are used, as evidence the lexicon alone cannot give: whether a
 * word mostly stands right before an ordinary content word. A Hindi noun phrase ends in a postposition or a
 * pause (मुंबई में, पटेल ने, तेहरान:), and a given name stands before a surname, which the lexicon does not know
 * as ordinary. A word followed by a verb form (साबित हुआ, सहारा लिया) is the complement of a light verb; one
 * followed by an inflected noun (हवाई अड्डे) modifies it. Either way it is not a name, even when the lexicon
 * has it only as a lemma that could be one.
 *
 * <p>Keeps counts per distinct word and per distinct pair of words in a phrase: memory grows with the vocabulary
 * of the corpus and its word pairs, not with the number of articles.
 */
final class HindiUsage {

    /** Fewer occurrences than this say nothing either way. */
    static final int MIN_OCCURRENCES = 3;

    /**
     * The postpositions, particles, conjunctions and copula forms a noun phrase (a name too) is followed by: a
     * closed class of Hindi grammar, not words of any corpus. The lexicon counts them as ordinary words.
     */
    private static final Set<String> PHRASE_ENDINGS = Set.of(
            "का", "की", "के", "को", "में", "से", "ने", "पर", "तक", "भी", "ही", "तो", "और", "व", "एवं", "तथा", "या",
            "जी", "है", "हैं", "था", "थे", "थी");

    private final OrdinaryWords ordinary;
    /** Per word: [occurrences, right before an ordinary content word, right before a word that may be a name]. */
    private final Map<String, int[]> counts = new HashMap<>();
    /** Per word, the words seen right after it in the same phrase (not a postposition), and how often. */
    private final Map<String, Map<String, Integer>> nextWords = new HashMap<>();

    HindiUsage(OrdinaryWords ordinary) {
        this.ordinary = ordinary;
    }

    /** Counts the uses of {@code word}, the token at {@code index} of {@code tokens} in {@code text}. */
    void add(String text, List<WordTokenizer.Token> tokens, int index) {
        int[] c = counts.computeIfAbsent(tokens.get(index).text(), w -> new int[3]);
        c[0]++;
        if (index + 1 >= tokens.size()) {
            return;
        }
        WordTokenizer.Token word = tokens.get(index);
        WordTokenizer.Token next = tokens.get(index + 1);
        // Punctuation in between is a pause: the phrase ended there.
        if (!text.substring(word.end(), next.start()).isBlank() || PHRASE_ENDINGS.contains(next.text())) {
            return;
        }
        nextWords.computeIfAbsent(word.text(), w -> new HashMap<>()).merge(next.text(), 1, Integer::sum);
        if (ordinary.lexiconHasOrdinaryHindi(next.text())) {
            c[1]++;
        } else if (SynonymMiner.isDevanagari(next.text())) {
            c[2]++;
        }
    }

    /** Seen often enough, and at least half the time right before an ordinary content word. */
    boolean modifiesOrComplements(String word) {
        int[] c = counts.get(word);
        return c != null && c[0] >= MIN_OCCURRENCES && 2 * c[1] >= c[0];
    }

    /**
     * The word {@code word} stands right before in at least three quarters of its uses, seen often enough: the
     * rest of a fixed phrase it is one part of (वंदे भारत, न्यू दिल्ली).
     */
    Optional<String> fixedNextWord(String word) {
        int[] c = counts.get(word);
        if (c == null || c[0] < MIN_OCCURRENCES) {
            return Optional.empty();
        }
        return nextWords.getOrDefault(word, Map.of()).entrySet().stream()
                .filter(e -> 4 * e.getValue() >= 3 * c[0])
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * Seen often enough, and at least half the time right before another word that may be a name (कमल पटेल,
     * मार्शल द्वीपसमूह): the first word of a name. The next word is one the lexicon does not know as ordinary,
     * a name or a noun lemma; the caller asks this only of a word the corpus never inflects as a common noun.
     */
    boolean startsNames(String word) {
        int[] c = counts.get(word);
        return c != null && c[0] >= MIN_OCCURRENCES && 2 * c[2] >= c[0];
    }
}
