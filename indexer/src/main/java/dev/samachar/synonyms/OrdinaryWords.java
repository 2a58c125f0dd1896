package dev.samachar.synonyms;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.samachar.analysis.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says whether a word of a candidate group is an ordinary word of its language rather than a name, from
 * real lexicons only: the English word lists and the Hindi morphological lexicon bundled in
 * {@link Vocabulary}, and CLDR's month and weekday names (through ICU).
 *
 * <p>Latin: ordinary when {@link Vocabulary#isOrdinaryEnglish} says so for a capitalised word ("Limited",
 * "Academy"; not "Lucknow", which the lists only have capitalised) or when it is a month or weekday name
 * ("November", which the lists also only have capitalised).
 *
 * <p>Devanagari: ordinary when the lexicon knows the form as ordinary (inflected forms, verbs, adverbs:
 * करते, मैंने, परसों), or when the lexicon knows an oblique plural of it: then it is a common noun
 * (मंत्री has मंत्रियों, प्रदेश has प्रदेशों). {@link Vocabulary} counts noun lemmas as possible names
 * because given names appear there as nouns; a plural is the lexicon's own evidence that the word is
 * used as a common noun, which names are not.
 */
public final class OrdinaryWords {

    private static final char SIGN_II = '\u0940';
    private static final char SIGN_AA = '\u093E';
    private static final String PLURAL_OBLIQUE = "\u094B\u0902"; // ों
    private static final String PLURAL_OBLIQUE_VOWEL = "\u0913\u0902"; // ओं
    private static final String PLURAL_DIRECT_FEMININE = "\u0947\u0902"; // ें

    private final Vocabulary vocabulary;
    private final Set<String> calendarWords;

