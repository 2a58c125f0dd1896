package dev.samachar.benchmarks.names;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Whether a Hindi word is a transliteration of an English word rather than a translation
 * (North/उत्तर, Mon/सोमवार "Monday", Valley/घाटी), decided independently of Samachar's analysers:
 * the Hindi is romanised with ICU4J's {@code Devanagari-Latin; Latin-ASCII; Lower}, the English
 * folded with {@code Latin-ASCII; Lower}, and the two compared leniently, so that real
 * transliterations are all kept and only words that do not sound alike are excluded.
 *
 * <p>The rule. Both sides are reduced to a <b>consonant skeleton</b>: letters a–z only; every
 * {@code h} dropped (aspirates and digraphs: kh, th, ch, sh, ph, and ICU's h for ह); vowels
 * a e i o u and {@code y} dropped; {@code w} dropped unless a vowel, h or y follows it (the w of
 * "ow", "aw", "ew" is a vowel; wh, wy are व); on the English side a silent gh (a vowel before it, no
 * vowel after it: High, Heights, Houghton) dropped; and a letter equal to the one before it with no
 * vowel between, or c, k, q after one another, written once (tt, nn, ck). Letters are
 * <b>compatible</b> when they share a class: {k q c g x} velar, {c j z g x} palatal (x as in
 * Xinjiang), {s c z x} sibilant, {t d} (Tamil and retroflex spellings), {p f}, {b v w},
 * {n m} (ICU writes anusvara as m), {l r}; any other letter only with itself. The Hindi word is a
 * transliteration when
 * <ol>
 *   <li>the first consonants agree: one skeleton's first letter is compatible with the other's
 *       first or second letter (a first letter only one side writes: Tshabong/शाबोंग, Hrodna/होदना,
 *       Esbjerg/एब्जर्ग; either skeleton empty passes), and</li>
 *   <li>the skeletons' <b>similarity</b>, 1 − d / max(length), is at least {@value #MIN_SIMILARITY},
 *       where d is the Levenshtein distance with substitution of compatible letters free
 *       (two empty skeletons are similar, one empty one is not).</li>
 * </ol>
 * Thiruvananthapuram/तिरुवनंतपुरम: TRVNNTPRM and tiruvanantapurama → TRVNNTPRM, the same
 * skeleton, kept. Lucknow/लखनऊ: LCN and lakhana'u → LKN, kept. Mon/सोमवार: MN vs
 * SMVR, similarity 0.25, excluded. North/उत्तर: NRT vs TR, no first consonant agrees, excluded.
 * A Hindi word that is one string written twice (फेडरफेडर for Federal) is a copying error in the
 * data, excluded unless the English word is doubled too.
 * A short translation can still pass (New/नई: N and N), which only lowers the measured recall.
 */
public final class TransliterationCheck {

    public static final double MIN_SIMILARITY = 0.5;

    /** The rule in one paragraph, for the report. */
    public static final String RULE =
            "ICU `Devanagari-Latin; Latin-ASCII; Lower` on the Hindi word, `Latin-ASCII; Lower` on "
                    + "the English; both reduced to consonant skeletons (letters a–z; h, y and vowels dropped; w dropped unless a "
                    + "vowel, h or y follows; an English silent gh dropped; doubled letters and ck written once); letters compatible "
                    + "when equal or in one class of {kqcgx} {cjzgx} {sczx} {td} {pf} {bvw} {nm} {lr}; a transliteration when one "
                    + "skeleton's first letter is compatible with the other's first or second, and 1 − Levenshtein (compatible "
                    + "substitutions free) / longer skeleton ≥ 0.5; a Hindi word written twice over (फेडरफेडर for Federal) is a "
                    + "copying error unless the English is too.";

    private static final String[] CLASSES = {"kqcgx", "cjzgx", "sczx", "td", "pf", "bvw", "nm", "lr"};
    /** Letters that make one sound when written together (ck, cq). */
    private static final String COLLAPSED = "ckq";

    private final Transliterator devanagari = Transliterator.getInstance("Devanagari-Latin; Latin-ASCII; Lower");
    private final Transliterator latin = Transliterator.getInstance("Latin-ASCII; Lower");

    /** The decision and what it was made on, for the report. */
    public record Verdict(
            boolean transliteration,
            String romanised,
            String englishSkeleton,
            String hindiSkeleton,
            double similarity) {}

    public Verdict check(String english, String hindi) {
        String romanised;
        String folded;
        synchronized (this) { // ICU transliterators are not documented as thread-safe
            romanised = devanagari.transliterate(hindi);
            folded = latin.transliterate(english).toLowerCase(Locale.ROOT);
        }
        String e = skeleton(folded, true);
        String h = skeleton(romanised, false);
        double similarity = similarity(e, h);
        boolean copyingError = isDoubled(hindi) && !isDoubled(folded);
        return new Verdict(
                firstConsonantsAgree(e, h) && similarity >= MIN_SIMILARITY && !copyingError,
                romanised,
                e,
                h,
                similarity);
    }

    /** The word is one string of two letters or more written twice (फेडरफेडर). */
    static boolean isDoubled(String word) {
        int n = word.length();
        return n >= 4 && n % 2 == 0 && word.substring(0, n / 2).equals(word.substring(n / 2));
    }

    public boolean isTransliteration(String english, String hindi) {
        return check(english, hindi).transliteration();
    }

    /** The consonant skeleton of a romanised Hindi word. */
    static String skeleton(String word) {
        return skeleton(word, false);
    }

    /** The consonant skeleton of a word (see the class comment); english: also drop a silent gh. */
    static String skeleton(String word, boolean english) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        StringBuilder out = new StringBuilder();
        boolean adjacent = false; // no vowel since the last letter appended
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            char next = i + 1 < letters.length() ? letters.charAt(i + 1) : ' ';
            if (english
                    && c == 'g'
                    && next == 'h'
                    && i > 0
                    && isVowel(letters.charAt(i - 1))
                    && !(i + 2 < letters.length() && isVowel(letters.charAt(i + 2)))) {
                i++; // high, Heights, Houghton, Hugh: a silent gh
                continue;
            }
            if (isVowel(c) || c == 'y' || c == 'w' && !(isVowel(next) || next == 'h' || next == 'y')) {
                adjacent = false;
                continue;
            }
            if (c == 'h') {
                continue;
            }
            char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            if (adjacent && (c == last || COLLAPSED.indexOf(c) >= 0 && COLLAPSED.indexOf(last) >= 0)) {
                continue;
            }
            out.append(c);
            adjacent = true;
        }
        return out.toString();
    }

    /** One skeleton's first letter is compatible with the other's first or second letter. */
    static boolean firstConsonantsAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return compatible(a.charAt(0), b.charAt(0))
                || b.length() > 1 && compatible(a.charAt(0), b.charAt(1))
                || a.length() > 1 && compatible(a.charAt(1), b.charAt(0));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static boolean compatible(char a, char b) {
        if (a == b) {
            return true;
        }
        for (String cls : CLASSES) {
            if (cls.indexOf(a) >= 0 && cls.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 1 − (Levenshtein distance, compatible substitutions free) / the longer length. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (compatible(a.charAt(i - 1), b.charAt(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}
