package dev.samachar.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.lucene.ExonymFilter;
import dev.samachar.analysis.lucene.LooseLatinFilter;
import dev.samachar.analysis.lucene.NameKeyFilter;
import dev.samachar.analysis.lucene.RomanisationFilter;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import dev.samachar.analysis.lucene.SamePositionDuplicateFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Where the analysis time of the full template goes, without Elasticsearch: every title and body of
 * the generated corpus run through each of Samachar's analysers and through {@code standard}, in
 * one JVM, rounds interleaved; then each text through the four analysers in a row, the way
 * Elasticsearch inverts a document's sub-fields (which lets them share one tokenisation). A quiet, quick signal for work on one chain; the figure that counts
 * is {@link AnalysisCostBenchmark}'s, on the node.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.samachar.benchmarks.AnalyzerChainCost [--articles N] [--rounds R]
 * [--template-only]} (the last skips the analysers one by one, for profiling).
 */
public final class AnalyzerChainCost {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** CPU time of this thread, not wall time: the machine it runs on is often busy with other work. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int articles = 5_000;
        int rounds = 5;
        boolean templateOnly = false;
        Path words = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--words" -> words = Path.of(args[i + 1]);
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--template-only" -> {
                    templateOnly = true;
                    i--;
                }
                default -> {
                    System.err.println(
                            "usage: AnalyzerChainCost [--articles N | --words FILE] [--rounds R] [--template-only]");
                    System.exit(2);
                }
            }
        }
        List<String> texts = words != null ? wordTexts(words) : texts(BulkBodies.generate(articles, 1_000));
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        analyzers.put("standard", new StandardAnalyzer(CharArraySet.EMPTY_SET));
        analyzers.put("samachar_exact", SamacharAnalyzers.exact());
        analyzers.put("samachar_hindi", SamacharAnalyzers.hindi());
        analyzers.put("samachar_loose", SamacharAnalyzers.loose());
        analyzers.put("samachar_key", SamacharAnalyzers.key());
        // The chains the loose and key analysers ran before their per-word caches, for comparison.
        analyzers.put(
                "loose, uncached",
                uncached(s -> new SamePositionDuplicateFilter(new ExonymFilter(
                        new LooseLatinFilter(new RomanisationFilter(s, RomanisationFilter.Forms.BOTH)),
                        Exonyms.defaults()))));
        analyzers.put(
                "key, uncached",
                uncached(s ->
                        new NameKeyFilter(new RomanisationFilter(s, RomanisationFilter.Forms.WITHOUT_SCHWA_DELETION))));
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        Map<String, Long> tokens = new LinkedHashMap<>();
        List<Analyzer> template = List.copyOf(analyzers.values()).subList(1, 5);
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
                if (templateOnly && !e.getKey().equals("standard")) {
                    continue; // for profiling the template alone
                }
                long start = CPU.getCurrentThreadCpuTime();
                long count = 0;
                for (String text : texts) {
                    count += consume(e.getValue(), text);
                }
                record(nanos, tokens, round, e.getKey(), CPU.getCurrentThreadCpuTime() - start, count);
            }
            // As Elasticsearch inverts a document: each text through the four sub-field analysers in a row.
            long start = CPU.getCurrentThreadCpuTime();
            long count = 0;
            for (String text : texts) {
                for (Analyzer a : template) {
                    count += consume(a, text);
                }
            }
            record(nanos, tokens, round, "template, by text", CPU.getCurrentThreadCpuTime() - start, count);
        }
        long standard = best(nanos.get("standard"));
        System.out.printf(
                Locale.ROOT,
                "%d texts (%s, %,d distinct lower-cased words), best of %d rounds%n",
                texts.size(),
                words != null
                        ? "400 words each of " + words
                        : String.format(Locale.ROOT, "titles and bodies of %,d articles", articles),
                distinctWords(texts),
                rounds);
        System.out.printf(Locale.ROOT, "%-18s %10s %12s %10s%n", "analyzer", "best CPU ms", "tokens", "x standard");
        for (String name : nanos.keySet()) {
            long best = best(nanos.get(name));
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %10.1f %,12d %10.2f%n",
                    name,
                    best / 1e6,
                    tokens.get(name),
                    (double) best / standard);
        }
    }

    private static void record(
            Map<String, List<Long>> nanos, Map<String, Long> tokens, int round, String name, long took, long count) {
        if (round > 0) { // round 0 warms up
            nanos.computeIfAbsent(name, k -> new ArrayList<>()).add(took);
        }
        tokens.put(name, count);
    }

    /**
     * Texts of 400 words each from a word list, one word a line ("word/FLAGS" as in a hunspell .dic
     * also works), in its order: with more distinct words than a {@code TermCache} holds, nearly
     * every lookup misses, the worst case for the cached filters.
     */
    private static List<String> wordTexts(Path file) throws IOException {
        List<String> all = Files.readAllLines(file).stream()
                .map(line -> line.split("/", 2)[0].trim())
                .filter(w -> !w.isEmpty() && !w.chars().allMatch(Character::isDigit))
                .toList();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 400) {
            texts.add(String.join(" ", all.subList(i, Math.min(all.size(), i + 400))));
        }
        return texts;
    }

    private static Analyzer uncached(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new LowerCaseFilter(source)));
            }
        };
    }

    /** How many distinct words the per-word caches of the loose and key filters see. */
    private static int distinctWords(List<String> texts) throws IOException {
        Set<String> words = new HashSet<>();
        try (Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
            for (String text : texts) {
                try (TokenStream stream = standard.tokenStream("body", text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        words.add(term.toString());
                    }
                    stream.end();
                }
            }
        }
        return words.size();
    }

    private static long best(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static int consume(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            int n = 0;
            while (stream.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            stream.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The titles and bodies in the bulk bodies' documents. */
    static List<String> texts(BulkBodies corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        for (byte[] body : corpus.bodies()) {
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                JsonNode doc = JSON.readTree(line);
                if (doc.has("title")) {
                    texts.add(doc.path("title").asText());
                    texts.add(doc.path("body").asText());
                }
            }
        }
        return texts;
    }
}
