package dev.samachar.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Romanises a Devanagari token the way Hindi names are spelled in English (Hunterian style, with
 * schwa deletion), so that राजनाथ सिंह becomes "rajnath singh", not ICU's "rājanātha siṃha".
 * Latin and other non-Devanagari text is only lower-cased.
 *
 * <h2>Letters</h2>
 * <ul>
 *   <li>Consonants: क k, ख kh, ग g, घ gh, ङ n, च ch, छ chh, ज j, झ jh, ञ n, ट t, ठ th, ड d, ढ dh,
 *       ण n, त t, थ th, द d, ध dh, न n, प p, फ ph, ब b, भ bh, म m, य y, र r, ल l, ळ l, व v, श sh,
 *       ष sh, स s, ह h. Dental and retroflex fall together, as in English spellings.</li>
 *   <li>With nukta (precomposed or combining alike): क़ q, ख़ kh, ग़ gh, ज़ z, झ़ zh, ड़ r, ढ़ rh,
 *       फ़ f, य़ y, ऩ n, ऱ r, ऴ l.</li>
 *   <li>Conjunct ज्ञ is "gy", as Hindi pronounces and spells it in English (ज्ञान gyan); क्ष and
 *       त्र need no rule (ksh, tr).</li>
 *   <li>Vowels, independent or as signs: अ a, आ a, इ i, ई i, उ u, ऊ u, ऋ ri, ॠ ri, ऌ li, ए e, ऐ ai,
 *       ओ o, औ au; chandra and short ऍ ॅ ऎ ॆ e, ऑ ॉ ऒ ॊ o, ॲ a. Length is not marked: English
 *       spellings mostly do not mark it either (सीता Sita, शोइगू Shoigu).</li>
 *   <li>Anusvara and candrabindu: "m" before प फ ब भ म (संबंध sambandh, मुंबई mumbai), else "n"
 *       (हिंदी hindi, हैं hain). A word-final ंह is "ngh" (सिंह singh), the way the name is
 *       always spelled.</li>
 *   <li>Visarga, avagraha, ZWJ and ZWNJ and Vedic signs write nothing; ॐ is "om"; Devanagari
 *       digits become ASCII digits.</li>
 * </ul>
 *
 * <h2>Schwa deletion</h2>
 * Every consonant without a vowel sign or virama carries the inherent vowel (schwa) "a", but
 * Hindi does not pronounce many of them (राजनाथ is "rajnath", not "rajanatha"). The rules are
 * those published for Hindi text-to-speech:
 * <ul>
 *   <li><b>Ohala's rule</b> (Ohala 1983, "Aspects of Hindi Phonology"), in the form used by
 *       Narasimhan, Sproat &amp; Kiraz 2004 ("Schwa-deletion in Hindi text-to-speech synthesis",
 *       Int. J. Speech Technology 7(4)): a schwa is deleted in the context VC_CV, i.e. after a
 *       single consonant that follows a vowel, and before a single consonant that precedes a
 *       vowel. Candidates are taken <b>right to left</b>, each decision seeing the deletions
 *       already made to its right.</li>
 *   <li>The constraints of Choudhury, Basu &amp; Sarkar 2004 ("A Diachronic Approach for Schwa
 *       Deletion in Indo Aryan Languages", SIGPHON, ACL W04-0103):
 *     <ol>
 *       <li><b>the schwa of the first syllable is kept</b> (न na, रस ras, प्रण pran);</li>
 *       <li><b>no deletion before a consonant cluster</b>: the consonant after the schwa must be
 *           followed by a vowel (कजाखस्तान kajakhastan; an anusvara before a consonant counts as a
 *           nasal consonant, so कंपनी kampani);</li>
 *       <li><b>the word-final schwa is deleted unless an inadmissible cluster results</b>:
 *           राम ram, but मित्र mitra, इंद्र indra, कार्य karya, पद्म padma, कृष्ण krishna. A final
 *           cluster is inadmissible when its last consonant is य र ल ळ व, or a nasal after an
 *           obstruent, i.e. a consonant that is not itself a nasal or one of य र ल ळ व: sonority
 *           must not rise at the end of a syllable (so धर्म dharm, फ़िल्म film, जन्म janm, संबंध
 *           sambandh, भक्त bhakt keep their final cluster). A final य after इ or ई counts as
 *           inadmissible too, since the glide cannot close a syllable after i: भारतीय bhartiya,
 *           राष्ट्रीय rashtriya, प्रिय priya, the way these words are always spelled in English
 *           (Bharatiya Janata Party), while जय jay, समय samay lose their schwa;</li>
 *       <li><b>a schwa before a vowel is kept</b> (कई kai), which VC_CV already implies;</li>
 *       <li><b>no two consecutive deletions</b>: once a schwa is deleted, the schwa of the
 *           syllable before it now stands before a cluster, so rule 2, checked against the
 *           deletions already made, blocks it (अमरनाथ amarnath, not amrnath).</li>
 *     </ol></li>
 * </ul>
 * Not implemented: the morphological (compound-boundary) analysis of Narasimhan et al., so
 * compounds may get a deletion across the boundary. The rules assume Hindi phonology and misfire
 * on some foreign names (सीतारमण → sitarman for the Tamil "Sitharaman";
 * docs/research.md#schwa-deletion); that is why {@link Romanisation#withoutSchwaDeletion()} is
 * kept as a second form. It keeps every <em>medial</em> schwa but drops the final one by the same rule as above: English spellings of
 * Hindi names practically never keep a final schwa that Hindi drops (Rajnath, Singh,
 * Sitharaman), so a form ending in "-a" would only be noise.
 *
 * <h2>Speed</h2>
 * Table-driven: a token is parsed once into a segment array (consonant, vowel, schwa, nasal,
 * silent), schwa deletion marks segments, and each form is written by copying the segments'
 * table char arrays into a reused buffer. No regular expressions and no allocation but the
 * result strings.
 * An instance reuses its buffers, so it is <b>not thread-safe</b>: give each thread (each token
 * filter) its own.
 */
public final class Romaniser {

    // Segment kinds.
    private static final byte CONSONANT = 1;
    private static final byte NASAL = 2; // anusvara or candrabindu
    private static final byte VOWEL = 3; // vowel sign or independent vowel
    private static final byte SCHWA = 4; // inherent vowel
    private static final byte SILENT = 5; // visarga: writes nothing but ends the syllable

    // Char classes for U+0900..U+097F; 0 is a char that writes nothing.
    private static final byte C_CONSONANT = 1;
    private static final byte C_VOWEL = 2; // independent vowel
    private static final byte C_SIGN = 3; // dependent vowel sign
    private static final byte C_NASAL = 4;
    private static final byte C_VISARGA = 5;
    private static final byte C_VIRAMA = 6;
    private static final byte C_NUKTA = 7;
    private static final byte C_OM = 8;

    private static final byte[] CLASS = new byte[0x80];
    /** Latin for a consonant or vowel; for a precomposed nukta letter, its nukta value. */
    private static final String[] LATIN = new String[0x80];
    /** Latin of a consonant followed by a combining nukta. */
    private static final String[] NUKTA_LATIN = new String[0x80];
    /** The consonant a nukta letter is written on (ड़ → ड), for the cluster rules. */
    private static final char[] BASE = new char[0x80];

    private static final char[] SCHWA_LATIN = {'a'};
    private static final char[] NO_LATIN = {};
    private static final char[] OM = {'o', 'm'};
    private static final char[] G = {'g'};
    private static final char[] Y = {'y'};
    private static final char[] GH = {'g', 'h'};
    /** {@link #LATIN} and {@link #NUKTA_LATIN} as char arrays, which is what segments hold. */
    private static final char[][] LATIN_CHARS = new char[0x80][];

    private static final char[][] NUKTA_LATIN_CHARS = new char[0x80][];
    private static final char HA = '\u0939';
    private static final char JA = '\u091C';
    private static final char NYA = '\u091E';

    static {
        consonants(
                "कखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसह",
                "k",
                "kh",
                "g",
                "gh",
                "n",
                "ch",
                "chh",
                "j",
                "jh",
                "n",
                "t",
                "th",
                "d",
                "dh",
                "n",
                "t",
                "th",
                "d",
                "dh",
                "n",
                "p",
                "ph",
                "b",
                "bh",
                "m",
                "y",
                "r",
                "l",
                "l",
                "v",
                "sh",
                "sh",
                "s",
                "h");
        for (int i = 0; i < 0x80; i++) {
            if (CLASS[i] == C_CONSONANT) {
                NUKTA_LATIN[i] = LATIN[i];
            }
        }
        nukta('क', "q");
        nukta('ख', "kh");
        nukta('ग', "gh");
        nukta('ज', "z");
        nukta('झ', "zh");
        nukta('ड', "r");
        nukta('ढ', "rh");
        nukta('फ', "f");
        nukta('य', "y");
        nukta('न', "n");
        nukta('र', "r");
        nukta('ळ', "l");
        precomposed('\u0958', 'क');
        precomposed('\u0959', 'ख');
        precomposed('\u095A', 'ग');
        precomposed('\u095B', 'ज');
        precomposed('\u095C', 'ड');
        precomposed('\u095D', 'ढ');
        precomposed('\u095E', 'फ');
        precomposed('\u095F', 'य');
        precomposed('\u0929', 'न');
        precomposed('\u0931', 'र');
        precomposed('\u0934', 'ळ');

        vowels(
                C_VOWEL,
                "अआइईउऊऋॠऌॡएऐओऔऍऎऑऒॲ",
                "a",
                "a",
                "i",
                "i",
                "u",
                "u",
                "ri",
                "ri",
                "li",
                "li",
                "e",
                "ai",
                "o",
                "au",
                "e",
                "e",
                "o",
                "o",
                "a");
        vowels(
                C_SIGN,
                "ािीुूृॄॢॣेैोौॅॆॉॊ",
                "a",
                "i",
                "i",
                "u",
                "u",
                "ri",
                "ri",
                "li",
                "li",
                "e",
                "ai",
                "o",
                "au",
                "e",
                "e",
                "o",
                "o");
        CLASS[0x01] = C_NASAL;
        CLASS[0x02] = C_NASAL;
        CLASS[0x03] = C_VISARGA;
        CLASS[0x4D] = C_VIRAMA;
        CLASS[0x3C] = C_NUKTA;
        CLASS[0x50] = C_OM;
        for (int i = 0; i < 0x80; i++) {
            LATIN_CHARS[i] = LATIN[i] == null ? null : LATIN[i].toCharArray();
            NUKTA_LATIN_CHARS[i] = NUKTA_LATIN[i] == null ? null : NUKTA_LATIN[i].toCharArray();
        }
    }

    private static void consonants(String letters, String... latin) {
        for (int i = 0; i < letters.length(); i++) {
            int k = letters.charAt(i) - 0x0900;
            CLASS[k] = C_CONSONANT;
            LATIN[k] = latin[i];
            BASE[k] = letters.charAt(i);
        }
    }

    private static void nukta(char consonant, String latin) {
        NUKTA_LATIN[consonant - 0x0900] = latin;
    }

    private static void precomposed(char letter, char base) {
        int k = letter - 0x0900;
        CLASS[k] = C_CONSONANT;
        LATIN[k] = NUKTA_LATIN[base - 0x0900];
        NUKTA_LATIN[k] = LATIN[k];
        BASE[k] = base;
    }

    private static void vowels(byte cls, String letters, String... latin) {
        for (int i = 0; i < letters.length(); i++) {
            int k = letters.charAt(i) - 0x0900;
            CLASS[k] = cls;
            LATIN[k] = latin[i];
        }
    }

    // Segments of the Devanagari run being romanised.
    private byte[] kind = new byte[32];
    private char[][] latin = new char[32][];
    private char[] base = new char[32];
    private boolean[] deleted = new boolean[32];
    private int size;

    // The two spellings being written.
    private final Output withDeletion = new Output();
    private final Output withoutDeletion = new Output();

    /** Both spellings of {@code token}; see the class comment. */
    public Romanisation romanise(CharSequence token) {
        run(token, true, true);
        String shortened = withDeletion.toString();
        String full = withDeletion.contentEquals(withoutDeletion) ? shortened : withoutDeletion.toString();
        return new Romanisation(shortened, full);
    }

    /**
     * Appends the spelling with schwa deletion to {@code withDeletion} and the one without to
     * {@code withoutDeletion}; either may be null when not wanted.
     */
    public void romanise(CharSequence token, StringBuilder withDeletion, StringBuilder withoutDeletion) {
        run(token, withDeletion != null, withoutDeletion != null);
        if (withDeletion != null) {
            withDeletion.append(this.withDeletion.chars, 0, this.withDeletion.length);
        }
        if (withoutDeletion != null) {
            withoutDeletion.append(this.withoutDeletion.chars, 0, this.withoutDeletion.length);
        }
    }

    /**
     * Two further spellings for cross-script matching, appended to the builders (either may be
     * null): {@code relaxed} deletes every medial schwa between a consonant and a single
     * consonant before a vowel, also after a conjunct or an anusvara, where Ohala's context
     * (VC_CV) is not met but names are still spelled without it (सिंगरौली Singrauli, वाशिंगटन
     * Washington); {@code finalSchwa} keeps every schwa, the final one too (कर्नाटक Karnataka,
     * केरल Kerala).
     */
    public void romaniseVariants(CharSequence token, StringBuilder relaxed, StringBuilder finalSchwa) {
        variant = RELAXED;
        try {
            run(token, true, true);
        } finally {
            variant = PLAIN;
        }
        if (relaxed != null) {
            relaxed.append(withDeletion.chars, 0, withDeletion.length);
        }
        if (finalSchwa != null) {
            finalSchwa.append(withoutDeletion.chars, 0, withoutDeletion.length);
        }
    }

    /**
     * Every spelling of a one-run Devanagari {@code token} that keeps or deletes each medial schwa
     * between two consonants independently (the final schwa as {@link #romanise}), appended to
     * {@code out}: English spellings of names delete schwas where the rules keep them and keep them
     * where the rules delete (अहमदाबाद Ahmedabad, धमतरी Dhamtari, परभनी Parbhani); a schwa is
     * deleted only before a consonant that keeps its vowel, so no word ends in a new cluster
     * (केरल is never "kerl", Carl). Words with more than {@code maxSchwas} such schwas give nothing.
     */
    public void romaniseSchwaChoices(CharSequence token, List<String> out, int maxSchwas) {
        int n = token.length();
        for (int i = 0; i < n; i++) {
            if (!isRunChar(token.charAt(i))) {
                return;
            }
        }
        parse(token, 0, n);
        if (size == 0) {
            return;
        }
        int firstVowel = firstVowel();
        deleteFinalSchwa(firstVowel);
        int[] medial = new int[maxSchwas];
        int count = 0;
        for (int i = firstVowel + 1; i < size - 1; i++) {
            if (kind[i] == SCHWA && !deleted[i] && kind[i - 1] == CONSONANT && kind[i + 1] == CONSONANT) {
                if (count == maxSchwas) {
                    return;
                }
                medial[count++] = i;
            }
        }
        masks:
        for (int mask = 0; mask < (1 << count); mask++) {
            for (int b = 0; b < count; b++) {
                deleted[medial[b]] = (mask & (1 << b)) != 0;
            }
            for (int b = 0; b < count; b++) {
                int i = medial[b];
                if (deleted[i] && !(i + 2 < size && isVowel(i + 2))) {
                    continue masks; // a deletion must leave the next consonant a vowel: no केरल "kerl"
                }
            }
            withDeletion.length = 0;
            emit(withDeletion);
            out.add(withDeletion.toString());
        }
    }

    private static final int PLAIN = 0, RELAXED = 1;
    /** While {@link #romaniseVariants} runs: the with-deletion output is relaxed, the other keeps the final schwa. */
    private int variant = PLAIN;

    private void run(CharSequence token, boolean wantWith, boolean wantWithout) {
        Output with = wantWith ? withDeletion : null;
        Output without = wantWithout ? withoutDeletion : null;
        withDeletion.length = 0;
        withoutDeletion.length = 0;
        int n = token.length();
        int i = 0;
        while (i < n) {
            char c = token.charAt(i);
            if (isRunChar(c)) {
                int end = i + 1;
                while (end < n && isRunChar(token.charAt(end))) {
                    end++;
                }
                romaniseRun(token, i, end, with, without);
                i = end;
            } else if (c >= '\u0966' && c <= '\u096F') {
                append(with, without, (char) ('0' + (c - '\u0966')));
                i++;
            } else if (c == '\u0964' || c == '\u0965') {
                i++; // danda
            } else if (c < 0x80) {
                append(with, without, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
            } else {
                int cp = Character.codePointAt(token, i);
                int lower = Character.toLowerCase(cp);
                if (Character.isBmpCodePoint(lower)) {
                    append(with, without, (char) lower);
                } else {
                    append(with, without, Character.highSurrogate(lower));
                    append(with, without, Character.lowSurrogate(lower));
                }
                i += Character.charCount(cp);
            }
        }
    }

    private static void append(Output a, Output b, char c) {
        if (a != null) {
            a.append(c);
        }
        if (b != null) {
            b.append(c);
        }
    }

    private static boolean isRunChar(char c) {
        return (c >= '\u0900' && c <= '\u0963') || (c >= '\u0970' && c <= '\u097F') || c == '\u200C' || c == '\u200D';
    }

    private void romaniseRun(CharSequence s, int start, int end, Output withDel, Output withoutDel) {
        parse(s, start, end);
        if (size == 0) {
            return;
        }
        int firstVowel = firstVowel();
        if (variant == RELAXED && withoutDel != null) {
            emit(withoutDel); // every schwa kept
        }
        deleteFinalSchwa(firstVowel);
        if (variant == PLAIN && withoutDel != null) {
            emit(withoutDel);
        }
        if (withDel != null) {
            deleteMedialSchwas(firstVowel);
            if (variant == RELAXED) {
                deleteMedialSchwasAfterClusters(firstVowel);
            }
            emit(withDel);
        }
    }

    /** Splits the run into segments; a consonant without a vowel sign or virama gets a schwa. */
    private void parse(CharSequence s, int start, int end) {
        ensureCapacity(2 * (end - start) + 1);
        size = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\u200C' || c == '\u200D') {
                i++;
                continue;
            }
            int k = c - 0x0900;
            switch (CLASS[k]) {
                case C_CONSONANT: {
                    char[] text = LATIN_CHARS[k];
                    i = skipJoiners(s, i + 1, end);
                    if (i < end && s.charAt(i) == '\u093C') {
                        text = NUKTA_LATIN_CHARS[k];
                        i = skipJoiners(s, i + 1, end);
                    }
                    char b = BASE[k];
                    if (b == NYA && size > 0 && kind[size - 1] == CONSONANT && base[size - 1] == JA) {
                        latin[size - 1] = G; // ज्ञ
                        text = Y;
                    }
                    add(CONSONANT, text, b);
                    if (i < end && s.charAt(i) == '\u094D') {
                        i = skipJoiners(s, i + 1, end);
                    } else if (i < end && isSign(s.charAt(i))) {
                        add(VOWEL, LATIN_CHARS[s.charAt(i) - 0x0900], '\0');
                        i++;
                    } else {
                        add(SCHWA, SCHWA_LATIN, '\0');
                    }
                    break;
                }
                case C_VOWEL:
                case C_SIGN: // a sign without its consonant: read it as the vowel
                    add(VOWEL, LATIN_CHARS[k], '\0');
                    i++;
                    break;
                case C_NASAL:
                    add(NASAL, null, '\0');
                    i++;
                    break;
                case C_VISARGA:
                    add(SILENT, NO_LATIN, '\0');
                    i++;
                    break;
                case C_OM:
                    add(VOWEL, OM, '\0');
                    i++;
                    break;
                default: // stray virama or nukta, avagraha, Vedic signs, abbreviation sign
                    i++;
                    break;
            }
        }
    }

    private static int skipJoiners(CharSequence s, int i, int end) {
        while (i < end && (s.charAt(i) == '\u200C' || s.charAt(i) == '\u200D')) {
            i++;
        }
        return i;
    }

    private static boolean isSign(char c) {
        return c >= '\u0900' && c < '\u0980' && CLASS[c - 0x0900] == C_SIGN;
    }

    private void add(byte k, char[] text, char b) {
        kind[size] = k;
        latin[size] = text;
        base[size] = b;
        deleted[size] = false;
        size++;
    }

    private void ensureCapacity(int capacity) {
        if (kind.length < capacity) {
            int c = Math.max(capacity, 2 * kind.length);
            kind = new byte[c];
            latin = new char[c][];
            base = new char[c];
            deleted = new boolean[c];
        }
    }

    private int firstVowel() {
        for (int j = 0; j < size; j++) {
            if (kind[j] == VOWEL || kind[j] == SCHWA) {
                return j;
            }
        }
        return size;
    }

    /** Choudhury et al. rule 3 (with rule 1: a one-syllable word keeps its schwa). */
    private void deleteFinalSchwa(int firstVowel) {
        int last = size - 1;
        if (kind[last] != SCHWA || last == firstVowel) {
            return;
        }
        int c2 = last - 1; // the consonant the schwa belongs to
        int c1 = c2 - 1;
        boolean cluster = c1 >= 0 && (kind[c1] == CONSONANT || kind[c1] == NASAL);
        if (cluster && inadmissibleFinalCluster(c1, c2)) {
            return;
        }
        if (base[c2] == 'य' && c1 >= 0 && kind[c1] == VOWEL && latin[c1].length == 1 && latin[c1][0] == 'i') {
            return; // भारतीय
        }
        deleted[last] = true;
    }

    private boolean inadmissibleFinalCluster(int c1, int c2) {
        char last = base[c2];
        if (last == 'य' || last == 'र' || last == 'ल' || last == 'ळ' || last == 'व') {
            return true; // मित्र, कार्य, विश्व
        }
        if (HindiNormalizer.isNasal(last)) {
            return kind[c1] == CONSONANT && !isSonorant(base[c1]); // पद्म, कृष्ण, यज्ञ; but जन्म, धर्म, फ़िल्म
        }
        return false;
    }

    private static boolean isSonorant(char consonant) {
        return HindiNormalizer.isNasal(consonant)
                || consonant == 'य'
                || consonant == 'र'
                || consonant == 'ल'
                || consonant == 'ळ'
                || consonant == 'व';
    }

    /** Ohala's VC_CV rule, right to left, with Choudhury et al.'s constraints 1, 2, 4 and 5. */
    private void deleteMedialSchwas(int firstVowel) {
        for (int i = size - 2; i > firstVowel; i--) {
            if (kind[i] != SCHWA) {
                continue;
            }
            boolean leftVC = i >= 2 && kind[i - 1] == CONSONANT && isVowel(i - 2);
            boolean rightCV = i + 2 < size && kind[i + 1] == CONSONANT && isVowel(i + 2);
            if (leftVC && rightCV) {
                deleted[i] = true;
            }
        }
    }

    /** The relaxed variant: also after a consonant that closes a cluster or follows an anusvara. */
    private void deleteMedialSchwasAfterClusters(int firstVowel) {
        for (int i = size - 2; i > firstVowel; i--) {
            if (kind[i] != SCHWA || deleted[i]) {
                continue;
            }
            boolean leftC = i >= 2 && kind[i - 1] == CONSONANT && (kind[i - 2] == CONSONANT || kind[i - 2] == NASAL);
            boolean rightCV = i + 2 < size && kind[i + 1] == CONSONANT && isVowel(i + 2);
            boolean neighbourDeleted = (i + 2 < size && deleted[i + 2]) || (i >= 3 && deleted[i - 2]);
            if (leftC && rightCV && !neighbourDeleted) {
                deleted[i] = true;
            }
        }
    }

    private boolean isVowel(int j) {
        return (kind[j] == VOWEL || kind[j] == SCHWA) && !deleted[j];
    }

    private void emit(Output out) {
        for (int j = 0; j < size; j++) {
            if (deleted[j]) {
                continue;
            }
            switch (kind[j]) {
                case NASAL:
                    out.append(j + 1 < size && kind[j + 1] == CONSONANT && isLabial(latin[j + 1]) ? 'm' : 'n');
                    break;
                case CONSONANT:
                    if (base[j] == HA && j > 0 && kind[j - 1] == NASAL && isWordEnd(j + 1)) {
                        out.append(GH); // सिंह singh
                    } else {
                        out.append(latin[j]);
                    }
                    break;
                default:
                    out.append(latin[j]);
                    break;
            }
        }
    }

    /** प फ ब भ म, by their Latin (so फ़ "f" is not one). */
    private static boolean isLabial(char[] latin) {
        char c = latin[0];
        return c == 'p' || c == 'b' || c == 'm';
    }

    private boolean isWordEnd(int from) {
        for (int j = from; j < size; j++) {
            if (!deleted[j]) {
                return false;
            }
        }
        return true;
    }

    /** A growable char buffer: one array copy per table entry instead of a StringBuilder call. */
    private static final class Output {
        char[] chars = new char[64];
        int length;

        void append(char c) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, 2 * length);
            }
            chars[length++] = c;
        }

        void append(char[] text) {
            int n = text.length;
            if (length + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
            }
            for (int i = 0; i < n; i++) {
                chars[length + i] = text[i];
            }
            length += n;
        }

        boolean contentEquals(Output other) {
            return Arrays.equals(chars, 0, length, other.chars, 0, other.length);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
