package dev.samachar.analysis;

/**
 * The cross-script match key of one reading: its {@link LooseLatin loose form} with the spelling
 * differences folded that English and Hindi writers make for one name but that the loose form
 * keeps. Two words meet across scripts when a key of one equals a key of the other, exactly: no
 * edit distance, so a name's key reaches only spellings that these rules make equal.
 *
 * <p>Rules, after {@link LooseLatin#normalize}, each with the pair that needs it:
 * <ol>
 *   <li><b>Aspiration</b>: an h after any consonant but c (ch is च) is dropped: th/t, dh/d, bh/b
 *       (Thiruvananthapuram / तिरुवनंतपुरम, Bhopal, Dharamshala); not from a kh that starts the
 *       word, which both scripts write as heard (Khan / ख़ान; खैरला Khairla is not Kerala). The words it merges
 *       (भारत / बारात) are ordinary words, which never get keys ({@link Vocabulary}).</li>
 *   <li><b>Rounded vowels are one</b>: o → u, then au → u (Bangalore / बैंगलोर, Lucknow /
 *       लखनऊ, Coimbatore / कोयंबटूर).</li>
 *   <li><b>ai → a</b>: ऐ / ै for an English a (Ashland / एशलैन्ड, Thailand / थाईलैंड).</li>
 *   <li><b>ua → u</b> after a consonant (Goalpara / गोलपाड़ा), and <b>y → i</b> between a
 *       consonant and a vowel (Haryana / हरियाणा "hariyana").</li>
 *   <li><b>v after u</b> is dropped: व written o, u or w (Goa / गोवा, Lucknow "lucknow"), and
 *       English ow, ou before a consonant (Brownsville / ब्राउन्सविले, Doylestown).</li>
 *   <li><b>n before b or p is m</b>, as an anusvara before a labial reads (Istanbul / इस्तांबुल,
 *       Dushanbe / दुशाम्बे).</li>
 *   <li><b>Geminates</b>: chch → ch (Kochi / कोच्चि), and letters doubled by the rules above
 *       collapse.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class PhoneticKey {

    private PhoneticKey() {}

    /** The key of {@code reading} (a romanised or Latin word, lower case). */
    public static String of(CharSequence reading) {
        String loose = LooseLatin.normalize(reading);
        StringBuilder s = new StringBuilder(loose.length());
        // Rules 1 and 2 (o → u) in one pass.
        for (int i = 0; i < loose.length(); i++) {
            char c = loose.charAt(i);
            boolean firstKh = i == 1 && loose.charAt(0) == 'k';
            if (c == 'h'
                    && s.length() > 0
                    && isConsonant(s.charAt(s.length() - 1))
                    && s.charAt(s.length() - 1) != 'c'
                    && !firstKh) {
                continue;
            }
            s.append(c == 'o' ? 'u' : c);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
            if (c == 'a' && (next == 'u' || next == 'i') && i + 1 < s.length()) {
                out.append(next == 'u' ? 'u' : 'a'); // au → u, ai → a
                i++;
                continue;
            }
            if (c == 'u' && next == 'a' && out.length() > 0 && isConsonant(out.charAt(out.length() - 1))) {
                out.append('u'); // oa, ua: one rounded vowel (Goalpara / गोलपाड़ा)
                i++;
                continue;
            }
            if (c == 'y' && out.length() > 0 && isConsonant(out.charAt(out.length() - 1)) && isVowel(next)) {
                out.append('i'); // rya / रिया (Haryana / हरियाणा)
                continue;
            }
            if (c == 'v'
                    && out.length() > 0
                    && out.charAt(out.length() - 1) == 'u'
                    && (next == '\0' || isVowel(next) || isConsonant(next) && next != 'v')) {
                if (next == 'a') {
                    i++; // uva → u, as ua (Goa / गोवा)
                }
                continue;
            }
            if (c == 'c' && next == 'h' && endsWith(out, "ch")) {
                i++;
                continue;
            }
            if (c == 'n' && (next == 'b' || next == 'p') && out.length() > 0) {
                c = 'm'; // n before a labial is म, as the anusvara reads (Istanbul / इस्तांबुल, Dushanbe / दुशाम्बे)
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c && c >= 'a' && c <= 'z') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsWith(StringBuilder s, String suffix) {
        int n = s.length(), k = suffix.length();
        return n >= k && s.substring(n - k).equals(suffix);
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }
}
