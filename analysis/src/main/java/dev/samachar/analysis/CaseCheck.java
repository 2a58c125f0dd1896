package dev.samachar.analysis;

/**
 * The token rule behind {@link PhraseMatcher.Casing#CAPITALISED}; see there. Public so that
 * matchers keyed on other forms than {@link LookupFold} (the indexer's entity matcher compares
 * loose forms) apply the same case rule as the phrase matcher.
 */
public final class CaseCheck {

    private CaseCheck() {}

    /** Whether {@code textToken} has the capitalisation that {@code phraseToken} was written with. */
    public static boolean agrees(String phraseToken, String textToken) {
        if (!hasLatinLetter(phraseToken)) {
            return true; // Devanagari and other caseless scripts
        }
        int first = firstLetter(phraseToken);
        if (first < 0 || Character.isLowerCase(first)) {
            return true; // "of" in "Republic of Kazakhstan" may be written any way
        }
        if (isAllCaps(phraseToken) && letterCount(phraseToken) >= 2) {
            return isAllCaps(textToken); // acronym: "US" but not "Us"
        }
        int textFirst = firstLetter(textToken);
        return textFirst >= 0 && (Character.isUpperCase(textFirst) || Character.isTitleCase(textFirst));
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
