package dev.samachar.synonyms;

import dev.samachar.analysis.WordTokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How English articles use a capitalised word, as evidence that a word a lexicon calls an adjective or a kind
 * of person is a name here. A surname stands right after a title or a given name (Mr Jain, Sanjay Jain); a
 * given name stands right before surnames, and different ones, since many people share it (Michael Weiss,
 * Michael Dell). An adjective stands before its noun (Islamic banking) or as one fixed part of a single name
 * (Latin America, Saudi Arabia), and after ordinary words (Liberal Democrat).
 *
 * <p>A given name or surname here is a capitalised word the English word lists have in no lower-case form
 * and that is not itself a common capitalised word: Sanjay, Weiss, but not South, Brown or Islamic.
 *
 * <p>Keeps a map entry per distinct word and the distinct words after it: memory grows with the vocabulary of
 * the corpus and its word pairs, not with the number of articles.
 */
final class EnglishUsage {

    /** Titles written before a person's name: a closed class of English, not words of any corpus. */
    private static final Set<String> TITLES =
            Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady", "Lord", "Shri", "Smt", "Sri");

    private final OrdinaryWords ordinary;
    private final CommonCapitalisedWords common;
    private final Map<String, Uses> uses = new HashMap<>();

    private static final class Uses {
        int total;
        int afterTitleOrGivenName;
        int beforeSurname;
        final Set<String> surnamesAfter = new HashSet<>();
        final Set<String> wordsAfter = new HashSet<>();
    }

    EnglishUsage(OrdinaryWords ordinary, CommonCapitalisedWords common) {
        this.ordinary = ordinary;
        this.common = common;
    }

    /** Counts the use of the token at {@code index} of {@code tokens} in {@code text}. */
    void add(String text, List<WordTokenizer.Token> tokens, int index) {
        WordTokenizer.Token word = tokens.get(index);
        Uses u = uses.computeIfAbsent(word.text(), w -> new Uses());
        u.total++;
        if (index > 0) {
            WordTokenizer.Token previous = tokens.get(index - 1);
            String between = text.substring(previous.end(), word.start());
            boolean title = TITLES.contains(previous.text()) && (between.equals(" ") || between.equals(". "));
            if (title || (between.equals(" ") && isPersonalName(previous.text()))) {
                u.afterTitleOrGivenName++;
            }
        }
        if (index + 1 < tokens.size()) {
            WordTokenizer.Token next = tokens.get(index + 1);
            if (text.substring(word.end(), next.start()).equals(" ")) {
                u.wordsAfter.add(next.text());
                if (isPersonalName(next.text())) {
                    u.beforeSurname++;
                    u.surnamesAfter.add(next.text());
                }
            }
        }
    }

    private boolean isPersonalName(String word) {
        return isCapitalised(word) && !ordinary.lexiconHasLowerCase(word) && !common.contains(word);
    }

    /** A capital, then lower case only: Ali, Weiss; not ABN or McKinsey, nor a lone initial. */
    private static boolean isCapitalised(String word) {
        return word.length() >= 2
                && Character.isUpperCase(word.charAt(0))
                && word.codePoints().skip(1).allMatch(Character::isLowerCase);
    }

    /** The words seen right after {@code word}, with one space between (Latin America: America). */
    Set<String> wordsAfter(String word) {
        Uses u = uses.get(word);
        return u == null ? Set.of() : u.wordsAfter;
    }

    /**
     * In at least a quarter of its uses right after a title or given name, or right before a surname, followed
     * by two surnames or more.
     */
    boolean usedAsPersonName(String word) {
        Uses u = uses.get(word);
        if (u == null) {
            return false;
        }
        boolean surname = u.afterTitleOrGivenName > 0 && 4 * u.afterTitleOrGivenName >= u.total;
        boolean givenName = u.surnamesAfter.size() >= 2 && 4 * u.beforeSurname >= u.total;
        return surname || givenName;
    }
}
