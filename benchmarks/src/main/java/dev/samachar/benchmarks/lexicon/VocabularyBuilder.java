package dev.samachar.benchmarks.lexicon;

import dev.samachar.analysis.HindiNormalizer;
import dev.samachar.analysis.WordTokenizer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the two word lists of {@code dev.samachar.analysis.Vocabulary} from Debian's lexicon
 * packages, unpacked with {@code dpkg-deb -x} into one folder (scripts/build-vocabulary does that).
 *
 * <p><b>Hindi</b>, from {@code apertium-hin}'s compiled analyser {@code hin.automorf.att.gz}
 * (AT&amp;T text: {@code from to input output [weight]} per arc, {@code state [weight]} per final
 * state, {@code --} between transducers; input symbols are surface chars, output symbols lemma
 * chars and tags such as {@code <np>}). Every path of an acyclic transducer is one analysis of the
 * surface form it spells, so walking them all lists every inflected form with all its analyses,
 * exactly what the analyser would answer. A cyclic transducer is skipped: in apertium-hin it is
 * the section of numerals and punctuation written as regular expressions, no words. A form counts
 * only if it is one whole token for {@link WordTokenizer} with a Devanagari letter in it:
 * multi-word entries ("ऊपर-नीचे होना") and forms with stray ASCII (" क्रमश:" with a colon) can
 * never be a token. Forms are grouped by their {@link HindiNormalizer} key, and a key is ordinary
 * iff none of its analyses is a proper noun ({@code <np>}) and some analysis is neither a proper
 * noun nor the own (lemma) form of a noun or adjective. So सिंह (surname and lion) is a name;
 * विजय, दीक्षित, यादव, गुप्ता, whose every analysis is a noun's or adjective's own form, may be
 * surnames and are not ordinary either; but पर (postposition, and "feather"), कर (verb form, and
 * "tax"), करना (infinitive) and every inflected form (सिंहों, करने) are ordinary.
 *
 * <p><b>English</b>, from {@code wamerican} and {@code wbritish} ({@code /usr/share/dict}): the
 * union of both lists. A possessive entry loses its {@code 's} (it only repeats its base).
 * Letters with diacritics are folded to ASCII (Bogotá → bogota, café → cafe; Vocabulary folds its
 * input the same way); an entry that still has anything but ASCII letters (I'd, Hallowe'en) is
 * dropped, as no single token can spell it. An entry with a capital letter is a proper noun, kept
 * only as a flag on the lowercase entry it shares a key with (China on china); proper nouns with
 * no lowercase twin (Lucknow) need no line, since a word outside the lowercase list is never
 * ordinary.
 *
 * <p>Output, UTF-8, one key per line, sorted (String order), gzipped:
 * {@code vocabulary-hi.txt.gz} has the ordinary Hindi keys; {@code vocabulary-en.txt.gz} has the
 * lowercase English keys, each followed by {@code TAB P} when the lists also have it capitalised.
 * The gzip header carries no time or name, so the same lists give the same bytes.
 */
public final class VocabularyBuilder {

    public static final String HINDI_FILE = "vocabulary-hi.txt.gz";
    public static final String ENGLISH_FILE = "vocabulary-en.txt.gz";
    public static final String HINDI_NAMES_FILE = "vocabulary-hi-names.txt.gz";
    /** Written beside the synonym miner, its only reader, not into analysis/. */
    public static final String HINDI_ADJECTIVES_FILE = "hindi-adjectives.txt.gz";

    static final Path HUNSPELL_HI = Path.of("usr", "share", "hunspell", "hi_IN.dic");

    static final Path AUTOMORF = Path.of("usr", "share", "apertium", "apertium-hin", "hin.automorf.att.gz");
    static final List<Path> ENGLISH_LISTS = List.of(
            Path.of("usr", "share", "dict", "american-english"), Path.of("usr", "share", "dict", "british-english"));

    private static final String EPSILON = "ε";

    private VocabularyBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: VocabularyBuilder <folder with the unpacked packages> <output folder>"
                    + " <output folder of the adjective list>");
            System.exit(2);
        }
        Path packages = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path adjectivesOut = Path.of(args[2]);
        Hindi hindi = hindi(packages.resolve(AUTOMORF));
        English english = english(ENGLISH_LISTS.stream().map(packages::resolve).toList());
        List<String> names = knownNames(hindi, packages.resolve(HUNSPELL_HI));
        write(hindi, english, names, out, adjectivesOut);
        System.out.printf(
                "Hindi words known to a dictionary that may be names (apertium-hin, hunspell-hi): %,d%n", names.size());
        System.out.println(hindi.summary());
        System.out.println(english.summary());
        System.out.printf(
                "wrote %s (%,d bytes) and %s (%,d bytes) in %s, %s (%,d bytes) in %s%n",
                HINDI_FILE,
                Files.size(out.resolve(HINDI_FILE)),
                ENGLISH_FILE,
                Files.size(out.resolve(ENGLISH_FILE)),
                out,
                HINDI_ADJECTIVES_FILE,
                Files.size(adjectivesOut.resolve(HINDI_ADJECTIVES_FILE)),
                adjectivesOut);
    }

    /** Builds every list from {@code packages} and writes them into {@code out}. */
    public static void build(Path packages, Path out) throws IOException {
        Hindi hindi = hindi(packages.resolve(AUTOMORF));
        write(
                hindi,
                english(ENGLISH_LISTS.stream().map(packages::resolve).toList()),
                knownNames(hindi, packages.resolve(HUNSPELL_HI)),
                out,
                out);
    }

    /**
     * The Hindi keys a dictionary knows that are not ordinary: apertium-hin's names and noun lemmas,
     * and every hunspell-hi headword that is not an ordinary apertium form. Two such words are
     * both Hindi words of record, so the loose field never lets one find the other (their
     * spellings differ on purpose: अंडा egg, अंधा blind); only a spelling no dictionary knows
     * (a foreign name as one paper spells it) meets the others through its loose terms.
     */
    static List<String> knownNames(Hindi hindi, Path hunspellDic) throws IOException {
        Set<String> ordinary = new HashSet<>(hindi.ordinary());
        TreeSet<String> names = new TreeSet<>(hindi.names());
        for (String line : Files.readAllLines(hunspellDic, StandardCharsets.UTF_8)) {
            String word = line.strip();
            int slash = word.indexOf('/');
            if (slash >= 0) {
                word = word.substring(0, slash);
            }
            if (word.isEmpty() || !isOneDevanagariToken(word)) {
                continue;
            }
            String key = HindiNormalizer.normalize(word);
            if (!ordinary.contains(key)) {
                names.add(key);
            }
        }
        return List.copyOf(names);
    }

    private static void write(Hindi hindi, English english, List<String> names, Path out, Path adjectivesOut)
            throws IOException {
        Files.createDirectories(out);
        Files.createDirectories(adjectivesOut);
        Files.write(adjectivesOut.resolve(HINDI_ADJECTIVES_FILE), gzipLines(hindi.adjectives()));
        Files.write(out.resolve(HINDI_NAMES_FILE), gzipLines(names));
        Files.write(out.resolve(HINDI_FILE), gzipLines(hindi.ordinary()));
        Files.write(out.resolve(ENGLISH_FILE), gzipLines(english.lines()));
    }

    // ---------------------------------------------------------------- Hindi

    /**
     * The Hindi result with its counts: single-token surface forms as apertium spells them, and
     * their normalised keys split into ordinary, name only (every analysis may be a name: {@code np}
     * or a noun or adjective lemma) and mixed (some analyses may be a name, some not); and the keys that
     * are an adjective's own form and never a proper noun (दैनिक "daily"; not कमल, which apertium also
     * has as a proper noun), which the synonym miner does not take for names without usage that says so.
     */
    public record Hindi(
            List<String> ordinary,
            List<String> names,
            List<String> adjectives,
            int surfaceForms,
            int analyses,
            int keys,
            int properOnly,
            int ambiguous,
            int skippedForms,
            int skippedTransducers) {

        String summary() {
            return String.format(
                    "Hindi (apertium-hin): %,d analyses of %,d single-token surface forms (%,d other forms skipped,"
                            + " %d cyclic transducer(s) skipped) → %,d keys: %,d ordinary, %,d that may be a name"
                            + " (%,d name only, %,d mixed)",
                    analyses,
                    surfaceForms,
                    skippedForms,
                    skippedTransducers,
                    keys,
                    ordinary.size(),
                    properOnly + ambiguous,
                    properOnly,
                    ambiguous);
        }
    }

    public static Hindi hindi(Path automorfAttGz) throws IOException {
        Map<String, Integer> formKinds = new HashMap<>(); // surface form → PLAIN | PROPER of its analyses
        int[] analyses = {0};
        int skippedTransducers = 0;
        for (Transducer t : readAtt(automorfAttGz)) {
            if (t.hasCycle()) {
                skippedTransducers++;
                continue;
            }
            t.walk((surface, kind) -> {
                analyses[0]++;
                formKinds.merge(surface, kind, (a, b) -> a | b);
            });
        }
        if (formKinds.size() < 10_000) {
            throw new IllegalStateException("only " + formKinds.size() + " surface forms in " + automorfAttGz
                    + "; has the analyser become cyclic?");
        }
        Map<String, Integer> keyKinds = new HashMap<>();
        int surfaceForms = 0;
        int skipped = 0;
        for (Map.Entry<String, Integer> e : formKinds.entrySet()) {
            if (isOneDevanagariToken(e.getKey())) {
                surfaceForms++;
                keyKinds.merge(HindiNormalizer.normalize(e.getKey()), e.getValue(), (a, b) -> a | b);
            } else {
                skipped++;
            }
        }
        List<String> ordinary = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        int properOnly = 0;
        int ambiguous = 0;
        for (Map.Entry<String, Integer> e : keyKinds.entrySet()) {
            int kinds = e.getValue();
            if ((kinds & ADJECTIVE) != 0 && (kinds & PROPER) == 0) {
                adjectives.add(e.getKey());
            }
            if ((kinds & PROPER) == 0 && (kinds & PLAIN) != 0) {
                ordinary.add(e.getKey());
                continue;
            }
            names.add(e.getKey());
            if ((kinds & PLAIN) == 0) {
                properOnly++;
            } else {
                ambiguous++;
            }
        }
        ordinary.sort(null);
        names.sort(null);
        adjectives.sort(null);
        return new Hindi(
                List.copyOf(ordinary),
                List.copyOf(names),
                List.copyOf(adjectives),
                surfaceForms,
                analyses[0],
                keyKinds.size(),
                properOnly,
                ambiguous,
                skipped,
                skippedTransducers);
    }

    /**
     * Kinds of analysis, as bits: a word form, a noun's or adjective's own form, a proper noun, and with
     * {@link #LEMMA} an adjective's own form.
     */
    static final int PLAIN = 1;

    static final int LEMMA = 2;
    static final int PROPER = 4;
    static final int ADJECTIVE = 8;

    /** Whether {@code form} is exactly one token for the tokenizer and has a Devanagari letter. */
    static boolean isOneDevanagariToken(String form) {
        List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(form);
        if (tokens.size() != 1 || tokens.get(0).start() != 0 || tokens.get(0).end() != form.length()) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI) {
                return true;
            }
        }
        return false;
    }

    interface PathSink {
        /** @param kind {@link #PLAIN}, {@link #LEMMA} (with {@link #ADJECTIVE} for an adjective) or {@link #PROPER} */
        void accept(String surface, int kind);
    }

    /** One transducer of an AT&amp;T file, arcs as parallel arrays per source state. */
    static final class Transducer {
        final int[][] targets;
        final String[][] inputs;
        final boolean[][] properTags;
        final String[][] outputs;
        final boolean[] finals;

        Transducer(
                int states,
                List<int[]> arcs,
                List<String> arcInputs,
                List<String> arcOutputs,
                List<Integer> finalStates) {
            int[] count = new int[states];
            for (int[] a : arcs) {
                count[a[0]]++;
            }
            targets = new int[states][];
            inputs = new String[states][];
            properTags = new boolean[states][];
            outputs = new String[states][];
            for (int s = 0; s < states; s++) {
                targets[s] = new int[count[s]];
                inputs[s] = new String[count[s]];
                properTags[s] = new boolean[count[s]];
                outputs[s] = new String[count[s]];
            }
            int[] fill = new int[states];
            for (int i = 0; i < arcs.size(); i++) {
                int from = arcs.get(i)[0];
                int k = fill[from]++;
                targets[from][k] = arcs.get(i)[1];
                inputs[from][k] = arcInputs.get(i);
                properTags[from][k] = arcOutputs.get(i).equals("<np>");
                outputs[from][k] = arcOutputs.get(i);
            }
            finals = new boolean[states];
            for (int f : finalStates) {
                finals[f] = true;
            }
        }

        boolean hasCycle() {
            byte[] colour = new byte[targets.length]; // 0 unseen, 1 on the stack, 2 done
            ArrayDeque<int[]> stack = new ArrayDeque<>(); // {state, next arc}
            colour[0] = 1;
            stack.push(new int[] {0, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                if (top[1] == targets[top[0]].length) {
                    colour[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int next = targets[top[0]][top[1]++];
                if (colour[next] == 1) {
                    return true;
                }
                if (colour[next] == 0) {
                    colour[next] = 1;
                    stack.push(new int[] {next, 0});
                }
            }
            return false;
        }

        /**
         * Every path from state 0 to a final state: its input string and whether it may be a name: it
         * passed an {@code <np>} tag, or it is the lemma itself of a noun or an adjective (विजय, आनंद,
         * दीक्षित are nouns and adjectives and given names or surnames; their inflected forms, and verbs,
         * postpositions, pronouns, adverbs and the like, are not names).
         */
        void walk(PathSink sink) {
            walk(0, new StringBuilder(), new StringBuilder(), false, sink);
        }

        private void walk(int state, StringBuilder surface, StringBuilder output, boolean proper, PathSink sink) {
            if (finals[state]) {
                sink.accept(surface.toString(), proper ? PROPER : lemmaKind(surface, output));
            }
            for (int k = 0; k < targets[state].length; k++) {
                int length = surface.length();
                int outLength = output.length();
                surface.append(inputs[state][k]);
                output.append(outputs[state][k]);
                walk(targets[state][k], surface, output, proper || properTags[state][k], sink);
                surface.setLength(length);
                output.setLength(outLength);
            }
        }

        /** {@link #LEMMA} for a noun's own form, {@code LEMMA | ADJECTIVE} for an adjective's, else {@link #PLAIN}. */
        private static int lemmaKind(CharSequence surface, CharSequence output) {
            String out = output.toString();
            int tag = out.indexOf('<');
            if (tag < 0 || !out.substring(0, tag).contentEquals(surface)) {
                return PLAIN;
            }
            if (out.startsWith("<n>", tag)) {
                return LEMMA;
            }
            return out.startsWith("<adj>", tag) ? LEMMA | ADJECTIVE : PLAIN;
        }
    }

    static List<Transducer> readAtt(Path attGz) throws IOException {
        List<Transducer> result = new ArrayList<>();
        List<int[]> arcs = new ArrayList<>();
        List<String> ins = new ArrayList<>();
        List<String> outs = new ArrayList<>();
        List<Integer> finals = new ArrayList<>();
        int[] maxState = {0};
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(attGz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals("--")) {
                    result.add(new Transducer(maxState[0] + 1, arcs, ins, outs, finals));
                    arcs = new ArrayList<>();
                    ins = new ArrayList<>();
                    outs = new ArrayList<>();
                    finals = new ArrayList<>();
                    maxState[0] = 0;
                    continue;
                }
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length >= 4) {
                    int from = Integer.parseInt(f[0]);
                    int to = Integer.parseInt(f[1]);
                    arcs.add(new int[] {from, to});
                    ins.add(symbol(f[2]));
                    outs.add(symbol(f[3]));
                    maxState[0] = Math.max(maxState[0], Math.max(from, to));
                } else {
                    int state = Integer.parseInt(f[0]);
                    finals.add(state);
                    maxState[0] = Math.max(maxState[0], state);
                }
            }
        }
        if (!arcs.isEmpty() || !finals.isEmpty()) {
            result.add(new Transducer(maxState[0] + 1, arcs, ins, outs, finals));
        }
        return result;
    }

    /** An AT&amp;T symbol as text: the empty string for epsilon, spaces and tabs spelt out by lt-print. */
    private static String symbol(String s) {
        return switch (s) {
            case EPSILON, "@0@", "@_EPSILON_SYMBOL_@" -> "";
            case "@_SPACE_@" -> " ";
            case "@_TAB_@" -> "\t";
            default -> s;
        };
    }

    // ---------------------------------------------------------------- English

    /** The lowercase keys (with their proper flag) and counts. */
    public record English(TreeMap<String, Boolean> lowercase, int entries, int properKeys, int dropped) {

        List<String> lines() {
            List<String> lines = new ArrayList<>(lowercase.size());
            lowercase.forEach((key, proper) -> lines.add(proper ? key + "\tP" : key));
            return lines;
        }

        String summary() {
            long both = lowercase.values().stream().filter(b -> b).count();
            return String.format(
                    "English (wamerican + wbritish): %,d entries → %,d lowercase keys, %,d proper keys"
                            + " (%,d of them also lowercase, flagged P), %,d entries dropped (not ASCII letters after folding)",
                    entries, lowercase.size(), properKeys, both, dropped);
        }
    }

    public static English english(List<Path> lists) throws IOException {
        TreeSet<String> lower = new TreeSet<>();
        TreeSet<String> proper = new TreeSet<>();
        int entries = 0;
        int dropped = 0;
        for (Path list : lists) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String word = line.strip();
                if (word.isEmpty()) {
                    continue;
                }
                entries++;
                if (word.endsWith("'s") || word.endsWith("’s")) {
                    word = word.substring(0, word.length() - 2);
                }
                String folded = foldToAscii(word);
                if (folded == null) {
                    dropped++;
                    continue;
                }
                String key = folded.toLowerCase(Locale.ROOT);
                (key.equals(folded) ? lower : proper).add(key);
            }
        }
        TreeMap<String, Boolean> lowercase = new TreeMap<>();
        for (String key : lower) {
            lowercase.put(key, proper.contains(key));
        }
        return new English(lowercase, entries, proper.size(), dropped);
    }

    /** {@code word} with its diacritics removed, or null unless that leaves ASCII letters only. */
    static String foldToAscii(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
            b.append(c);
        }
        return b.isEmpty() ? null : b.toString();
    }

    // ---------------------------------------------------------------- output

    /** The lines, each ended by a newline, UTF-8, gzipped with a constant header. */
    static byte[] gzipLines(List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            for (String line : lines) {
                gz.write(line.getBytes(StandardCharsets.UTF_8));
                gz.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The text inside a gzip file, for comparing lists whatever zlib compressed them. */
    public static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
