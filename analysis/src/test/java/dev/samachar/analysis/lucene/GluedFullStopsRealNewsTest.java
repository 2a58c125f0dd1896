package dev.samachar.analysis.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The analysers' tokens against hand judgments of every full stop between two letters in the
 * real news of ../shared/realnews-dev (skipped when it is absent), before (Lucene's standard
 * tokenizer) and after the glued-full-stop split, and the dotted tokens (numbers, abbreviations,
 * addresses) of the whole corpus that the split cuts. Prints the figures: {@code mvn -B -pl analysis
 * test -Dtest=GluedFullStopsRealNewsTest}.
 */
class GluedFullStopsRealNewsTest {

    /** A full stop between two letters, found without the rule under test. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<=[\\p{L}\\p{M}])\\.(?=\\p{L})");

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private record Site(String page, int offset) implements Comparable<Site> {
        @Override
        public int compareTo(Site o) {
            int c = page.compareTo(o.page);
            return c != 0 ? c : Integer.compare(offset, o.offset);
        }
    }

    private record Span(int start, int end) {}

    @Test
    void glueIsSplitAndDottedWordsStayWhole() throws IOException {
        Path corpus = Path.of("..")
                .toAbsolutePath()
                .normalize()
                .resolveSibling("shared")
                .resolve("realnews-dev");
        Assumptions.assumeTrue(
                Files.isRegularFile(corpus.resolve("truth.jsonl")), "skipped: no realnews-dev at " + corpus);
        Map<Site, String> judged = judgments();

        Map<String, int[]> byLabel = new TreeMap<>(); // label -> {sites, split before, split after}
        Map<String, int[]> dotted = new TreeMap<>(); // shape -> {tokens, split after}
        Map<String, Set<String>> gluedPages = new TreeMap<>();
        Map<String, Integer> pages = new TreeMap<>();
        Set<Site> unjudged = new TreeSet<>();
        Set<Site> found = new TreeSet<>();
        try (Analyzer exact = SamacharAnalyzers.exact()) {
            for (Path file : pages(corpus)) {
                String page = corpus.relativize(file).toString().replace('\\', '/');
                String paper = paper(page);
                pages.merge(paper, 1, Integer::sum);
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                List<Span> before = standard(text);
                List<Span> after = spans(exact.tokenStream("body", text));
                Matcher m = CANDIDATE.matcher(text);
                while (m.find()) {
                    Site site = new Site(page, m.start());
                    String label = judged.get(site);
                    if (label == null) {
                        unjudged.add(site);
                        continue;
                    }
                    found.add(site);
                    int[] counts = byLabel.computeIfAbsent(label, k -> new int[3]);
                    counts[0]++;
                    counts[1] += splitAt(before, m.start()) ? 1 : 0;
                    counts[2] += splitAt(after, m.start()) ? 1 : 0;
                    if (label.equals("sentence")) {
                        gluedPages.computeIfAbsent(paper, k -> new TreeSet<>()).add(page);
                    }
                }
                for (Span t : before) {
                    String term = text.substring(t.start(), t.end());
                    if (term.indexOf('.') >= 0) {
                        int[] counts = dotted.computeIfAbsent(shape(term, page, t.start(), judged), k -> new int[2]);
                        counts[0]++;
                        counts[1] += after.stream().anyMatch(a -> a.start() == t.start() && a.end() == t.end()) ? 0 : 1;
                    }
                }
            }
        }

        System.out.println("Full stops between two letters in " + corpus + ", hand-judged:");
        System.out.printf(Locale.ROOT, "  %-9s %6s %13s %12s%n", "judged", "sites", "split before", "split after");
        byLabel.forEach(
                (label, c) -> System.out.printf(Locale.ROOT, "  %-9s %6d %13d %12d%n", label, c[0], c[1], c[2]));
        System.out.println("Pages with a glued sentence: "
                + pages.keySet().stream()
                        .map(p -> p + " " + gluedPages.getOrDefault(p, Set.of()).size() + " of " + pages.get(p))
                        .toList());
        System.out.println("Tokens of the standard tokenizer with a full stop inside, whole corpus:");
        System.out.printf(Locale.ROOT, "  %-30s %7s %12s%n", "shape", "tokens", "split after");
        dotted.forEach((shape, c) -> System.out.printf(Locale.ROOT, "  %-30s %7d %12d%n", shape, c[0], c[1]));

        assertEquals(Set.of(), unjudged, "full stops between letters without a judgment (add them to the judgments)");
        assertEquals(judged.keySet(), found, "judged sites that the pages no longer have");
        int[] sentence = byLabel.get("sentence");
        int[] word = byLabel.getOrDefault("word", new int[3]);
        int[] keep = byLabel.get("keep");
        int wanted = sentence[0] + word[0];
        int rightSplits = sentence[2] + word[2];
        double recall = (double) rightSplits / wanted;
        double precision = (double) rightSplits / (rightSplits + keep[2]);
        System.out.printf(Locale.ROOT, "Split recall %.3f, precision %.3f%n", recall, precision);
        assertTrue(recall >= 0.95, "recall " + recall);
        assertTrue(precision >= 0.95, "precision " + precision);
        assertEquals(0, dotted.getOrDefault("number", new int[2])[1], "numbers split");
    }

    private static Map<Site, String> judgments() throws IOException {
        Map<Site, String> judged = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                GluedFullStopsRealNewsTest.class.getResourceAsStream("/realnews-glued-stops.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                judged.put(new Site(cells[0], Integer.parseInt(cells[1])), cells[2]);
            }
        }
        return judged;
    }

    private static List<Path> pages(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String source : List.of("en_bbc", "hi_covid")) {
            try (Stream<Path> list = Files.list(corpus.resolve(source))) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** en_bbc, or the Hindi paper (AU, PK) of a hi_covid page. */
    private static String paper(String page) {
        int slash = page.indexOf('/');
        String source = page.substring(0, slash);
        return source.equals("hi_covid") ? source + "/" + page.substring(slash + 1, slash + 3) : source;
    }

