package dev.samachar.analysis;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Folds one token (or a short phrase) to a dictionary-lookup key, so that the common spelling
 * variants of a Hindi or English word give the same key. The key is for lookups only: it is
 * never shown, and it loses distinctions (ज़/ज, ं/ँ) that a reader would want kept.
 *
 * <p>Rules, applied in this order:
 * <ol>
 *   <li><b>NFC</b>: canonical composition first, so every later rule sees one encoding.</li>
 *   <li><b>Lower case</b> with {@link Locale#ROOT}, never the default locale (Turkish dotless i).</li>
 *   <li><b>Joiners</b>: ZERO WIDTH JOINER U+200D and ZERO WIDTH NON-JOINER U+200C are removed; they
 *       change only how a conjunct is drawn.</li>
 *   <li><b>Nukta, combining</b>: the sign U+093C is removed (क + ़ → क).</li>
 *   <li><b>Nukta, precomposed</b>: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958–U+095F) become क ख ग ज ड ढ फ य, and ऩ ऱ ऴ
 *       (U+0929, U+0931, U+0934, which NFC composes) become न र ळ. So ड़/ढ़ fold to ड/ढ too: for a
 *       lookup key the rare ड/ड़ minimal pairs matter less than writers who drop the dot.</li>
 *   <li><b>Candrabindu</b> U+0901 becomes anusvara U+0902 (हाँ = हां).</li>
 *   <li><b>Nasal cluster</b>: a nasal consonant ङ ञ ण न म followed by virama U+094D and then any
 *       consonant (U+0915–U+0939) becomes anusvara: सम्बन्ध = संबंध, हिन्दी = हिंदी, सेन्टर = सेंटर.
 *       Not only the same-class (homorganic) clusters of the standard spelling rule: writers of
 *       loan words use ं before any consonant, and folding a few clusters nobody writes with ं
 *       (उन्हें → उंहें) costs nothing because text and dictionary are folded alike.</li>
 *   <li><b>Digits</b>: Devanagari digits ० – ९ become ASCII 0 – 9.</li>
 *   <li><b>Apostrophes</b>: ’ ‘ ‛ ʼ and fullwidth ＇ become the ASCII apostrophe '.</li>
 * </ol>
 */
public final class LookupFold {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final char NUKTA = '\u093C';
    private static final char CANDRABINDU = '\u0901';
    private static final char ANUSVARA = '\u0902';
    private static final char VIRAMA = '\u094D';

    /** Base letters for U+0958..U+095F: क ख ग ज ड ढ फ य. */
    private static final String PRECOMPOSED_NUKTA_BASES = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F";

    private LookupFold() {}

    /** The lookup key of {@code token}; see the class comment for the rules. */
    public static String fold(CharSequence token) {
        String s = NFC.normalize(token).toLowerCase(Locale.ROOT);
        // First pass: rules that map one char to at most one char.
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200C' || c == '\u200D' || c == NUKTA) {
                continue;
            }
            sb.append(foldChar(c));
        }
        // Second pass: the nasal cluster rule needs the clean sequence (no joiners, no nukta).
        return foldNasalClusters(sb);
    }

    private static char foldChar(char c) {
        if (c >= '\u0958' && c <= '\u095F') {
            return PRECOMPOSED_NUKTA_BASES.charAt(c - '\u0958');
        }
        if (c >= '\u0966' && c <= '\u096F') {
            return (char) ('0' + (c - '\u0966'));
        }
        switch (c) {
            case '\u0929': return '\u0928'; // ऩ → न
            case '\u0931': return '\u0930'; // ऱ → र
            case '\u0934': return '\u0933'; // ऴ → ळ
            case CANDRABINDU: return ANUSVARA;
            case '\u2019': case '\u2018': case '\u201B': case '\u02BC': case '\uFF07': return '\'';
            default: return c;
        }
    }

    private static String foldNasalClusters(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isNasal(c) && i + 2 < s.length() && s.charAt(i + 1) == VIRAMA && isConsonant(s.charAt(i + 2))) {
                out.append(ANUSVARA);
                i++; // skip the virama; the consonant after it is copied by the next iteration
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNasal(char c) {
        return c == '\u0919' || c == '\u091E' || c == '\u0923' || c == '\u0928' || c == '\u092E';
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939';
    }
}
