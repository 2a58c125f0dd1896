package dev.samachar.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings of one word that cross-script matching compares: the ways a name written in one
 * script may be spelled in the other. A Devanagari word has several romanisations, a Latin word
 * several pronunciations that Hindi writers spell differently; each reading becomes a
 * {@link PhoneticKey}, and two words meet when one key of each is equal. Rules are table-like
 * and each is listed with the pair that needs it.
 *
 * <p><b>Devanagari</b> ({@link Romaniser}):
 * <ul>
 *   <li>both schwa forms, the relaxed deletion after clusters and anusvara (Singrauli /
 *       सिंगरौली), every schwa kept, the final one too (Karnataka / कर्नाटक), and each medial schwa
 *       kept or deleted on its own, up to three of them (Ahmedabad / अहमदाबाद, Dhamtari / धमतरी);</li>
 *   <li>compound parts romanised on their own, so schwa deletion stops at the seam: नगर, पुर,
 *       पुरा, आबाद, बाद, गढ़, गंज, गांव (Ahmednagar / अहमदनगर, Saharanpur / सहारनपुर);</li>
 *   <li>a final गांव / गाँव also read "gaon" (Jalgaon / जलगाँव, Bongaigaon / बोंगईगांव);</li>
 *   <li>ड़ and ढ़ also read d, and ड and ढ between vowels also read r, with or without the
 *       nukta (Jamtara / जामताड़ा, Garhwa / गढ़वा, Bareilly / बरेली).</li>
 * </ul>
 *
 * <p><b>Latin</b>, each alone and all together:
 * <ul>
 *   <li>u before two consonants also read a: English writes अ as u in a closed syllable
 *       (Punjab / पंजाब, Lucknow / लखनऊ, Kutch / कच्छ);</li>
 *   <li>a final -on after a consonant also read -an (Lebanon / लेबनान, Washington / वाशिंगटन);</li>
 *   <li>a silent final e dropped after a consonant (Mysore / मैसूर, Indore / इंदौर);</li>
 *   <li>g before e or i also read j (Geneva / जेनेवा);</li>
 *   <li>a first e also read i (England / इंग्लैंड);</li>
 *   <li>y between consonants also read ai (Mysore / मैसूर, Hyderabad / हैदराबाद);</li>
 *   <li>qu before a vowel read kv (Quetta / क्वेटा);</li>
 *   <li>an a between a consonant and r + consonant also dropped: English breaks a cluster that
 *       Hindi writes (Agarwal / अग्रवाल "agrval");</li>
 *   <li>e before one consonant and a vowel, or before h, also read i (Tehri / टिहरी, Rewa / रीवा;
 *       not the e of Delhi, which would make it दिली, Dili); eo before a consonant read ev and a final
 *       ao read av (Deoghar / देवघर, Unnao / उन्नाव); a final h after a vowel dropped (Etah / एटा);
 *       tch read ch (Kutch / कच्छ); i before one consonant and a silent e read ai (Miles /
 *       माइल्स, Rice / राइस).</li>
 * </ul>
 * Not thread-safe (it keeps a {@link Romaniser}): one per thread.
 */
public final class CrossScriptReadings {

    /** Readings kept per word at most: the rules apply to few letters of any one word. */
    static final int MAX_READINGS = 32;
    /** Medial schwas whose keeping or deletion is tried one by one (2^3 spellings at most). */
    static final int MAX_SCHWA_CHOICES = 3;

    private static final String[] COMPOUND_PARTS = {"नगर", "पुरा", "पुर", "आबाद", "बाद", "गढ़", "गढ", "गंज", "गांव", "गाँव"};

    private final Romaniser romaniser = new Romaniser();

    /** The keys of a word (lower case; Devanagari or Latin), in order of the readings; never empty for a word with letters. */
    public List<String> keys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        for (String reading : readings(word)) {
            String key = PhoneticKey.of(reading);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return new ArrayList<>(keys);
    }

    /** The readings of a word; see the class comment. */
    public List<String> readings(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (hasDevanagari(word)) {
            devanagari(word, out);
        } else {
            latin(word, out);
        }
        List<String> list = new ArrayList<>(out);
        return list.size() > MAX_READINGS ? list.subList(0, MAX_READINGS) : list;
    }

