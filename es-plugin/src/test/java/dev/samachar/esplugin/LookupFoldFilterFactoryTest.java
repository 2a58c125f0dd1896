package dev.samachar.esplugin;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.elasticsearch.plugin.analysis.AnalysisMode;

public class LookupFoldFilterFactoryTest extends BaseTokenStreamTestCase {

    private static final String A = "<ALPHANUM>";

    private final LookupFoldFilterFactory factory = new LookupFoldFilterFactory();

    public void testIsNamedSamacharFold() {
        assertEquals("samachar_fold", factory.name());
        assertEquals(AnalysisMode.ALL, factory.getAnalysisMode());
    }

    public void testFoldsNuktaAndNasalClustersOnStandardTokens() throws IOException {
        // कज़ाकिस्तान with the precomposed ज़ (U+095B), as many sources write it.
        String text = "\u0915\u095B\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928 सम्बन्ध";
        try (Analyzer a = onStandardTokens()) {
            assertAnalyzesTo(
                    a,
                    text,
                    new String[] {"कजाकिस्तान", "संबंध"},
                    new int[] {0, 11},
                    new int[] {10, 18},
                    new String[] {A, A},
                    new int[] {1, 1});
        }
    }

    public void testFoldsCombiningNuktaCandrabinduDigitsAndCase() throws IOException {
        try (Analyzer a = onStandardTokens()) {
            assertAnalyzesTo(
                    a,
                    "कज़ाकिस्तान हाँ २०२१ Kazakhstan’s",
                    new String[] {"कजाकिस्तान", "हां", "2021", "kazakhstan's"},
                    new int[] {0, 12, 16, 21},
                    new int[] {11, 15, 20, 33},
                    new String[] {A, A, "<NUM>", A},
                    new int[] {1, 1, 1, 1});
        }
    }

    public void testKeepsOffsetsOfTheOriginalText() throws IOException {
        try (Analyzer a = onStandardTokens()) {
            assertAnalyzesTo(
                    a,
                    "सम्बन्ध India",
                    new String[] {"संबंध", "india"},
                    new int[] {0, 8},
                    new int[] {7, 13},
                    new String[] {A, A},
                    new int[] {1, 1});
        }
    }

    public void testDropsTokensThatFoldToNothingAndKeepsTheGap() throws IOException {
        // क़ and ज़ with the combining nukta.
        assertTokenStreamContents(
                factory.create(whitespaceMockTokenizer("\u0915\u093C \u093C \u200D \u091C\u093C")),
                new String[] {"क", "ज"},
                new int[] {0, 7},
                new int[] {2, 9},
                new int[] {1, 3});
    }

    public void testNormalizeFoldsLikeCreate() throws IOException {
        assertTokenStreamContents(
                factory.normalize(keywordMockTokenizer("\u0915\u093C\u091C\u093C\u093E\u0915")),
                new String[] {"कजाक"},
                new int[] {0},
                new int[] {6});
        assertTokenStreamContents(
                factory.normalize(keywordMockTokenizer("\u0958\u095B\u093E\u0915")),
                new String[] {"कजाक"},
                new int[] {0},
                new int[] {4});
    }

    public void testNormalizeKeepsATermThatFoldsToNothing() throws IOException {
        // Normalising must give exactly one term: a stray nukta or an empty string stays one, empty.
        assertTokenStreamContents(factory.normalize(keywordMockTokenizer("\u093C")), new String[] {""});
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, factory.create(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return factory.normalize(in);
            }
        }) {
            assertEquals(new BytesRef(""), a.normalize("f", ""));
            assertEquals(new BytesRef(""), a.normalize("f", "\u200D"));
        }
    }

    public void testAFreshStreamPerCallIsIndependent() throws IOException {
        try (Analyzer a = onStandardTokens()) {
            checkOneTerm(a, "सम्बन्ध", "संबंध");
            checkOneTerm(a, "हिन्दी", "हिंदी");
        }
    }

    public void testEmptyInput() throws IOException {
        try (Analyzer a = onStandardTokens()) {
            assertAnalyzesTo(a, "", new String[0]);
            assertAnalyzesTo(a, "\u093C \u200D", new String[0]);
        }
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer a = onStandardTokens()) {
            checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
            checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
        }
    }

    private Analyzer onStandardTokens() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, factory.create(source));
            }
        };
    }
}
