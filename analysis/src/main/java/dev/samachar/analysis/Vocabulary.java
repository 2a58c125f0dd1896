package dev.samachar.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Says whether a token is an ordinary word of its language, so that cross-script name matching
 * never lets a vocabulary word (करने, पता, "saying", "seen") match a name.
 *
 * <p><b>Hindi</b>: a token is ordinary iff the Hindi morphological lexicon knows it and none of its
 * analyses may be a name. An analysis may be a name if it is a proper noun (केरल, भारत; सिंह,
 * which is a surname as well as "lion"), or if the form is the lemma itself of a noun or an
 * adjective: the lexicon has few proper nouns and lists many given names and surnames only as
 * nouns or adjectives (विजय "victory", दीक्षित, यादव), so पता and संघ are not ordinary either,
 * while inflected forms (संघों, लोगों), verbs (करने, करना), adverbs (जहां), pronouns and
 * postpositions are. A form the lexicon does not know (वुहान) is not ordinary, so unknown ordinary
 * words pass as possible names. The list holds every such form of the lexicon, keyed by
 * {@link HindiNormalizer#normalize}, which is applied to the token too, so any nukta, candrabindu
 * or nasal-cluster spelling meets its entry (जहाँ = जहां, ज़रीए = जरीए); a key is ordinary only if
 * every form with that key is.
 *
 * <p><b>English</b>: {@code isOrdinaryEnglish(w, capitalised)} is
 * {@code lowercase.contains(w) && !(capitalised && proper.contains(w))}, where {@code lowercase}
 * holds the word-list entries written in lower case and {@code proper} those written with a
 * capital. So "seen" is ordinary however it is written (the lists have no "Seen"), "china" in
 * lower case is ordinary but "China" capitalised is not, and Lucknow, in the lists only
 * capitalised, is never ordinary. Keys are ASCII: the lookup lower-cases the word and removes
 * diacritics (café = cafe); a word with other non-ASCII letters is not ordinary. Possessive
 * entries count as their base; entries with an apostrophe inside (I'd) cannot be one token and
 * are left out.
 *
 * <p><b>Sources</b>, read by {@code dev.samachar.benchmarks.lexicon.VocabularyBuilder} (run
 * scripts/build-vocabulary to regenerate the lists):
 * <ul>
 *   <li>Hindi: Debian {@code apertium-hin} 0.1.0~r59158-4, the Apertium Hindi analyser
 *       (hin.automorf), © 2013-2014 Francis M. Tyers, Kevin Brubeck Unhammer, Raveesh Motlani,
 *       Sudarsh Rathi; GNU GPL version 3. All paths of the compiled analyser are listed.</li>
 *   <li>English: Debian {@code wamerican} and {@code wbritish} 2020.12.07-2, from SCOWL,
 *       © 2000-2011 Kevin Atkinson and others; "Permission to use, copy, modify, distribute and
 *       sell these word lists, the associated scripts, the output created from the scripts, and
 *       its documentation for any purpose is hereby granted without fee, provided that the above
 *       copyright notice appears in all copies and that both that copyright notice and this
 *       permission notice appear in supporting documentation." (full notice:
 *       /usr/share/doc/wamerican/copyright).</li>
 * </ul>
 *
 * <p>Resources, UTF-8, gzipped, one sorted key per line: {@value #HINDI_RESOURCE} lists the
 * ordinary Hindi keys; {@value #ENGLISH_RESOURCE} lists the lowercase English keys, a line
 * {@code key TAB P} marking a key the lists also have capitalised.
 *
 * <p>Keys are stored one byte per char (ASCII as is, U+0900–U+097F as 0x80 + offset) in one array,
 * found through an open-addressing hash table: about 2.5 MB for both languages, no per-word
 * objects. Immutable and thread-safe.
 */
public final class Vocabulary {

    public static final String HINDI_RESOURCE = "dev/samachar/analysis/vocabulary-hi.txt.gz";
    public static final String ENGLISH_RESOURCE = "dev/samachar/analysis/vocabulary-en.txt.gz";
    public static final String HINDI_NAMES_RESOURCE = "dev/samachar/analysis/vocabulary-hi-names.txt.gz";

    private static final Vocabulary EMPTY = new Vocabulary(KeySet.EMPTY, KeySet.EMPTY, KeySet.EMPTY);

    private final KeySet hindi;
    /** Flagged keys also have a capitalised (proper noun) entry. */
    private final KeySet english;
    /** Hindi words a dictionary knows that are not ordinary: names, noun lemmas, hunspell-hi headwords. */
    private final KeySet hindiNames;

    private Vocabulary(KeySet hindi, KeySet english, KeySet hindiNames) {
        this.hindi = hindi;
        this.english = english;
        this.hindiNames = hindiNames;
    }

    /** The lists bundled in this jar, read on first use. */
    public static Vocabulary defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final Vocabulary INSTANCE = loadDefaults();
    }

    /** Knows no word: every token may be a name. */
    public static Vocabulary empty() {
        return EMPTY;
    }

    private static Vocabulary loadDefaults() {
        try {
            return load(resource(HINDI_RESOURCE), resource(ENGLISH_RESOURCE), resource(HINDI_NAMES_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary lists", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary list missing from the classpath: " + name
                        + " (scripts/build-vocabulary writes it)");
            }
            return in.readAllBytes();
        }
    }

    /** Builds a vocabulary from the gzipped lists, in the format of the bundled resources. */
    public static Vocabulary load(byte[] hindiGz, byte[] englishGz) throws IOException {
        return new Vocabulary(KeySet.parse(gunzip(hindiGz)), KeySet.parse(gunzip(englishGz)), KeySet.EMPTY);
    }

    /** As {@link #load(byte[], byte[])}, with the list of Hindi words of record that may be names. */
    public static Vocabulary load(byte[] hindiGz, byte[] englishGz, byte[] hindiNamesGz) throws IOException {
        return new Vocabulary(
                KeySet.parse(gunzip(hindiGz)), KeySet.parse(gunzip(englishGz)), KeySet.parse(gunzip(hindiNamesGz)));
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /**
     * Whether {@code word}, a Devanagari token as the tokenizer gives it, is an ordinary Hindi
     * word: known to the lexicon and never a proper noun. Normalised here, so any spelling works.
     */
    public boolean isOrdinaryHindi(CharSequence word) {
        return indexOf(hindi, word) >= 0;
    }

    /**
     * Whether a Hindi dictionary (apertium-hin, hunspell-hi) knows {@code word} at all, as an
     * ordinary word or as a name. A spelling no dictionary knows is a foreign name as one paper
     * spells it, and the loose field lets it meet other Hindi spellings of the same name.
     */
    public boolean isKnownHindi(CharSequence word) {
        return indexOf(hindi, word) >= 0 || indexOf(hindiNames, word) >= 0;
    }

    private static int indexOf(KeySet keys, CharSequence word) {
        int len = word.length();
        if (len == 0 || keys.size() == 0) {
            return -1;
        }
        char[] buf = new char[len];
        for (int i = 0; i < len; i++) {
            buf[i] = word.charAt(i);
        }
        if (HindiNormalizer.isNfc(buf, len)) {
            len = HindiNormalizer.normalizeNfc(buf, len);
        } else {
            buf = HindiNormalizer.normalize(word).toCharArray();
            len = buf.length;
        }
        return keys.indexOf(buf, len);
    }

    /**
     * Whether {@code lowerWord} is an ordinary English word, given whether the text wrote it with
     * a capital: in the lowercase list, and not also a proper noun when capitalised. The word is
     * lower-cased and stripped of diacritics here as well.
     */
    public boolean isOrdinaryEnglish(CharSequence lowerWord, boolean capitalisedInText) {
        if (english.size() == 0) {
            return false;
        }
        char[] key = englishKey(lowerWord);
        if (key == null) {
            return false;
        }
        int i = english.indexOf(key, key.length);
        return i >= 0 && !(capitalisedInText && english.flagged(i));
    }

    /** Lower-case ASCII letters, or null when the word has anything else after removing diacritics. */
    private static char[] englishKey(CharSequence word) {
        int len = word.length();
        char[] key = new char[len];
        for (int i = 0; i < len; i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key[i] = c;
            } else if (c >= 'A' && c <= 'Z') {
                key[i] = (char) (c + ('a' - 'A'));
            } else if (c < 0x80) {
                return null;
            } else {
                return foldedKey(word);
            }
        }
        return key;
    }

    private static char[] foldedKey(CharSequence word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c < 'a' || c > 'z') {
                return null;
            }
            b.append(c);
        }
        char[] key = new char[b.length()];
        b.getChars(0, key.length, key, 0);
        return key;
    }

    /** How many ordinary Hindi keys (normalised forms) the vocabulary has. */
    public int hindiSize() {
        return hindi.size();
    }

    /** How many lowercase English keys the vocabulary has. */
    public int englishSize() {
        return english.size();
    }

    /**
     * Immutable set of short strings over ASCII and Devanagari: all keys in one byte array, one
     * byte per char, and an open-addressing table of key numbers. Built straight from the UTF-8
     * bytes of a list, without a String per line: that keeps the first load, which runs mostly
     * in the interpreter, short.
     */
    private static final class KeySet {

        static final KeySet EMPTY = parse(new byte[0]);

        private final byte[] bytes;
        /** Key i is bytes[ends[i - 1] .. ends[i]), with ends[-1] = 0. */
        private final int[] ends;
        /** Key number + 1 per slot, 0 for an empty slot; the length is a power of two. */
        private final int[] slots;

        private final int mask;
        /** Bit i set: the line of key i had a TAB and a field after the key. */
        private final long[] flags;

        private KeySet(byte[] bytes, int[] ends, int[] slots, long[] flags) {
            this.bytes = bytes;
            this.ends = ends;
            this.slots = slots;
            this.mask = slots.length - 1;
            this.flags = flags;
        }

        /**
         * Reads one key per line from UTF-8 {@code text}; a TAB ends the key and flags it. Keys
         * may hold ASCII and U+0900–U+097F only.
         */
        static KeySet parse(byte[] text) {
            int lines = 0;
            for (byte b : text) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (text.length > 0 && text[text.length - 1] != '\n') {
                lines++;
            }
            byte[] bytes = new byte[text.length];
            int[] ends = new int[lines];
            long[] flags = new long[(lines + 63) >>> 6];
            int capacity = Integer.highestOneBit(Math.max(2, lines * 2 - 1)) << 1; // load ≤ 1/2
            int[] slots = new int[capacity];
            int mask = capacity - 1;
            int n = 0;
            int pos = 0;
            int hash = 0;
            int keyStart = 0;
            boolean inFlag = false;
            for (int i = 0; i <= text.length; i++) {
                int b = i < text.length ? text[i] & 0xFF : '\n';
                if (b == '\n') {
                    if (pos > keyStart) {
                        ends[n] = pos;
                        int slot = mix(hash) & mask;
                        while (slots[slot] != 0) {
                            slot = (slot + 1) & mask;
                        }
                        slots[slot] = ++n;
                    }
                    keyStart = pos;
                    hash = 0;
                    inFlag = false;
                    continue;
                }
                if (inFlag) {
                    continue;
                }
                if (b == '\t') {
                    if (pos > keyStart) {
                        flags[n >>> 6] |= 1L << n;
                    }
                    inFlag = true;
                    continue;
                }
                if (b >= 0x80) {
                    // U+0900..U+093F is E0 A4 80..BF, U+0940..U+097F is E0 A5 80..BF.
                    int b1 = i + 2 < text.length ? text[i + 1] & 0xFF : 0;
                    int b2 = i + 2 < text.length ? text[i + 2] & 0xFF : 0;
                    if (b != 0xE0 || (b1 != 0xA4 && b1 != 0xA5) || (b2 & 0xC0) != 0x80) {
                        throw new IllegalArgumentException(
                                "vocabulary list with a char outside ASCII and Devanagari at byte " + i);
                    }
                    b = (b1 == 0xA4 ? 0x80 : 0xC0) + (b2 & 0x3F);
                    i += 2;
                }
                bytes[pos++] = (byte) b;
                hash = 31 * hash + b;
            }
            return new KeySet(Arrays.copyOf(bytes, pos), Arrays.copyOf(ends, n), slots, flags);
        }

        /** The byte for {@code c}, or -1 if no key can contain it. */
        private static int encode(char c) {
            if (c < 0x80) {
                return c;
            }
            return c >= 0x0900 && c < 0x0980 ? c - 0x0900 + 0x80 : -1;
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        int size() {
            return ends.length;
        }

        boolean flagged(int key) {
            return (flags[key >>> 6] & 1L << key) != 0;
        }

        /** The number of the key spelt by {@code chars[0..len)}, or -1; encodes {@code chars} in place. */
        int indexOf(char[] chars, int len) {
            int hash = 0;
            for (int j = 0; j < len; j++) {
                int b = encode(chars[j]);
                if (b < 0) {
                    return -1;
                }
                chars[j] = (char) b;
                hash = 31 * hash + b;
            }
            for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
                int key = slots[slot] - 1;
                if (key < 0) {
                    return -1;
                }
                int start = key == 0 ? 0 : ends[key - 1];
                if (ends[key] - start == len && sameBytes(start, chars, len)) {
                    return key;
                }
            }
        }

        private boolean sameBytes(int start, char[] encoded, int len) {
            for (int j = 0; j < len; j++) {
                if ((bytes[start + j] & 0xFF) != encoded[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
