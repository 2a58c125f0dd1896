package dev.samachar.analysis;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the full stops that end a sentence with no space after them ("हैं.दिल्ली", "said.The"), so
 * that a tokenizer can split there. Unicode word breaking (UAX #29, Lucene's StandardTokenizer) keeps
 * a full stop between two letters inside one word, which is right for "U.S" and "bbc.co.uk" but glues
 * two sentences into one token. Only the full stop is handled: "?" "!" and the danda already split,
 * and a colon between Devanagari letters is often a visarga (नि:शुल्क).
 *
 * <p>A full stop between two letters is a sentence end when:
 * <ul>
 *   <li>both sides are Devanagari, unless the word after it is itself followed by a full stop: that
 *       word is then an abbreviation or an initial (ए.के. सिंह, उ.प्र., डब्ल्यू.एच.ओ.);</li>
 *   <li>one side is Devanagari and the other Latin (no abbreviation or address mixes them);</li>
 *   <li>both sides are Latin and the word after it is capitalised and then lower case ("The",
 *       "Singh"), that word is not followed by a full stop, "@" or "/" and a letter or digit, and the
 *       word before it is not two or more letters after a full stop, "@" or "/". So abbreviations
 *       (U.S, e.g, Ph.D), domain names and addresses (bbc.co.uk, Amazon.com, Halo.Bungie.Org,
 *       John.Smith@bbc.co.uk) and virus names (Bagle.AT) stay whole, and initials glued to a name
 *       ("A.K.Singh") give "A.K" and "Singh".</li>
 * </ul>
 * Digits are never on either side, so numbers (3.5, १२.५, 10.30, 1,000) are left alone. Other
 * scripts keep Unicode's rule. A capitalised brand after a full stop ("One.Tel") is split like a
 * sentence; a query is analysed the same way, so it still finds it.
 *
 * <p>{@link #PATTERN} matches exactly these full stops, and is the one definition: the analysers
 * replace what it matches with a space before tokenising (same length, so offsets do not move).
 */
public final class GluedFullStops {

    private static final String DEVANAGARI = "[\\p{IsDevanagari}&&[\\p{L}\\p{M}]]";
    private static final String DEVANAGARI_LETTER = "[\\p{IsDevanagari}&&\\p{L}]";
    private static final String DEVANAGARI_WORD = DEVANAGARI_LETTER + "[" + DEVANAGARI + "\\u200C\\u200D]*+";
    private static final String LATIN = "\\p{IsLatin}";
    private static final String ADDRESS_PUNCT = "[.@/]";

    /** A full stop that ends a sentence glued to the next one; see the class comment. */
    public static final String PATTERN = String.join(
            "|",
            "(?<=" + DEVANAGARI + ")\\.(?=" + DEVANAGARI_WORD + "(?!\\.))",
            "(?<=" + DEVANAGARI + ")\\.(?=" + LATIN + ")",
            "(?<=" + LATIN + ")\\.(?=" + DEVANAGARI_LETTER + ")",
            "(?<=" + LATIN + ")(?<!" + ADDRESS_PUNCT + "[\\p{L}\\p{N}]{2,64})"
                    + "\\.(?=\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*+(?!" + ADDRESS_PUNCT + "[\\p{L}\\p{N}]))");

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private GluedFullStops() {}

    /** {@code text} with each glued full stop replaced by a space. */
    public static String unglue(String text) {
        char[] chars = text.toCharArray();
        return replaceWithSpaces(chars, chars.length) == 0 ? text : new String(chars);
    }

    /**
     * Replaces each glued full stop in the first {@code length} chars of {@code text} with a space,
     * in place, and returns how many there were.
     */
    public static int replaceWithSpaces(char[] text, int length) {
        int[] stops = find(text, length);
        for (int stop : stops) {
            text[stop] = ' ';
        }
        return stops.length;
    }

    private static final int[] NONE = new int[0];

    /**
     * The offsets of the glued full stops in the first {@code length} chars of {@code text}, in
     * order. The pattern is tried only at a full stop with a letter after it, which is rare in
     * running text, so a text without one costs one pass over its chars.
     */
    public static int[] find(char[] text, int length) {
        Matcher matcher = null;
        int[] stops = NONE;
        int found = 0;
        for (int i = 1; i < length - 1; i++) {
            if (text[i] != '.' || !Character.isLetter(text[i + 1]) && !Character.isSurrogate(text[i + 1])) {
                continue;
            }
            if (matcher == null) {
                matcher = COMPILED.matcher(CharBuffer.wrap(text, 0, length)).useTransparentBounds(true);
            }
            if (matcher.region(i, length).lookingAt()) {
                if (found == stops.length) {
                    stops = Arrays.copyOf(stops, Math.max(8, 2 * found));
                }
                stops[found++] = i;
            }
        }
        return found == stops.length ? stops : Arrays.copyOf(stops, found);
    }
}
