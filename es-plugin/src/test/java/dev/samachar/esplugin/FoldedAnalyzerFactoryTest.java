package dev.samachar.esplugin;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class FoldedAnalyzerFactoryTest extends BaseTokenStreamTestCase {

    private static final String A = "<ALPHANUM>";

    private final FoldedAnalyzerFactory factory = new FoldedAnalyzerFactory();

    public void testIsNamedSamacharFolded() {
        assertEquals("samachar_folded", factory.name());
    }

    public void testTokenizesLowerCasesAndFolds() throws IOException {
        try (Analyzer analyzer = factory.create()) {
            assertAnalyzesTo(
                    analyzer,
                    "भारत-कज़ाकिस्तान सम्बन्ध, YERMEKBAYEV २०२१.",
                    new String[] {"भारत", "कजाकिस्तान", "संबंध", "yermekbayev", "2021"},
                    new int[] {0, 5, 17, 26, 38},
                    new int[] {4, 16, 24, 37, 42},
                    new String[] {A, A, A, A, "<NUM>"},
                    new int[] {1, 1, 1, 1, 1});
            // The analyzer reuses its components: a second text must not see the first.
            checkOneTerm(analyzer, "हिन्दी", "हिंदी");
        }
    }

    public void testNormalizesQueryTermsTheSameWay() {
        try (Analyzer analyzer = factory.create()) {
            assertEquals("कजाक", analyzer.normalize("body", "क़ज़ाक").utf8ToString());
            assertEquals("संबंध", analyzer.normalize("body", "सम्बन्ध").utf8ToString());
            assertEquals("india", analyzer.normalize("body", "INDIA").utf8ToString());
            // One term whatever the value, even one that folds to nothing: a normalizer that dropped it would throw.
            assertEquals("", analyzer.normalize("body", "").utf8ToString());
            assertEquals("", analyzer.normalize("body", "\u093C").utf8ToString());
        }
    }

    public void testEmptyInput() throws IOException {
        try (Analyzer analyzer = factory.create()) {
            assertAnalyzesTo(analyzer, "", new String[0]);
            assertAnalyzesTo(analyzer, " , ।", new String[0]);
        }
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer analyzer = factory.create()) {
            checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
            checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
        }
    }
}