    private static List<Span> standard(String text) throws IOException {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new java.io.StringReader(text));
        return spans(new LowerCaseFilter(tokenizer));
    }

    /** Where each token of {@code stream} sits in the text. */
    private static List<Span> spans(TokenStream stream) throws IOException {
        List<Span> spans = new ArrayList<>();
        try (stream) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                spans.add(new Span(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return spans;
    }

    /** No token runs across the full stop at {@code offset}. */
    private static boolean splitAt(List<Span> tokens, int offset) {
        return tokens.stream().noneMatch(t -> t.start() < offset && t.end() > offset);
    }

    /**
     * What a dotted token of the standard tokenizer is: a number, a word with a glued full stop in
     * it (judged sentence or word), or a word that should stay whole (judged keep): an abbreviation
     * or initials (every part one Latin letter or at most two Devanagari letters), an address
     * (a lower-case Latin last part: bbc.co.uk, Amazon.com) or another name (Bagle.AT).
     */
    private static String shape(String term, String page, int start, Map<Site, String> judged) {
        if (DIGIT.matcher(term).find()) {
            return "number";
        }
        for (int i = term.indexOf('.'); i >= 0; i = term.indexOf('.', i + 1)) {
            String label = judged.get(new Site(page, start + i));
            if (label == null) {
                return "other (a stop before a sign)";
            }
            if (!label.equals("keep")) {
                return "glued (sentence/word)";
            }
        }
        boolean latin = term.codePoints().allMatch(c -> c < 0x250);
        int maxLetters = latin ? 1 : 2;
        String[] parts = term.split("\\.");
        if (Stream.of(parts)
                .allMatch(part -> part.codePoints().filter(Character::isLetter).count() <= maxLetters)) {
            return "keep: abbreviation";
        }
        String last = parts[parts.length - 1];
        return latin && last.equals(last.toLowerCase(java.util.Locale.ROOT)) ? "keep: address" : "keep: other name";
    }
}
