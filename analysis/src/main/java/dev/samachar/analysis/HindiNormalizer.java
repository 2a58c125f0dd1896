package dev.samachar.analysis;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;

/**
 * Normalises one Devanagari token for the Hindi search field, so that the spellings Hindi
 * writers use interchangeably for one word meet, while spellings that mean different things stay
 * apart.
 *
 * <p>Rules, applied in this order:
 * <ol>
 *   <li><b>NFC</b>, so that every later rule sees one encoding. NFC <em>decomposes</em> the
 *       precomposed nukta letters (they are composition exclusions), which is why the nukta rule
 *       below handles both forms.</li>
 *   <li><b>Joiners</b>: ZERO WIDTH JOINER U+200D and ZERO WIDTH NON-JOINER U+200C are removed;
 *       they only change how a conjunct is drawn (क्‍ष = क्ष).</li>
 *   <li><b>Nukta</b>: the combining sign U+093C is removed, and the precomposed क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़
 *       (U+0958–U+095F) and ऩ ऱ ऴ (U+0929, U+0931, U+0934) become क ख ग ज ड ढ फ य न र ळ, so
 *       precomposed and combining spellings give identical output (कज़ाकिस्तान = कजाकिस्तान):
 *       news copy drops the dot at random.</li>
 *   <li><b>Candrabindu → anusvara</b>: ँ U+0901 becomes ं U+0902 (हाँ = हां); writers use them
 *       interchangeably.</li>
 *   <li><b>Nasal cluster → anusvara</b>: any nasal consonant ङ ञ ण न म followed by virama and
 *       then any consonant becomes anusvara: पण्डित = पंडित, सम्बन्ध = संबंध, हिन्दी = हिंदी,
 *       अङ्क = अंक. Lucene's HindiNormalizer does this for न् only
 *       (docs/research.md#lucenes-hindi-normaliser). Not only the homorganic clusters of the
 *       standard spelling rule: writers of loan words use ं before any consonant (सेन्टर = सेंटर).
 *       A word-final nasal + virama (जगन्) is left alone, and so is a word-initial one, which no
 *       vowel before it could nasalise (न्याय, न्यूयॉर्क), and one after an anusvara, which keeps the
 *       normaliser idempotent.</li>
 *   <li><b>Chandra and short vowels → plain</b>: ॅ → े, ॉ → ो, ऍ → ए, ऑ → ओ (English loan words
 *       are written both ways: डॉक्टर = डोक्टर), and likewise the South Indian short ॆ → े, ॊ → ो,
 *       ऎ → ए, ऒ → ओ and the Marathi candra ॲ → अ.</li>
 *   <li><b>Digits</b>: Devanagari digits ० – ९ become ASCII 0 – 9 (२०२४ = 2024).</li>
 * </ol>
 *
 * <p>Deliberately <em>not</em> done, unlike Lucene's {@code hindi_normalization}: viramas are
 * kept and vowel length is not folded, because both carry meaning (करता "does" ≠ कर्ता "doer",
 * आदि "etc." ≠ आदी "habituated"; docs/research.md#viramas-and-vowel-length-carry-meaning).
 * Case is not changed either: the analysers lower-case before this step.
 *
 * <p>Stateless and thread-safe.
 */
