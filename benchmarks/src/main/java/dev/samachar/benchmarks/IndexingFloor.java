package dev.samachar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.samachar.analysis.WordTokenizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The least work any indexer of these pages does per article, whatever it enriches: read the file, decode it,
 * pass over its words once, and write a JSON document of its text. Measured per step in CPU time of one thread,
 * after a warm-up, so the figures compare with the harness's marginal CPU per article: if this floor alone is a
 * large share of the node's cost, a ratio target below it cannot be met by any enrichment.
 *
 * <p>Usage: {@code IndexingFloor <corpus dir> [passes]}; prints µs per article for each step.
 */
final class IndexingFloor {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final JsonFactory JSON = new JsonFactory();

    private IndexingFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: IndexingFloor <corpus dir> [passes]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long sink = 0;
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            for (Step step : Step.values()) {
                sink += run(step, files);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%,d files in %s, %d passes after a warm-up; CPU µs per article:%n",
                files.size(),
                args[0],
                passes);
        for (Step step : Step.values()) {
            long best = Long.MAX_VALUE;
            for (int p = 0; p < passes; p++) {
                long start = THREADS.getCurrentThreadCpuTime();
                sink += run(step, files);
                best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
            }
            System.out.printf(Locale.ROOT, "  %-55s %8.1f%n", step.description, best / 1000.0 / files.size());
        }
        System.out.println("(checksum " + sink + ")");
    }

    enum Step {
        READ("read and decode (UTF-8)"),
        READ_LUCENE("read, decode, Lucene StandardTokenizer once"),
        READ_WORDS("read, decode, Samachar's WordTokenizer once"),
        READ_WORDS_JSON("read, decode, WordTokenizer once, write the text as JSON");

        final String description;

        Step(String description) {
            this.description = description;
        }
    }

    private static long run(Step step, List<Path> files) throws IOException {
        long sink = 0;
        StandardTokenizer lucene = new StandardTokenizer();
        CharTermAttribute term = lucene.addAttribute(CharTermAttribute.class);
        ByteArrayOutputStream json = new ByteArrayOutputStream(1 << 16);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            sink += text.length();
            switch (step) {
                case READ -> {}
                case READ_LUCENE -> {
                    lucene.setReader(new StringReader(text));
                    lucene.reset();
                    while (lucene.incrementToken()) {
                        sink += term.length();
                    }
                    lucene.end();
                    lucene.close();
                }
                case READ_WORDS -> sink += WordTokenizer.tokenize(text).size();
                case READ_WORDS_JSON -> {
                    sink += WordTokenizer.tokenize(text).size();
                    json.reset();
                    try (JsonGenerator g = JSON.createGenerator(json)) {
                        g.writeStartObject();
                        g.writeStringField("file", file.toString());
                        g.writeStringField("body", text);
                        g.writeEndObject();
                    }
                    sink += json.size();
                }
            }
        }
        return sink;
    }
}
