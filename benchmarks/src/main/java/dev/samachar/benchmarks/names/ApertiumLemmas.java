package dev.samachar.benchmarks.names;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The lemmas of Hindi word forms from the morphological analyser of the Debian package
 * apertium-hin ({@code hin.automorf.att.gz}), walked here without the Apertium tools. The file is
 * in AT&T text format: one or more transducers separated by {@code --}, each a list of arcs
 * {@code source target input output [weight]} and final states {@code state [weight]}, start state
 * 0; {@code ε} (or {@code @0@}) is the empty symbol. Input symbols are the surface characters, the
 * outputs spell the lemma followed by tags ({@code देश<n><m><sg>…}). A form's lemmas are the
 * outputs, up to the first tag, of all paths that consume exactly the form and end in a final
 * state, in any of the transducers. Symbols are put in NFC, as the words are (a precomposed ज़ of
 * the file then matches ज + nukta).
 */
public final class ApertiumLemmas {

    public static final Path AUTOMORF = Path.of("usr", "share", "apertium", "apertium-hin", "hin.automorf.att.gz");

    /** Steps of the walk for one word before it gives up (guards against epsilon loops). */
    private static final int MAX_STEPS = 200_000;

    private static final int MAX_EPSILONS = 64;

    private record Arc(int target, String input, String output) {}

    private static final class Transducer {
        final Map<Integer, List<Arc>> arcs = new HashMap<>();
        final Set<Integer> finals = new HashSet<>();
    }

    private final List<Transducer> transducers;

    private ApertiumLemmas(List<Transducer> transducers) {
        this.transducers = transducers;
    }

    /** Reads the gzipped analyser of an unpacked apertium-hin ({@link #AUTOMORF} under root). */
    public static ApertiumLemmas read(Path root) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve(AUTOMORF)))) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    public static ApertiumLemmas parse(Reader reader) throws IOException {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        List<Transducer> transducers = new ArrayList<>();
        Transducer current = new Transducer();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.strip().equals("--")) {
                transducers.add(current);
                current = new Transducer();
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 4 && !f[2].isEmpty()) {
                int source = Integer.parseInt(f[0].strip());
                int target = Integer.parseInt(f[1].strip());
                current.arcs
                        .computeIfAbsent(source, s -> new ArrayList<>())
                        .add(new Arc(target, symbol(f[2], nfc), symbol(f[3], nfc)));
            } else if (!line.isBlank()) {
                current.finals.add(Integer.parseInt(f[0].strip()));
            }
        }
        transducers.add(current);
        return new ApertiumLemmas(transducers);
    }

    private static String symbol(String s, Normalizer2 nfc) {
        return switch (s) {
            case "ε", "@0@", "@_EPSILON_SYMBOL_@" -> "";
            case "@_SPACE_@" -> " ";
            case "@_TAB_@" -> "\t";
            default -> nfc.normalize(s);
        };
    }

    /** The lemmas of a word form (NFC), sorted; empty when the analyser does not know it. */
    public Set<String> lemmas(String form) {
        Set<String> lemmas = new TreeSet<>();
        for (Transducer t : transducers) {
            int[] steps = {0};
            walk(t, 0, form, 0, new StringBuilder(), 0, lemmas, steps);
        }
        return lemmas;
    }

    private static void walk(
            Transducer t,
            int state,
            String form,
            int pos,
            StringBuilder out,
            int epsilons,
            Set<String> lemmas,
            int[] steps) {
        if (++steps[0] > MAX_STEPS) {
            return;
        }
        if (pos == form.length() && t.finals.contains(state)) {
            String analysis = out.toString();
            int tag = analysis.indexOf('<');
            String lemma = (tag < 0 ? analysis : analysis.substring(0, tag)).strip();
            if (!lemma.isEmpty()) {
                lemmas.add(lemma);
            }
        }
        List<Arc> arcs = t.arcs.get(state);
        if (arcs == null) {
            return;
        }
        for (Arc arc : arcs) {
            boolean epsilon = arc.input().isEmpty();
            if (epsilon ? epsilons >= MAX_EPSILONS : !form.startsWith(arc.input(), pos)) {
                continue;
            }
            int length = out.length();
            out.append(arc.output());
            walk(t, arc.target(), form, pos + arc.input().length(), out, epsilon ? epsilons + 1 : 0, lemmas, steps);
            out.setLength(length);
        }
    }
}
