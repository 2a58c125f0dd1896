package dev.samachar.analysis;

import com.ibm.icu.text.Normalizer2;

/**
 * The loose form of a Latin token: the spelling differences that English and Hindi writers make
 * for one name are folded away, so that English text and romanised Hindi ({@link Romaniser})
 * meet. "Yermekbayev", यरमेकबायेव (yarmekbayev), येरमेकबायेव (yermekbayev) and यरमेकबेयेव
 * (yarmekbeyev) all become "armakbav"; "Kazakhstan", कजाकिस्तान, कज़ाकिस्तान and कजाखस्तान all
 * become "kajakstan". Apply it to both sides, once (it is not meant to be re-applied to its
 * own output).
 *
 * <p>Rules, in this order, each with the spelling pair that needs it:
 * <ol>
 *   <li><b>Lower case, diacritics stripped</b> from Latin letters (Ermekbaýev, rājanātha), and
 *       ß æ œ ø ł đ ð þ ı spelled out in ASCII. Letters of other scripts and digits are kept.
 *       Apostrophes (' ’ ʼ) go, and with them an English possessive "s": the standard tokenizer
 *       keeps "Russia's" whole, and it must meet रूस as "Russia" does (and O'Neil meets ONeil).</li>
 *   <li><b>Consonant spellings</b>, left to right:
 *     <ul>
 *       <li>ph → f: फ is "ph", फ़ is "f", and Hindi writers use them for the same sound (फोन /
 *           फ़ोन, English "phone"). Not ph → p: the sound English writes "ph" is f.</li>
 *       <li>c → k, or s before e i y (Congo / कांगो, Cyprus / साइप्रस); "ch" stays as it is, it is
 *           च (Chandra / चंद्र), and "chh" (छ) becomes "ch".</li>
 *       <li>x → ks (Dixit / दीक्षित dikshit), q → k (क़ / क: Iraq / इराक), z → j (ज़ / ज:
 *           कज़ाकिस्तान / कजाकिस्तान, Uzbekistan / उज्बेकिस्तान), w → v (व is either: Wagah /
 *           वाघा).</li>
 *       <li>h after k g j s r is dropped (but not from a kh that starts the word: Khan / ख़ान,
 *           and खैरला Khairla is not Kerala), where the scripts disagree on it: Kazakh "kh" is written
 *           क or ख (Kazakhstan / कजाकिस्तान kajakistan), ग़ and ग alternate (Afghanistan /
 *           अफगानिस्तान afganistan), श and स alternate (Sri / श्री, Dikshit / Dixit), zh and jh
 *           are one foreign sound, ढ़ is rh or dh. It is <em>kept</em> after b, d and t, whose
 *           aspiration English spellings keep as faithfully as Hindi does (Bharat, Dhaka,
 *           Rajnath): dropping it would merge भारत with बारात ("barat", a wedding procession),
 *           and so put India on it through the exonym table, and would bring "Sitaram" within
 *           two edits of "Sitharaman", a different name, where the cost of keeping it is one
 *           edit against सीतारमण (sitaraman). After c (ch), n, m, l, v, y it is a sound of its
 *           own and stays too (Kanhaiya / कन्हैया).</li>
 *       <li>ee → i, oo → u: English long-vowel spellings (Geeta / गीता gita, Poonam / पूनम
 *           punam).</li>
 *     </ul></li>
 *   <li><b>e → a</b>: Hindi writes a foreign e as ए or as अ, both as a plain vowel and in a
 *       glide (यरमेक / येरमेक, बायेव / बेयेव; Sergei / सर्गेई), so e and a are one vowel here.</li>
 *   <li><b>y</b>, in three contexts:
 *     <ul>
 *       <li>before a vowel at the start of a word of 7 or more letters it is dropped: Russian
 *           Е is written Ye or E in English and ये, ए or य in Hindi (Yermekbayev / Ermekbayev /
 *           यरमेकबायेव). Not in shorter words, where it would merge common words (yes/as,
 *           year/ear, yellow/allow);</li>
 *       <li>between vowels it is dropped: a glide one script writes and the other does not
 *           (Yermekbaev / Yermekbayev, Soviet / सोवियत soviyat, India / इंडिया indiya);</li>
 *       <li>not before a vowel it becomes i: ay, ai, ey, ei are one diphthong (Jaishankar /
 *           जयशंकर jayshankar, Sergey / Sergei, Germany / जर्मनी jarmani).</li>
 *     </ul>
 *     This comes before the next rule, so that the vowels a dropped glide leaves meet: the
 *     Kazakh and Russian -bayev / -baev endings are one (Nazarbayev and Nazarbaev are both
 *     "najarbav"; the cost: Maya is "ma").</li>
 *   <li><b>Doubled letters collapse</b> (Russia / rusia, Dikshit / Dixit, Raam / Ram, KAZIND /
 *       काजिइंड kajiind).</li>
 *   <li><b>-stan</b>: a vowel between a consonant and "stan" is dropped, since Hindi breaks the
 *       cluster with an inserted vowel (Kazakhstan / कज़ाकिस्तान kazakistan / कजाखस्तान
 *       kajakhastan, Kyrgyzstan / किर्गिज़स्तान).</li>
 * </ol>
 *
 * <p>Deliberately <em>not</em> done: a final "a" is kept. The romaniser already drops the final
 * schwa the way English spellings of Hindi names do (Rajnath, Singh) and keeps it where they do
 * (Mitra, Chandra, Krishna); dropping every final "a" would merge China with chin and Sita with
 * sit, and put Russia ("rusi") one edit from रूस ("rus") without the exonym table. Vowel length
 * is not marked by the romaniser, and o, u, i stay distinct from a (रस ras ≠ रूस rus).
 *
 * <p>Stateless and thread-safe.
 */
