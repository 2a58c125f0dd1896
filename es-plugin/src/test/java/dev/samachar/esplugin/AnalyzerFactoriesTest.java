package dev.samachar.esplugin;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The analyzers the plugin registers: their names, that each is the analysis library's analyser (one
 * sentence each; the library's own tests cover them in depth), empty input, and a fresh analyzer per call.
 */
public class AnalyzerFactoriesTest extends BaseTokenStreamTestCase {

    private static final String A = "<ALPHANUM>";

    public void testRegisteredNamesAreThoseTheTemplatesUse() {
        List<AnalyzerFactory> factories = List.of(
                new ExactAnalyzerFactory(),
                new HindiAnalyzerFactory(),
                new LooseAnalyzerFactory(),
                new LooseQueryAnalyzerFactory(),
                new KeyAnalyzerFactory(),
                new FoldedAnalyzerFactory());
        assertEquals(
                List.of(
                        "samachar_exact",
                        "samachar_hindi",
                        "samachar_loose",
                        "samachar_loose_query",
                        "samachar_key",
                        "samachar_folded"),
                factories.stream().map(AnalyzerFactory::name).toList());
    }

    public void testExact() throws IOException {
        try (Analyzer a = new ExactAnalyzerFactory().create()) {
            assertAnalyzesTo(
                    a,
                    "करता कर्ता \u095B",
                    new String[] {"करता", "कर्ता", "\u091C\u093C"},
                    new int[] {0, 5, 11},
                    new int[] {4, 10, 12},
                    new String[] {A, A, A},
                    new int[] {1, 1, 1});
        }
    }

    public void testHindi() throws IOException {
        try (Analyzer a = new HindiAnalyzerFactory().create()) {
            assertAnalyzesTo(
                    a,
                    "पण्डित देशों",
                    new String[] {"पंडित", "देश"},
                    new int[] {0, 7},
                    new int[] {6, 12},
                    new String[] {A, A},
                    new int[] {1, 1});
        }
    }

    public void testLooseAndLooseQueryMeetAcrossScripts() throws IOException {
        try (Analyzer index = new LooseAnalyzerFactory().create();
                Analyzer query = new LooseQueryAnalyzerFactory().create()) {
            assertAnalyzesTo(
                    index, "Singh", new String[] {"sing"}, new int[] {0}, new int[] {5}, new String[] {A}, new int[] {1
                    });
            assertAnalyzesTo(
                    query,
                    "सिंह",
                    new String[] {"sing", "singa", "~sing", "~singa", "^सिंह"},
                    new int[] {0, 0, 0, 0, 0},
                    new int[] {4, 4, 4, 4, 4},
                    new String[] {A, A, A, A, A},
                    new int[] {1, 0, 0, 0, 0});
        }
    }

    public void testKey() throws IOException {
        try (Analyzer a = new KeyAnalyzerFactory().create()) {
            assertAnalyzesTo(
                    a,
                    "Kazakhstan कजाखस्तान रूस",
                    new String[] {"KJKSTN", "KJKSTN"},
                    new int[] {0, 11},
                    new int[] {10, 20},
                    new String[] {A, A},
                    new int[] {1, 1});
        }
    }

    public void testEmptyInputAndAFreshAnalyzerPerCall() throws IOException {
        for (AnalyzerFactory factory : List.of(
                new ExactAnalyzerFactory(),
                new HindiAnalyzerFactory(),
                new LooseAnalyzerFactory(),
                new LooseQueryAnalyzerFactory(),
                new KeyAnalyzerFactory())) {
            try (Analyzer first = factory.create();
                    Analyzer second = factory.create()) {
                assertNotSame(factory.name(), first, second);
                assertAnalyzesTo(first, "", new String[0]);
                assertAnalyzesTo(second, " । ", new String[0]);
            }
        }
    }
}