public final class HindiNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final char NUKTA = '\u093C';
    private static final char VIRAMA = '\u094D';
    private static final char ANUSVARA = '\u0902';

    /**
     * Single-char replacements for U+0900..U+097F and the joiners; {@code 0} deletes the char,
     * and chars outside the table are kept.
     */
    private static final char[] MAP = new char[0x80];

    private static final char DELETE = 0;

    static {
        for (int i = 0; i < MAP.length; i++) {
            MAP[i] = (char) (0x0900 + i);
        }
        MAP[NUKTA - 0x0900] = DELETE;
        String precomposedNuktaBases = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F"; // क ख ग ज ड ढ फ य
        for (int i = 0; i < 8; i++) {
            MAP[0x58 + i] = precomposedNuktaBases.charAt(i);
        }
        MAP[0x29] = '\u0928'; // ऩ → न
        MAP[0x31] = '\u0930'; // ऱ → र
        MAP[0x34] = '\u0933'; // ऴ → ळ
        MAP[0x01] = ANUSVARA; // candrabindu
        MAP[0x45] = '\u0947'; // ॅ → े
        MAP[0x46] = '\u0947'; // ॆ → े
        MAP[0x49] = '\u094B'; // ॉ → ो
        MAP[0x4A] = '\u094B'; // ॊ → ो
        MAP[0x0D] = '\u090F'; // ऍ → ए
        MAP[0x0E] = '\u090F'; // ऎ → ए
        MAP[0x11] = '\u0913'; // ऑ → ओ
        MAP[0x12] = '\u0913'; // ऒ → ओ
        MAP[0x72] = '\u0905'; // ॲ → अ
        for (int d = 0; d < 10; d++) {
            MAP[0x66 + d] = (char) ('0' + d);
        }
    }

    private HindiNormalizer() {}

    /** The normalised form of {@code token}; see the class comment for the rules. */
    public static String normalize(CharSequence token) {
        String s = NFC.normalize(token);
        char[] buf = s.toCharArray();
        return new String(buf, 0, normalizeNfc(buf, buf.length));
    }

    /** Whether {@code s} is already NFC, so that {@link #normalizeNfc} may be applied in place. */
    public static boolean isNfc(CharSequence s) {
        char[] chars = s.toString().toCharArray();
        return isNfc(chars, chars.length);
    }

    /** Whether {@code buf[0..len)} is already NFC, so that {@link #normalizeNfc} may be applied in place. */
    public static boolean isNfc(char[] buf, int len) {
        // ICU's check is a visible share of indexing time (docs/design-notes.md#nfc-checks-from-tables).
        // Tokens of Latin-1 and Devanagari text (nearly all of ours) are decided here from tables ICU
        // filled in; anything else, or anything that may not be NFC, is left to ICU.
        int previous = -1; // index into the tables of the char before, -1 for none or Latin-1
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c < '\u0300') {
                previous = -1;
                continue;
            }
            int k = fastIndex(c);
            if (k < 0
                    || !FAST_NFC[k]
                    || previous >= 0
                            && (COMPOSES[previous * FAST_CHARS + k] || CCC[k] != 0 && CCC[previous] > CCC[k])) {
                return NFC.isNormalized(CharBuffer.wrap(buf, 0, len));
            }
            previous = k;
        }
        return true;
    }

    /** The Devanagari block, then ZWNJ and ZWJ. */
    private static final int FAST_CHARS = 0x80 + 2;
    /** Whether the char alone is NFC (not U+0958..U+095F, which NFC decomposes). */
    private static final boolean[] FAST_NFC = new boolean[FAST_CHARS];
    /** Canonical combining class (nukta 7, virama 9, stress signs 220 and 230, else 0). */
    private static final int[] CCC = new int[FAST_CHARS];
    /** Whether the pair composes in NFC (न + ़ is ऩ). */
    private static final boolean[] COMPOSES = new boolean[FAST_CHARS * FAST_CHARS];

    static {
        for (int k = 0; k < FAST_CHARS; k++) {
            char c = fastChar(k);
            FAST_NFC[k] = NFC.isNormalized(String.valueOf(c));
            CCC[k] = NFC.getCombiningClass(c);
            for (int j = 0; j < FAST_CHARS; j++) {
                COMPOSES[k * FAST_CHARS + j] = NFC.composePair(c, fastChar(j)) >= 0;
            }
        }
    }

    private static int fastIndex(char c) {
        if (c >= '\u0900' && c < '\u0980') {
            return c - 0x0900;
        }
        return c == '\u200C' ? 0x80 : c == '\u200D' ? 0x81 : -1;
    }

    private static char fastChar(int k) {
        return k < 0x80 ? (char) (0x0900 + k) : k == 0x80 ? '\u200C' : '\u200D';
    }

    /** The NFC form of {@code s} (the first rule alone). */
    public static String nfc(CharSequence s) {
        return NFC.normalize(s);
    }

    /**
     * Applies every rule but NFC to {@code buf[0..len)} in place and returns the new length. The
     * input must already be NFC (see {@link #isNfc}); every rule keeps or shortens the text,
     * which is what lets a token filter work on its term buffer without copying.
     */
    public static int normalizeNfc(char[] buf, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = map(buf[i]);
            if (c != DELETE) {
                buf[out++] = c;
            }
        }
        return foldNasalClusters(buf, out);
    }

    private static char map(char c) {
        if (c >= 0x0900 && c < 0x0980) {
            return MAP[c - 0x0900];
        }
        if (c == '\u200C' || c == '\u200D') {
            return DELETE;
        }
        return c;
    }

    /** Runs after the joiners and nuktas are gone, so that सम्‌बन्ध and इन्ज़माम are seen as clusters. */
    private static int foldNasalClusters(char[] buf, int len) {
        int out = 0;
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            boolean afterVowelOrConsonant = i > 0 && buf[i - 1] != VIRAMA && buf[i - 1] != ANUSVARA;
            if (isNasal(c) && afterVowelOrConsonant && i + 2 < len && buf[i + 1] == VIRAMA && isConsonant(buf[i + 2])) {
                buf[out++] = ANUSVARA;
                i++; // the virama; the consonant after it is copied by the next iteration
            } else {
                buf[out++] = c;
            }
        }
        return out;
    }

    static boolean isNasal(char c) {
        return c == '\u0919' || c == '\u091E' || c == '\u0923' || c == '\u0928' || c == '\u092E';
    }

    static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939';
    }
}
