package dev.samachar.analysis;

/**
 * The token rule behind {@link PhraseMatcher.Casing#CAPITALISED}; see there. Public so that
 * matchers keyed on other forms than {@link LookupFold} (the indexer's entity matcher compares
 * loose forms) apply the same case rule as the phrase matcher.
 */
public final class CaseCheck {

    private CaseCheck() {}

    /**
     * What a phrase token asks of the text tokens it meets. Depends on the phrase token only, so
     * matchers work it out once per dictionary token ({@link #ruleOf}) instead of once per
     * comparison: finding the script of each letter is most of the case check's cost
     * (docs/design-notes.md#per-word-and-per-token-caches-in-matching).
     */
    public enum Rule {
        /** Devanagari and other caseless scripts, and lower-case phrase tokens: any case. */
        ANY,
        /** An acronym of two or more letters ("US"): the text token in capitals, so "Us" does not match. */
        ALL_CAPS,
        /** A capitalised name ("Turkey"): a text token starting with an upper- or title-case letter. */
        CAPITALISED;

        /** Whether {@code textToken} has the capitalisation this rule asks for. */
        public boolean agrees(String textToken) {
            return switch (this) {
                case ANY -> true;
                case ALL_CAPS -> isAllCaps(textToken);
                case CAPITALISED -> {
                    int textFirst = firstLetter(textToken);
                    yield textFirst >= 0 && (Character.isUpperCase(textFirst) || Character.isTitleCase(textFirst));
                }
            };
        }
    }

    /** Whether {@code textToken} has the capitalisation that {@code phraseToken} was written with. */
    public static boolean agrees(String phraseToken, String textToken) {
        return ruleOf(phraseToken).agrees(textToken);
    }

    /** The rule {@code phraseToken} sets for the text tokens it is compared with. */
    public static Rule ruleOf(String phraseToken) {
        if (!hasLatinLetter(phraseToken)) {
            return Rule.ANY; // Devanagari and other caseless scripts
        }
        int first = firstLetter(phraseToken);
        if (first < 0 || Character.isLowerCase(first)) {
            return Rule.ANY; // "of" in "Republic of Kazakhstan" may be written any way
        }
        if (isAllCaps(phraseToken) && letterCount(phraseToken) >= 2) {
            return Rule.ALL_CAPS; // acronym: "US" but not "Us"
        }
        return Rule.CAPITALISED;
    }

    // Loops rather than code point streams: the entity matcher asks this for every candidate word.

    private static boolean hasLatinLetter(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return cp;
            }
        }
        return -1;
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp) && Character.isLowerCase(cp)) {
                return false;
            }
        }
        return true;
    }

    private static long letterCount(String s) {
        long letters = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (Character.isLetter(s.codePointAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
