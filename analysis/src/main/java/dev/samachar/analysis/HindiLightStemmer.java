package dev.samachar.analysis;

/**
 * A deliberately light Hindi stemmer: it removes only the plural and oblique-plural endings of
 * nouns and adjectives, so that देशों, सेनाओं, अधिकारियों find देश, सेना, अधिकारी, and leaves
 * everything else alone. Run it on {@link HindiNormalizer} output (ँ is then ं).
 *
 * <p>Rules, tried in this order; the first that matches is applied once:
 * <table>
 *   <caption>Suffix rules</caption>
 *   <tr><th>ending</th><th>becomes</th><th>example</th></tr>
 *   <tr><td>ियों, ियां</td><td>ी</td><td>नदियों, नदियां → नदी; अधिकारियों → अधिकारी; रूसियों → रूसी</td></tr>
 *   <tr><td>ाओं, ाएं</td><td>ा</td><td>सेनाओं, सेनाएं → सेना; महिलाओं → महिला</td></tr>
 *   <tr><td>ुओं, ुएं</td><td>ु</td><td>वस्तुओं, वस्तुएं → वस्तु</td></tr>
 *   <tr><td>ों after a consonant</td><td>(removed)</td><td>देशों → देश; भारतीयों → भारतीय</td></tr>
 *   <tr><td>ें after a consonant</td><td>(removed)</td><td>बातें → बात; सड़कें → सड़क</td></tr>
 * </table>
 * A rule applies only if at least {@value #MIN_STEM} chars remain, so the short function words
 * में, हों, यों are never cut.
 *
 * <p>Why so little, compared with Lucene's HindiStemmer (docs/research.md#lucenes-hindi-stemmer):
 * <ul>
 *   <li>The plural endings are restored to the singular's vowel (ियों → ी, not → ि or nothing),
 *       so the stem is the singular itself and a search for the singular finds the plural. For
 *       nouns in ि (गतिविधि, pl. गतिविधियों → गतिविधी) this misses; -ी nouns are far more common.</li>
 *   <li>Every rule ends in ं, so a token that ends in a vowel sign is never touched. That keeps
 *       names whole (शोइगू, not शोइग as Lucene gives; अस्ताना, सीता), which matters
 *       for highlighting and suggestions, and it is why masculine -ा/-े forms (लड़का, लड़के) are
 *       not merged: the ending cannot be told from a name's final vowel.</li>
 *   <li>No verb endings: they are mostly -ा/-े/-ी too, news search is about nouns and names, and
 *       the exact field keeps the verb forms anyway.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class HindiLightStemmer {

    /** The fewest chars a stem may keep. */
    public static final int MIN_STEM = 2;

    private static final char ANUSVARA = '\u0902';

    /** Ending, replacement; tried in order. */
    private static final String[][] RULES = {
        {"\u093F\u092F\u094B\u0902", "\u0940"}, // ियों → ी
        {"\u093F\u092F\u093E\u0902", "\u0940"}, // ियां → ी
        {"\u093E\u0913\u0902", "\u093E"}, // ाओं → ा
        {"\u093E\u090F\u0902", "\u093E"}, // ाएं → ा
        {"\u0941\u0913\u0902", "\u0941"}, // ुओं → ु
        {"\u0941\u090F\u0902", "\u0941"}, // ुएं → ु
    };

    private static final char O_SIGN = '\u094B';
    private static final char E_SIGN = '\u0947';

    private HindiLightStemmer() {}

    /** The stem of {@code token}; see the class comment. */
    public static String stem(String token) {
        char[] buf = token.toCharArray();
        int len = stem(buf, buf.length);
        return len == buf.length ? token : new String(buf, 0, len);
    }

    /** Stems {@code buf[0..len)} in place and returns the new length. */
    public static int stem(char[] buf, int len) {
        if (len < 2 || buf[len - 1] != ANUSVARA) {
            return len;
        }
        for (String[] rule : RULES) {
            String ending = rule[0];
            String replacement = rule[1];
            int stemEnd = len - ending.length();
            if (stemEnd >= MIN_STEM && endsWith(buf, len, ending)) {
                for (int i = 0; i < replacement.length(); i++) {
                    buf[stemEnd + i] = replacement.charAt(i);
                }
                return stemEnd + replacement.length();
            }
        }
        char sign = buf[len - 2];
        if ((sign == O_SIGN || sign == E_SIGN) && len - 2 >= MIN_STEM && HindiNormalizer.isConsonant(buf[len - 3])) {
            return len - 2;
        }
        return len;
    }

    private static boolean endsWith(char[] buf, int len, String ending) {
        int start = len - ending.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < ending.length(); i++) {
            if (buf[start + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
