package dev.samachar.benchmarks;

import com.ibm.icu.text.Transliterator;
import dev.samachar.analysis.Romaniser;
import dev.samachar.analysis.lucene.RomanisationFilter;
import dev.samachar.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Romanising Devanagari tokens: Samachar's {@link Romaniser} against ICU's Devanagari-Latin
 * transliterator, the off-the-shelf alternative, and our {@link RomanisationFilter} inside a Lucene
 * token stream (what Elasticsearch runs at index time). All three see the same {@value #TOKENS}
 * running Devanagari tokens of generated Hindi news text ({@code CorpusGenerator(42)}), so the
 * frequent short words and the rarer long names come in their natural proportion.
 *
 * <p>Each invocation handles every token; {@link OperationsPerInvocation} turns the score into
 * tokens per second. The romaniser computes both spellings (with and without schwa deletion) per
 * token, ICU one; the filter emits the second spelling as a stacked token where they differ.
 *
 * <p>Settings suit a 2-core machine; override them on the JMH command line (-f, -wi, -i, -r).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RomaniserBenchmark {

    static final int TOKENS = 2_000;

    private String[] tokens;
    private String text;
    private Romaniser romaniser;
    private Transliterator icu;
    private Analyzer filterChain;

    @Setup
    public void setUp() throws IOException {
        tokens = devanagariTokens(TOKENS).toArray(String[]::new);
        text = String.join(" ", tokens);
        romaniser = new Romaniser();
        // Building a transliterator compiles its rules (milliseconds): done once, as any real user would.
        icu = Transliterator.getInstance("Devanagari-Latin");
        // Whitespace tokenizer: the text is the tokens joined by spaces, so the stream yields exactly the
        // same tokens at the least tokenizing cost, leaving the filter's own cost plus the TokenStream overhead.
        filterChain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new RomanisationFilter(source, RomanisationFilter.Forms.BOTH));
            }
        };
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void samacharRomaniser(Blackhole bh) {
        for (String token : tokens) {
            bh.consume(romaniser.romanise(token));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void icuTransliterator(Blackhole bh) {
        for (String token : tokens) {
            bh.consume(icu.transliterate(token));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void samacharFilterTokenStream(Blackhole bh) throws IOException {
        try (TokenStream stream = filterChain.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                bh.consume(term.length());
            }
            stream.end();
        }
    }

    /**
     * The first {@code count} Devanagari words, in text order, of the corpus {@code CorpusGenerator(42)}
     * writes (it only writes files, so this writes 100 articles to a temporary folder and deletes it).
     * Words are cut by Lucene's StandardTokenizer, as in the index; numbers and Latin words are skipped.
     */
    static List<String> devanagariTokens(int count) throws IOException {
        Path dir = Files.createTempDirectory("samachar-romaniser-bench");
        try {
            List<String> words = new ArrayList<>(count);
            for (Path file : new CorpusGenerator(42).write(dir, 100)) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                try (Tokenizer tokenizer = new StandardTokenizer()) {
                    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
                    tokenizer.setReader(new StringReader(page));
                    tokenizer.reset();
                    while (tokenizer.incrementToken() && words.size() < count) {
                        if (isDevanagariWord(term)) {
                            words.add(term.toString());
                        }
                    }
                    tokenizer.end();
                }
                if (words.size() == count) {
                    return words;
                }
            }
            throw new IllegalStateException("the corpus gave only " + words.size() + " Devanagari words");
        } finally {
            Folders.deleteRecursively(dir);
        }
    }

    private static boolean isDevanagariWord(CharSequence token) {
        if (!Character.isLetter(token.charAt(0))) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean devanagari = c >= '\u0900' && c <= '\u097F';
            if (!devanagari && c != '\u200C' && c != '\u200D') {
                return false;
            }
        }
        return true;
    }
}