    private void devanagari(String word, Set<String> out) {
        String w = HindiNormalizer.nfc(word);
        romaniseAll(w, out);
        for (String part : COMPOUND_PARTS) {
            if (w.endsWith(part) && w.length() >= part.length() + 2) {
                String stem = w.substring(0, w.length() - part.length());
                String partReading = part.startsWith("गा") && (part.endsWith("ंव") || part.endsWith("ँव")) ? "gaon" : schwaDeleted(part);
                out.add(schwaDeleted(stem) + partReading);
                out.add(full(stem) + partReading);
                break;
            }
        }
        if (w.length() >= 4 && (w.endsWith("ांव") || w.endsWith("ाँव"))) {
            out.add(schwaDeleted(w.substring(0, w.length() - 3)) + "aon");
        }
        String flapped = flaps(w, true), stops = flaps(w, false);
        if (!flapped.equals(w)) {
            romaniseAll(flapped, out);
        }
        if (!stops.equals(w)) {
            romaniseAll(stops, out);
        }
    }

    private void romaniseAll(String w, Set<String> out) {
        StringBuilder with = new StringBuilder(), without = new StringBuilder();
        romaniser.romanise(w, with, without);
        out.add(with.toString());
        out.add(without.toString());
        StringBuilder relaxed = new StringBuilder(), finalSchwa = new StringBuilder();
        romaniser.romaniseVariants(w, relaxed, finalSchwa);
        out.add(relaxed.toString());
        List<String> choices = new ArrayList<>();
        romaniser.romaniseSchwaChoices(w, choices, MAX_SCHWA_CHOICES);
        out.addAll(choices);
        if (finalSchwa.length() == without.length() + 1 && finalSchwa.indexOf(without.toString()) == 0) {
            out.add(finalSchwa.toString()); // only a final a added: not सिंह "sinha", which is Sinha
        }
    }

    private String schwaDeleted(String w) {
        StringBuilder with = new StringBuilder();
        romaniser.romanise(w, with, null);
        return with.toString();
    }

    private String full(String w) {
        StringBuilder without = new StringBuilder();
        romaniser.romanise(w, null, without);
        return without.toString();
    }

