package dev.samachar.benchmarks.names;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A second "same lemma" oracle for Hindi word forms, from the inflection paradigms of apertium-hin's
 * source dictionary ({@code apertium-hin.hin.dix}, in the same Debian package as the analyser that
 * {@link ApertiumLemmas} walks). The analyser knows only the words the dictionary lists, and its
 * commonest noun paradigms have no oblique plural; the paradigms themselves say which endings make
 * the forms of one noun or adjective, whatever the word.
 *
 * <p>The rule: the noun and adjective paradigms are the {@code <pardef>}s whose name ends in
 * {@code __n_m}, {@code __n_f}, {@code __n} or {@code __adj} (not {@code __np}, verbs or the rest).
 * A paradigm's suffixes are the surface sides of its entries, relative to the stem: the text of
 * {@code <l>} (or {@code <i>}) of each {@code <e>}, analysis-only ({@code r="LR"}) and
 * generation-only ({@code r="RL"}) entries included, a nested {@code <par>} expanded; entries
 * with a regular expression or a blank are left out. Suffixes are put in NFC and then the
 * {@link SpellingVariants#key} (so ियाँ also matches ियां), and a paradigm with fewer than 2
 * distinct suffixes (e.g. {@code गलत__adj}, all of whose forms are the stem) is dropped. Two
 * different words w1, w2 are forms of one stem in one paradigm P when there are a stem s of at
 * least {@link #MIN_STEM} characters and suffixes x ≠ y of P with key(w1) = s + x and key(w2) =
 * s + y (देश/देशों through {@code थ__n_m}, लड़का/लड़के through {@code ध/ा__n_m}). The stem need not be
 * a word the dictionary lists, nor the paradigm the one it gives the word.
 *
 * <p>Each word gets the set of its readings (paradigm, stem) ({@link #readings}); two different
 * words are the same lemma by this rule exactly when their readings intersect. {@link HunspellMerges}
 * applies the rule only where the analyser does not know both words: two words it knows with
 * different lemmas stay different (महीन "fine" / महीनों "months" fit {@code थ__n_m} all the same).
 */
public final class ApertiumParadigms {

    public static final Path DIX = Path.of("usr", "share", "apertium", "apertium-hin", "apertium-hin.hin.dix");

    /** The shortest stem, in characters (of the spelling-variant key). */
    public static final int MIN_STEM = 2;

    /** The name endings of the paradigms used: nouns and adjectives. */
    static final List<String> KINDS = List.of("__n_m", "__n_f", "__n", "__adj");

    private static final char SEPARATOR = '\t';

    /** A noun or adjective paradigm and its distinct suffixes (NFC, spelling-variant keys, sorted). */
    public record Paradigm(String name, List<String> suffixes) {}

    /** What one reading of a word says: the word is {@code stem + suffix} in the paradigm. */
    public record Reading(String paradigm, String stem) {}

    private final List<Paradigm> paradigms;
    private final int skipped;

    private ApertiumParadigms(List<Paradigm> paradigms, int skipped) {
        this.paradigms = paradigms;
        this.skipped = skipped;
    }

    /** Reads the source dictionary of an unpacked apertium-hin ({@link #DIX} under root). */
    public static ApertiumParadigms read(Path root) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(DIX))) {
            XMLInputFactory factory = factory();
            return parse(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse " + root.resolve(DIX) + ": " + e.getMessage(), e);
        }
    }

    public static ApertiumParadigms parse(Reader reader) throws IOException {
        try {
            return parse(factory().createXMLStreamReader(reader));
        } catch (XMLStreamException e) {
            throw new IOException("cannot parse the dictionary: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** One entry of a pardef: its parts, in order, each a literal surface string or a paradigm reference. */
    private record Part(String text, String paradigm) {}

    private static ApertiumParadigms parse(XMLStreamReader xml) throws XMLStreamException {
        Map<String, List<List<Part>>> pardefs = new LinkedHashMap<>();
        String pardef = null;
        List<Part> entry = null;
        boolean usable = false;
        StringBuilder text = null; // inside <l> or <i>
        int depthInR = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "pardef" -> {
                        pardef = xml.getAttributeValue(null, "n");
                        pardefs.putIfAbsent(pardef, new ArrayList<>());
                    }
                    case "e" -> {
                        if (pardef != null) {
                            entry = new ArrayList<>();
                            usable = true;
                        }
                    }
                    case "l", "i" -> {
                        if (entry != null) {
                            text = new StringBuilder();
                        }
                    }
                    case "r" -> depthInR++;
                    case "section" -> {
                        return build(pardefs); // the paradigms come before the sections
                    }
                    case "par" -> {
                        if (entry != null) {
                            entry.add(new Part(null, xml.getAttributeValue(null, "n")));
                        }
                    }
                    case "re", "b", "g", "j" -> {
                        if (entry != null && depthInR == 0) {
                            usable = false; // a regular expression, a blank or a multiword: not a suffix
                        }
                    }
                    default -> {}
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text != null && depthInR == 0) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "pardef" -> pardef = null;
                    case "e" -> {
                        if (entry != null && usable) {
                            pardefs.get(pardef).add(entry);
                        }
                        entry = null;
                    }
                    case "l", "i" -> {
                        if (text != null) {
                            entry.add(new Part(text.toString().strip(), null));
                            text = null;
                        }
                    }
                    case "r" -> depthInR--;
                    default -> {}
                }
            }
        }
        return build(pardefs);
    }

    private static ApertiumParadigms build(Map<String, List<List<Part>>> pardefs) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        List<Paradigm> paradigms = new ArrayList<>();
        int skipped = 0;
        for (String name : pardefs.keySet()) {
            if (!isNounOrAdjective(name)) {
                continue;
            }
            Set<String> suffixes = new TreeSet<>();
            for (String s : surfaces(name, pardefs, new HashSet<>())) {
                suffixes.add(SpellingVariants.key(nfc.normalize(s)));
            }
            if (suffixes.size() < 2) {
                skipped++;
                continue;
            }
            paradigms.add(new Paradigm(nfc.normalize(name), List.copyOf(suffixes)));
        }
        return new ApertiumParadigms(List.copyOf(paradigms), skipped);
    }

    static boolean isNounOrAdjective(String name) {
        return KINDS.stream().anyMatch(name::endsWith);
    }

    /** All surface strings a pardef spells, nested pardefs expanded (a cycle spells nothing more). */
    private static Set<String> surfaces(String name, Map<String, List<List<Part>>> pardefs, Set<String> open) {
        Set<String> out = new LinkedHashSet<>();
        List<List<Part>> entries = pardefs.get(name);
        if (entries == null || !open.add(name)) {
            return out;
        }
        for (List<Part> entry : entries) {
            Set<String> prefixes = new LinkedHashSet<>(List.of(""));
            for (Part part : entry) {
                Set<String> next = new LinkedHashSet<>();
                Set<String> tails =
                        part.paradigm() == null ? Set.of(part.text()) : surfaces(part.paradigm(), pardefs, open);
                for (String p : prefixes) {
                    for (String t : tails) {
                        next.add(p + t);
                    }
                }
                prefixes = next;
            }
            out.addAll(prefixes);
        }
        open.remove(name);
        return out;
    }

    /** The noun and adjective paradigms with at least 2 distinct suffixes, in dictionary order. */
    public List<Paradigm> paradigms() {
        return paradigms;
    }

    /** Noun and adjective paradigms dropped for having fewer than 2 distinct suffixes. */
    public int skipped() {
        return skipped;
    }

    /**
     * The readings of a word (NFC) as {@code paradigm + '\t' + stem} strings, stem a spelling-variant
     * key of at least {@link #MIN_STEM} characters: two different words are forms of one stem in one
     * paradigm exactly when these sets intersect.
     */
    public Set<String> readings(String word) {
        String key = SpellingVariants.key(word);
        Set<String> out = new LinkedHashSet<>();
        for (Paradigm p : paradigms) {
            for (String suffix : p.suffixes()) {
                int stem = key.length() - suffix.length();
                if (stem >= MIN_STEM && key.endsWith(suffix)) {
                    out.add(p.name() + SEPARATOR + key.substring(0, stem));
                }
            }
        }
        return out;
    }

    /** A reading of {@link #readings} split into paradigm and stem. */
    public static Reading reading(String id) {
        int tab = id.indexOf(SEPARATOR);
        return new Reading(id.substring(0, tab), id.substring(tab + 1));
    }

    /** Whether two different words are forms of one stem in one paradigm. */
    public boolean sameLemma(String a, String b) {
        if (SpellingVariants.key(a).equals(SpellingVariants.key(b))) {
            return false; // one word (or spellings of one): not two forms
        }
        Set<String> ra = readings(a);
        for (String r : readings(b)) {
            if (ra.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
