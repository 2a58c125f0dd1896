package dev.samachar.synonyms;

import dev.samachar.analysis.WordTokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the Devanagari words of Hindi articles are used, as evidence the lexicon alone cannot give: whether a
 * word mostly stands right before an ordinary content word. A Hindi noun phrase ends in a postposition or a
 * pause (मुंबई में, पटेल ने, तेहरान:), and a given name stands before a surname, which the lexicon does not know
 * as ordinary. A word followed by a verb form (साबित हुआ, सहारा लिया) is the complement of a light verb; one
 * followed by an inflected noun (हवाई अड्डे) modifies it. Either way it is not a name, even when the lexicon
 * has it only as a lemma that could be one.
 *
 * <p>Counts a map entry per distinct word: memory grows with the vocabulary of the corpus, not its size.
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
    /** Per word: [occurrences, occurrences right before an ordinary content word]. */
    private final Map<String, int[]> counts = new HashMap<>();

    HindiUsage(OrdinaryWords ordinary) {
        this.ordinary = ordinary;
    }

    /** Counts the uses of {@code word}, the token at {@code index} of {@code tokens} in {@code text}. */
    void add(String text, List<WordTokenizer.Token> tokens, int index) {
        int[] c = counts.computeIfAbsent(tokens.get(index).text(), w -> new int[2]);
        c[0]++;
        if (index + 1 < tokens.size() && beforeContentWord(text, tokens.get(index), tokens.get(index + 1))) {
            c[1]++;
        }
    }

    private boolean beforeContentWord(String text, WordTokenizer.Token word, WordTokenizer.Token next) {
        // Punctuation in between is a pause: the phrase ended there.
        if (!text.substring(word.end(), next.start()).isBlank()) {
            return false;
        }
        String following = next.text();
        return !PHRASE_ENDINGS.contains(following) && ordinary.lexiconHasOrdinaryHindi(following);
    }

    /** Seen often enough, and at least half the time right before an ordinary content word. */
    boolean modifiesOrComplements(String word) {
        int[] c = counts.get(word);
        return c != null && c[0] >= MIN_OCCURRENCES && 2 * c[1] >= c[0];
    }
}