    /**
     * The word with ड ढ read as flaps (toR: ड ढ between vowels, or after a vowel at the end, get the
     * nukta) or with ड़ ढ़ read as stops (the nukta removed).
     */
    static String flaps(String w, boolean toR) {
        StringBuilder s = new StringBuilder(w.length() + 2);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : '\0';
            if (!toR) {
                if (c == '\u095C') { s.append('ड'); continue; }
                if (c == '\u095D') { s.append('ढ'); continue; }
                if ((c == 'ड' || c == 'ढ') && next == '\u093C') { s.append(c); i++; continue; }
                s.append(c);
                continue;
            }
            s.append(c);
            if ((c == 'ड' || c == 'ढ') && next != '\u093C' && next != '\u094D' && i > 0 && afterVowel(w, i)) {
                s.append('\u093C');
            }
        }
        return s.toString();
    }

    private static boolean afterVowel(String w, int i) {
        char prev = w.charAt(i - 1);
        if (prev == '\u094D' || prev == '\u0902' || prev == '\u0901') {
            return false; // a conjunct or a nasal before it: a stop (पंडित, खड्ड)
        }
        return true; // a consonant with its schwa, a vowel sign or an independent vowel
    }

    private static void latin(String word, Set<String> out) {
        String w = word;
        out.add(w);
        List<String> variants = new ArrayList<>();
        variants.add(w);
        for (int rule = 0; rule < 13; rule++) {
            List<String> next = new ArrayList<>(variants);
            for (String v : variants) {
                String changed = latinRule(rule, v);
                if (changed != null && !next.contains(changed)) {
                    next.add(changed);
                }
            }
            variants = next.size() > MAX_READINGS ? next.subList(0, MAX_READINGS) : next;
        }
        out.addAll(variants);
    }

    /** Latin rule number {@code rule} applied to {@code w}, or null where it does not apply. */
    static String latinRule(int rule, String w) {
        int n = w.length();
        switch (rule) {
            case 0: { // qu + vowel → kv
                int i = w.indexOf("qu");
                return i >= 0 && i + 2 < n && isVowel(w.charAt(i + 2)) ? w.substring(0, i) + "kv" + w.substring(i + 2) : null;
            }
            case 1: { // u before two consonants → a
                StringBuilder s = new StringBuilder(w);
                boolean changed = false;
                for (int i = 0; i + 2 < n; i++) {
                    if (w.charAt(i) == 'u' && isConsonant(w.charAt(i + 1)) && isConsonant(w.charAt(i + 2))
                            && (i == 0 || w.charAt(i - 1) != 'q')) {
                        s.setCharAt(i, 'a');
                        changed = true;
                    }
                }
                return changed ? s.toString() : null;
            }
            case 2: // final -on after a consonant → -an
                return n >= 4 && w.endsWith("on") && isConsonant(w.charAt(n - 3)) ? w.substring(0, n - 2) + "an" : null;
            case 3: { // silent final e
                if (n >= 4 && w.charAt(n - 1) == 'e' && isConsonant(w.charAt(n - 2))) {
                    for (int i = 0; i < n - 2; i++) {
                        if (isVowel(w.charAt(i)) || w.charAt(i) == 'y') {
                            return w.substring(0, n - 1);
                        }
                    }
                }
                return null;
            }
            case 4: { // soft g
                for (int i = 0; i + 1 < n; i++) {
                    char next = w.charAt(i + 1);
                    if (w.charAt(i) == 'g' && (next == 'e' || next == 'i') && (i == 0 || w.charAt(i - 1) != 'g')) {
                        return w.substring(0, i) + "j" + w.substring(i + 1);
                    }
                }
                return null;
            }
            case 5: // first e → i
                return n >= 3 && w.charAt(0) == 'e' ? "i" + w.substring(1) : null;
            case 6: { // y between consonants → ai
                for (int i = 1; i + 1 < n; i++) {
                    if (w.charAt(i) == 'y' && isConsonant(w.charAt(i - 1)) && isConsonant(w.charAt(i + 1))) {
                        return w.substring(0, i) + "ai" + w.substring(i + 1);
                    }
                }
                return null;
            }
            case 7: { // an a that English writes before r and a consonant, where Hindi has a cluster
                for (int i = 2; i + 2 < n; i++) {
                    if (w.charAt(i) == 'a' && w.charAt(i + 1) == 'r' && isConsonant(w.charAt(i - 1))
                            && isConsonant(w.charAt(i + 2)) && w.charAt(i - 1) != 'h') {
                        return w.substring(0, i) + w.substring(i + 1);
                    }
                }
                return null;
            }
            case 8: { // e before one consonant and a vowel, or before h, also read i (Tehri / टिहरी, Rewa / रीवा)
                StringBuilder s = new StringBuilder(w);
                boolean changed = false;
                for (int i = 0; i + 2 < n; i++) {
                    char next = w.charAt(i + 1);
                    boolean open = isConsonant(next) && next != 'h' && isVowel(w.charAt(i + 2));
                    if (w.charAt(i) == 'e' && (open || next == 'h') && (i == 0 || w.charAt(i - 1) != 'e')) {
                        s.setCharAt(i, 'i');
                        changed = true;
                    }
                }
                return changed ? s.toString() : null;
            }
            case 9: { // eo before a consonant and a final ao read ev, av: व after a vowel (Deoghar / देवघर, Unnao / उन्नाव)
                int i = w.indexOf("eo");
                if (i > 0 && i + 2 < n && isConsonant(w.charAt(i + 2))) {
                    return w.substring(0, i) + "ev" + w.substring(i + 2);
                }
                return n >= 4 && w.endsWith("ao") ? w.substring(0, n - 1) + "v" : null;
            }
            case 10: // a final h after a vowel is silent (Etah / एटा, Etawah / इटावा)
                return n >= 4 && w.charAt(n - 1) == 'h' && isVowel(w.charAt(n - 2)) ? w.substring(0, n - 1) : null;
            case 11: { // tch is च or छ (Kutch / कच्छ)
                int i = w.indexOf("tch");
                return i > 0 ? w.substring(0, i) + "ch" + w.substring(i + 3) : null;
            }
            case 12: { // i, one consonant, a silent e (and s): the i is ai (Miles / माइल्स, Rice / राइस)
                int end = w.endsWith("es") ? n - 2 : w.endsWith("e") ? n - 1 : -1;
                if (end >= 3 && w.charAt(end - 2) == 'i' && isConsonant(w.charAt(end - 1)) && isConsonant(w.charAt(end - 3))) {
                    char c = w.charAt(end - 1) == 'c' ? 's' : w.charAt(end - 1);
                    return w.substring(0, end - 2) + "ai" + c + w.substring(end + 1);
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'y';
    }

    public static boolean hasDevanagari(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                return true;
            }
        }
        return false;
    }
}
