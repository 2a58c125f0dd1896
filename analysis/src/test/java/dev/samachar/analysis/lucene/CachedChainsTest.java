package dev.samachar.analysis.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.IOUtils;

/**
 * The loose and key analysers do each field's work in one cached filter ({@link LooseFormsFilter},
 * {@link RomanisedKeyFilter}); they must give exactly the tokens (terms, positions, offsets, types)
 * of the uncached computation (loose) or the step-by-step chain they replace (key), for every word,
 * whether computed or found in the cache, and after the cache empties itself.
 */
public class CachedChainsTest extends BaseTokenStreamTestCase {

    private Analyzer loose;
    private Analyzer key;
    /** The loose filter with no cache: every word's forms computed afresh. */
    private Analyzer looseStepByStep;

    private Analyzer keyStepByStep;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        loose = SamacharAnalyzers.loose();
        key = SamacharAnalyzers.key();
        looseStepByStep = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                return new TokenStreamComponents(source, new UncachedLooseFormsFilter(source));
            }
        };
        keyStepByStep = chain(
                s -> new NameKeyFilter(new RomanisationFilter(s, RomanisationFilter.Forms.WITHOUT_SCHWA_DELETION)));
    }

    @Override
    public void tearDown() throws Exception {
        IOUtils.close(loose, key, looseStepByStep, keyStepByStep);
        super.tearDown();
    }

    public void testTableWordsGiveTheStepByStepTokens() throws IOException {
        // Every word of the romanisation table and of the exonym table, twice: computed, then cached.
        String text = resource("/dev/samachar/analysis/romanisation.tsv") + "\n"
                + resource("/dev/samachar/analysis/exonyms.tsv");
        assertSame(text + "\n" + text);
    }

    public void testRandomWordsGiveTheStepByStepTokens() throws IOException {
        Random random = random();
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Repeats are what the cache is for: a third of the words occurred before.
                words.add(
                        !words.isEmpty() && random.nextInt(3) == 0
                                ? words.get(random.nextInt(words.size()))
                                : word(random));
                text.append(words.get(words.size() - 1)).append(random.nextInt(8) == 0 ? ". " : " ");
            }
            assertSame(text.toString());
        }
    }

    public void testTheCacheEmptyingItselfChangesNothing() throws IOException {
        Random random = random();
        StringBuilder text = new StringBuilder();
        Set<String> distinct = new HashSet<>();
        while (distinct.size() < TermCache.CAPACITY + 500) {
            String w = word(random);
            distinct.add(w.toLowerCase(java.util.Locale.ROOT));
            text.append(w).append(' ');
        }
        String once = text.toString();
        assertSame(once + once);
    }

    /** Computed and then reused, the cached analysers give the step-by-step tokens. */
    private void assertSame(String text) throws IOException {
        ReferenceTokens expectedLoose = ReferenceTokens.of(looseStepByStep.tokenStream("f", text));
        assertTrue("the text has words: " + expectedLoose.size(), expectedLoose.size() > 10);
        ReferenceTokens expectedKey = ReferenceTokens.of(keyStepByStep.tokenStream("f", text));
        for (int use = 0; use < 2; use++) {
            expectedLoose.assertGivenBy(loose.tokenStream("f", text));
            expectedKey.assertGivenBy(key.tokenStream("f", text));
        }
    }

    /** A word of Devanagari (any char of the block, joiners included), Latin with accents, digits or a mix. */
    private static String word(Random random) {
        String latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçñøß'’";
        StringBuilder w = new StringBuilder();
        int length = 1 + random.nextInt(9);
        int script = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            int kind = script == 3 ? random.nextInt(3) : script;
            switch (kind) {
                case 0 -> {
                    int r = random.nextInt(20);
                    // Mostly letters and signs; now and then a joiner, nukta, virama or digit.
                    char c = r == 0
                            ? (random.nextBoolean() ? '\u200D' : '\u200C')
                            : r == 1 ? '\u093C' : r == 2 ? '\u094D' : (char) (0x0900 + random.nextInt(0x80));
                    w.append(c);
                }
                case 1 -> w.append(latin.charAt(random.nextInt(latin.length())));
                default -> w.append((char) ('0' + random.nextInt(10)));
            }
        }
        return w.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CachedChainsTest.class.getResourceAsStream(name)) {
            assertNotNull("on the test class path: " + name, in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Analyzer chain(java.util.function.UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new LowerCaseFilter(source)));
            }
        };
    }
}
