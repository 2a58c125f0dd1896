package dev.samachar.analysis;

/**
 * The consonant skeleton of a name (docs/research.md#consonant-skeleton-key): a coarse key on
 * which every spelling of the name in either script agrees (Yermekbayev and यरमेकबायेव, येरमेकबायेव, यरमेकबेयेव are all RMKBV;
 * Kazakhstan and कजाकिस्तान, कज़ाकिस्तान, कजाखस्तान are all KJKSTN). Its input is Latin: English
 * text as it is, Devanagari romanised by {@link Romaniser} <em>without</em> schwa deletion, so
 * that the key does not depend on the schwa rules.
 *
 * <p>Rules, in this order:
 * <ol>
 *   <li>Lower case, diacritics stripped (as {@link LooseLatin} rule 1).</li>
 *   <li>Letters: ch and chh → C (च, छ); c → s before e i y, else k; x → ks; q → k; z → j
 *       (ज़/ज); f → p (फ़/फ, and ph → p with the h dropped below); w → v. Dental and retroflex
 *       are already one letter in the romanisation.</li>
 *   <li>Vowels, y and h are dropped: vowels are what the scripts disagree on most (keeping y
 *       would part -ia from -िया, keeping h Singh from सिंह; docs/research.md#consonant-skeleton-key),
 *       h is aspiration or part of sh.</li>
 *   <li>Nasal class: m before another consonant that is not a nasal becomes n, because a nasal
 *       before a consonant is one sound class however it is written (anusvara, म्, न्). The
 *       context is taken in the consonant skeleton, not in the spelling: English clusters
 *       (Atamkulov, "mk") are spelled with a schwa in the romanisation this key is made from
 *       (अतामकुलोव atamakulov), so only the skeleton shows both sides the same neighbours.
 *       Atamkulov is TNKLV either way; Sitharaman keeps STRMN.</li>
 *   <li>Repeated letters collapse (Russia RS, Dikshit / Dixit DKST).</li>
 *   <li>A key of fewer than {@value #MIN_LENGTH} letters is no key: nearly every key of three
 *       consonants or fewer is shared by other words of either language (Russia RS = रस, rose,
 *       rise; docs/research.md#consonant-skeleton-key), so such a key would only add false
 *       matches.</li>
 * </ol>
 * The key is upper case ASCII. A token with letters of another script (not romanised) has no
 * key. Stateless and thread-safe.
 */
public final class NameKey {

    /** The fewest letters a key may have. */
    public static final int MIN_LENGTH = 4;

    private NameKey() {}

    /** The key of {@code romanised}, or null if it is shorter than {@value #MIN_LENGTH} or has no key. */
    public static String of(CharSequence romanised) {
        // Scratch buffers reused per thread: this runs for every token of every indexed article.
        StringBuilder[] scratch = SCRATCH.get();
        StringBuilder folded = scratch[0];
        StringBuilder letters = scratch[1];
        StringBuilder key = scratch[2];
        folded.setLength(0);
        letters.setLength(0);
        key.setLength(0);
        LooseLatin.foldToAscii(romanised, folded);
        if (!letters(folded, letters)) {
            return null;
        }
        // Consonant skeleton, m before another consonant merged into n, repeats collapsed.
        int n = letters.length();
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = letters.charAt(i);
            if (!isConsonant(c)) {
                continue;
            }
            char k = Character.toUpperCase(c);
            if (k == 'M') {
                char next = nextConsonant(letters, i + 1);
                if (next != 0 && next != 'm' && next != 'n') {
                    k = 'N';
                }
            }
            if (k != previous) {
                key.append(k);
                previous = k;
            }
        }
        return key.length() >= MIN_LENGTH ? key.toString() : null;
    }

    private static final ThreadLocal<StringBuilder[]> SCRATCH = ThreadLocal.withInitial(
            () -> new StringBuilder[] {new StringBuilder(32), new StringBuilder(32), new StringBuilder(16)});

    /** The next consonant of the skeleton after {@code from}, or 0 at the end. */
    private static char nextConsonant(CharSequence letters, int from) {
        for (int i = from; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (isConsonant(c)) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Rule 2 on folded text; 'C' stands for ch. Returns false if the text holds a letter that is
     * not ASCII (an unromanised script). Digits and punctuation are dropped.
     */
    private static boolean letters(CharSequence s, StringBuilder out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            if (c >= 0x80) {
                if (Character.isLetter(c)) {
                    return false;
                }
                continue;
            }
            switch (c) {
                case 'c':
                    if (next == 'h') {
                        out.append('C');
                        while (i + 1 < n && s.charAt(i + 1) == 'h') {
                            i++;
                        }
                    } else {
                        out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                    }
                    break;
                case 'x':
                    out.append("ks");
                    break;
                case 'q':
                    out.append('k');
                    break;
                case 'z':
                    out.append('j');
                    break;
                case 'f':
                    out.append('p');
                    break;
                case 'w':
                    out.append('v');
                    break;
                default:
                    if (c >= 'a' && c <= 'z') {
                        out.append(c);
                    }
                    break;
            }
        }
        return true;
    }

    /** A letter that stays in the key: not a vowel, y or h. 'C' is ch. */
    private static boolean isConsonant(char c) {
        if (c == 'C') {
            return true;
        }
        return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y' && c != 'h';
    }
}