    public OrdinaryWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.calendarWords = calendarWords();
    }

    /** The bundled lexicons. */
    public static OrdinaryWords defaults() {
        return new OrdinaryWords(Vocabulary.defaults());
    }

    /** Whether a capitalised Latin word of an English article is an ordinary English word. */
    public boolean isOrdinaryLatin(String word) {
        return vocabulary.isOrdinaryEnglish(word, true)
                || calendarWords.contains(word.toLowerCase(Locale.ROOT))
                || isPluralOfCapitalisedCommonNoun(word);
    }

    /**
     * "Democrats": the plural of a word the lists have both in lower case and capitalised (democrat, Democrat),
     * a common noun written with a capital for a party or a group. A plural names a kind of thing, not one
     * bearer of a name; the lists have such plurals capitalised too, so {@link Vocabulary#isOrdinaryEnglish}
     * alone lets them pass. A singular the lists have only capitalised (Williams of William) or only in lower
     * case (Wales of wale) says nothing.
     */
    private boolean isPluralOfCapitalisedCommonNoun(String word) {
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return false;
        }
        String singular = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        return vocabulary.isOrdinaryEnglish(singular, false) && !vocabulary.isOrdinaryEnglish(singular, true);
    }

    /** Whether the English word lists have {@code word} in lower case (brown, south), whatever else they have. */
    boolean lexiconHasLowerCase(String word) {
        return vocabulary.isOrdinaryEnglish(word, false);
    }

    /** Whether the lexicon itself knows {@code word} as an ordinary Hindi form (a verb, an inflected form). */
    boolean lexiconHasOrdinaryHindi(String word) {
        return vocabulary.isOrdinaryHindi(word);
    }

    /** Whether a Devanagari word of a Hindi article is an ordinary Hindi word. */
    public boolean isOrdinaryDevanagari(String word) {
        return isOrdinaryHindiForm(word) || hasCommonNounPlural(word);
    }

    /**
     * Whether the form itself is ordinary: known so to the lexicon (also when a sign was typed twice: देखेंं), a
     * month or weekday, a plural ending, or a word the lexicon knows written twice over (बारबार, धीरेधीरे).
     */
    boolean isOrdinaryHindiForm(String word) {
        String typed = withoutRepeatedSigns(word);
        return vocabulary.isOrdinaryHindi(typed)
                || calendarWords.contains(typed)
                || endsLikeAPlural(typed)
                || isReduplicated(typed);
    }

    /**
     * बार-बार, धीरे-धीरे, साथ-साथ written without the hyphen: Hindi repeats ordinary words for "again and again",
     * "slowly". The half must be a word of record of three letters or more, which the few names that repeat a
     * syllable (टाटा) are not.
     */
    private boolean isReduplicated(String word) {
        int half = word.length() / 2;
        return word.length() % 2 == 0
                && half >= 3
                && word.regionMatches(0, word, half, half)
                && vocabulary.isKnownHindi(word.substring(0, half));
    }

    /** {@code word} with a vowel sign, anusvara, candrabindu, nukta or virama typed twice in a row kept once. */
    static String withoutRepeatedSigns(String word) {
        StringBuilder b = null;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == word.charAt(i - 1) && isDependentSign(c)) {
                if (b == null) {
                    b = new StringBuilder(word.length()).append(word, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? word : b.toString();
    }

    private static boolean isDependentSign(char c) {
        return (c >= '\u0900' && c <= '\u0903') || c == '\u093C' || (c >= '\u093E' && c <= '\u094D');
    }

    /**
     * Whether the lexicon knows an oblique plural of {@code word}: its evidence that the word is a common noun,
     * which a corpus that uses it as the first word of a name can outweigh ({@link HindiUsage#startsNames}).
     */
    boolean hasCommonNounPlural(String word) {
        String stem = word.substring(0, word.length() - 1);
        // गुप्तों is the plural of गुप्त ("secret"), not of the surname गुप्ता: a plural that another known word
        // can own says nothing about this one
        boolean stemIsAWord = word.charAt(word.length() - 1) == SIGN_AA && vocabulary.isKnownHindi(stem);
        return pluralCandidates(word).stream()
                .filter(plural -> !(stemIsAWord && plural.equals(stem + PLURAL_OBLIQUE)))
                .anyMatch(vocabulary::isOrdinaryHindi);
    }

    /**
     * परसों, बिंदुओं: the oblique plural endings ों and ओं mark an inflected common noun or an adverb; Hindi
     * names do not end in them.
     */
    static boolean endsLikeAPlural(String word) {
        return word.length() > 3 && (word.endsWith(PLURAL_OBLIQUE) || word.endsWith(PLURAL_OBLIQUE_VOWEL));
    }

    /** The oblique (and feminine direct) plurals a noun ending like {@code word} would have. */
    static List<String> pluralCandidates(String word) {
        char last = word.charAt(word.length() - 1);
        String stem = word.substring(0, word.length() - 1);
        if (last == SIGN_II) {
            return List.of(stem + "\u093F\u092F" + PLURAL_OBLIQUE, stem + "\u093F\u092F\u093E\u0902"); // ियों, ियां
        }
        if (last == SIGN_AA) {
            return List.of(stem + PLURAL_OBLIQUE, word + PLURAL_OBLIQUE_VOWEL);
        }
        if (isConsonant(last)) {
            return List.of(word + PLURAL_OBLIQUE, word + PLURAL_DIRECT_FEMININE);
        }
        return List.of(word + PLURAL_OBLIQUE_VOWEL);
    }

    private static boolean isConsonant(char c) {
        return (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
    }

    private static Set<String> calendarWords() {
        Set<String> words = new HashSet<>();
        for (String locale : List.of("en", "en_IN", "en_GB", "hi")) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (String m : symbols.getMonths(context, DateFormatSymbols.WIDE)) {
                    words.add(m.toLowerCase(Locale.ROOT));
                }
                for (String d : symbols.getWeekdays(context, DateFormatSymbols.WIDE)) {
                    if (!d.isEmpty()) {
                        words.add(d.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(words);
    }
}