public final class LooseLatin {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Words shorter than this keep an initial y (see rule 4). */
    static final int MIN_LENGTH_FOR_INITIAL_Y_DROP = 7;

    private static final ThreadLocal<StringBuilder[]> SCRATCH =
            ThreadLocal.withInitial(() -> new StringBuilder[] {new StringBuilder(32), new StringBuilder(32)});

    private LooseLatin() {}

    /** The loose form of {@code token}. */
    public static String normalize(CharSequence token) {
        // Scratch buffers reused per thread: this runs for every token of every indexed article.
        StringBuilder[] scratch = SCRATCH.get();
        StringBuilder a = scratch[0];
        StringBuilder b = scratch[1];
        a.setLength(0);
        b.setLength(0);
        foldToAscii(token, a);
        dropApostrophes(a);
        consonants(a, b);
        eToA(b);
        a.setLength(0);
        glides(b, a);
        b.setLength(0);
        collapseDoubles(a, b);
        stan(b);
        return b.toString();
    }

    /**
     * Rule 1 alone: lower case, and Latin letters without diacritics. Appends to {@code out}.
     */
    static void foldToAscii(CharSequence s, StringBuilder out) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return;
        }
        String d = NFD.normalize(s);
        boolean afterLatin = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (!afterLatin) {
                    out.appendCodePoint(cp); // a mark of another script stays with its letter
                }
                continue;
            }
            int lower = Character.toLowerCase(cp);
            String special = special(lower);
            if (special != null) {
                out.append(special);
                afterLatin = true;
            } else {
                out.appendCodePoint(lower);
                afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
        }
    }

    /** Rule 1, apostrophes: a final "'s" goes whole, any other apostrophe alone. */
    private static void dropApostrophes(StringBuilder s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == 's' && isApostrophe(s.charAt(n - 2))) {
            s.setLength(n - 2);
        }
        int out = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isApostrophe(c)) {
                s.setCharAt(out++, c);
            }
        }
        s.setLength(out);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\uFF07';
    }

    private static String special(int c) {
        switch (c) {
            case 'ß':
                return "ss";
            case 'æ':
                return "ae";
            case 'œ':
                return "oe";
            case 'ø':
                return "o";
            case 'ł':
                return "l";
            case 'đ':
            case 'ð':
                return "d";
            case 'þ':
                return "th";
            case 'ı':
                return "i";
            default:
                return null;
        }
    }

    /** Rule 2. */
    private static void consonants(CharSequence s, StringBuilder out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            switch (c) {
                case 'p':
                    if (next == 'h') {
                        out.append('f');
                        i++;
                    } else {
                        out.append('p');
                    }
                    break;
                case 'c':
                    if (next == 'h') {
                        out.append("ch");
                        i++;
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
                case 'w':
                    out.append('v');
                    break;
                case 'h':
                    // A first kh stays: both scripts write it as heard (Khan / ख़ान, Khyber / खैबर), and
                    // खैरला (Khairla) is not Kerala.
                    boolean firstKh = i == 1 && out.length() == 1 && out.charAt(0) == 'k' && s.charAt(0) == 'k';
                    if (out.length() == 0 || firstKh || !dropsH(out.charAt(out.length() - 1))) {
                        out.append('h');
                    }
                    break;
                case 'e':
                    if (next == 'e') {
                        out.append('i');
                        i++;
                    } else {
                        out.append('e');
                    }
                    break;
                case 'o':
                    if (next == 'o') {
                        out.append('u');
                        i++;
                    } else {
                        out.append('o');
                    }
                    break;
                default:
                    out.append(c);
                    break;
            }
        }
    }

    private static boolean dropsH(char previous) {
        switch (previous) {
            case 'k':
            case 'g':
            case 'j':
            case 's':
            case 'r':
                return true;
            default:
                return false;
        }
    }

    /** Rule 3. */
    private static void eToA(StringBuilder s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == 'e') {
                s.setCharAt(i, 'a');
            }
        }
    }

    /** Rule 5: ASCII letters only, so "2000" keeps its zeros. */
    private static void collapseDoubles(CharSequence s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && c == s.charAt(i - 1) && c >= 'a' && c <= 'z') {
                continue;
            }
            out.append(c);
        }
    }

    /** Rule 6. */
    private static void stan(StringBuilder s) {
        for (int i = s.indexOf("stan", 2); i >= 2; i = s.indexOf("stan", i + 1)) {
            if (isVowel(s.charAt(i - 1)) && isConsonant(s.charAt(i - 2))) {
                s.deleteCharAt(i - 1);
                i--;
            }
        }
    }

    /** Rule 4. */
    private static void glides(CharSequence s, StringBuilder out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != 'y') {
                out.append(c);
                continue;
            }
            boolean beforeVowel = i + 1 < n && isVowel(s.charAt(i + 1));
            boolean afterVowel = i > 0 && isVowel(s.charAt(i - 1));
            if (!beforeVowel) {
                out.append('i');
            } else if (i == 0 && n >= MIN_LENGTH_FOR_INITIAL_Y_DROP) {
                continue;
            } else if (afterVowel) {
                continue;
            } else {
                out.append('y');
            }
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'y';
    }
}
