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
 *   <li><b>NFC</b>, then <b>lower case</b> with {@link Locale#ROOT}, never the default locale
 *       (Turkish dotless i).</li>
 *   <li>Every rule of {@link HindiNormalizer}, which is the one place the Devanagari rules live:
 *       joiners removed; nukta removed, precomposed (U+0958–U+095F, ऩ ऱ ऴ) or combining, so ड़/ढ़
 *       fold to ड/ढ too (for a lookup key the rare ड/ड़ minimal pairs matter less than writers
 *       who drop the dot); candrabindu → anusvara (हाँ = हां); a nasal ङ ञ ण न म + virama before
 *       any consonant → anusvara (सम्बन्ध = संबंध, सेन्टर = सेंटर: folding a few clusters nobody
 *       writes with ं, उन्हें → उंहें, costs nothing because text and dictionary are folded alike);
 *       chandra and short vowels → plain (डॉक्टर = डोक्टर); Devanagari digits → ASCII.</li>
 *   <li><b>Apostrophes</b>: ’ ‘ ‛ ʼ and fullwidth ＇ become the ASCII apostrophe '.</li>
 * </ol>
 */
public final class LookupFold {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private LookupFold() {}

    /** The lookup key of {@code token}; see the class comment for the rules. */
    public static String fold(CharSequence token) {
        // Lower-casing can leave a string that is not NFC, so the normaliser's own NFC runs again.
        String s = NFC.normalize(token).toLowerCase(Locale.ROOT);
        if (!HindiNormalizer.isNfc(s)) {
            s = HindiNormalizer.nfc(s);
        }
        char[] buf = s.toCharArray();
        int len = HindiNormalizer.normalizeNfc(buf, buf.length);
        for (int i = 0; i < len; i++) {
            buf[i] = foldApostrophe(buf[i]);
        }
        return new String(buf, 0, len);
    }

    private static char foldApostrophe(char c) {
        switch (c) {
            case '\u2019':
            case '\u2018':
            case '\u201B':
            case '\u02BC':
            case '\uFF07':
                return '\'';
            default:
                return c;
        }
    }
}
