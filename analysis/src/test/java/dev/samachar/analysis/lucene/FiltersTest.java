package dev.samachar.analysis.lucene;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/**
 * The filters that rewrite each term in place (one term in, one out, offsets and positions untouched),
 * each alone on whitespace-split text: tokens with offsets, positions and types, keyword marks, empty
 * input, and Lucene's randomized contract checks.
 */
public class FiltersTest extends BaseTokenStreamTestCase {

    public void testHindiNormalization() throws IOException {
        try (Analyzer a = onWhitespace(HindiNormalizationFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "पण्डित सम्बन्ध \u0958ानून डॉक्टर कर्ता २०२४",
                    new String[] {"पंडित", "संबंध", "कानून", "डोक्टर", "कर्ता", "2024"},
                    new int[] {0, 7, 15, 21, 28, 34},
                    new int[] {6, 14, 20, 27, 33, 38},
                    new int[] {1, 1, 1, 1, 1, 1});
        }
    }

    public void testHindiNormalizationLeavesKeywordsAlone() throws IOException {
        try (Analyzer a = onWhitespace(in -> new HindiNormalizationFilter(keywords(in, "पण्डित")))) {
            assertAnalyzesTo(a, "पण्डित हिन्दी", new String[] {"पण्डित", "हिंदी"}, new int[] {0, 7}, new int[] {6, 13});
        }
    }

    public void testHindiLightStem() throws IOException {
        try (Analyzer a = onWhitespace(HindiLightStemFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "देशों सेनाओं अधिकारियों शोइगू राजनाथ में",
                    new String[] {"देश", "सेना", "अधिकारी", "शोइगू", "राजनाथ", "में"},
                    new int[] {0, 6, 13, 24, 30, 37},
                    new int[] {5, 12, 23, 29, 36, 40},
                    new int[] {1, 1, 1, 1, 1, 1});
        }
    }

    public void testHindiLightStemLeavesKeywordsAlone() throws IOException {
        try (Analyzer a = onWhitespace(in -> new HindiLightStemFilter(keywords(in, "लोगों")))) {
            assertAnalyzesTo(a, "देशों लोगों", new String[] {"देश", "लोगों"}, new int[] {0, 6}, new int[] {5, 11});
        }
    }

    public void testLooseLatin() throws IOException {
        try (Analyzer a = onWhitespace(LooseLatinFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "Yermekbayev yarmekbeyev Kazakhstan kajakhastan",
                    new String[] {"armakbav", "armakbav", "kajakstan", "kajakstan"},
                    new int[] {0, 12, 24, 35},
                    new int[] {11, 23, 34, 46},
                    new int[] {1, 1, 1, 1});
        }
    }

    public void testNfc() throws IOException {
        try (Analyzer a = onWhitespace(NfcFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "\u0958 \u0915\u093C कर्ता",
                    new String[] {"\u0915\u093C", "\u0915\u093C", "कर्ता"},
                    new int[] {0, 2, 5},
                    new int[] {1, 4, 10},
                    new int[] {1, 1, 1});
        }
    }

    public void testLookupFoldFoldsNuktaNasalClustersCandrabinduAndDigits() throws IOException {
        try (Analyzer a = onWhitespace(LookupFoldFilter::new)) {
            // कज़ाकिस्तान with the precomposed ज़ (U+095B), as many sources write it.
            assertAnalyzesTo(
                    a,
                    "\u0915\u095B\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928 सम्बन्ध हाँ २०२१",
                    new String[] {"कजाकिस्तान", "संबंध", "हां", "2021"},
                    new int[] {0, 11, 19, 23},
                    new int[] {10, 18, 22, 27},
                    new int[] {1, 1, 1, 1});
        }
    }

    public void testLookupFoldDropsTokensThatFoldToNothingAndKeepsTheGap() throws IOException {
        try (Analyzer a = onWhitespace(LookupFoldFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "\u0958 \u093C \u200D \u095B",
                    new String[] {"क", "ज"},
                    new int[] {0, 6},
                    new int[] {1, 7},
                    new int[] {1, 3});
        }
    }

    public void testLookupFoldForNormalizingKeepsATermThatFoldsToNothing() throws IOException {
        assertTokenStreamContents(
                LookupFoldFilter.keepingEveryTerm(keywordMockTokenizer("\u093C\u200D")),
                new String[] {""},
                new int[] {0},
                new int[] {2});
        assertTokenStreamContents(
                LookupFoldFilter.keepingEveryTerm(keywordMockTokenizer("\u0958")),
                new String[] {"क"},
                new int[] {0},
                new int[] {1});
    }

    public void testEmptyInput() throws IOException {
        for (UnaryOperator<TokenStream> filter : filters()) {
            try (Analyzer a = onWhitespace(filter)) {
                assertAnalyzesTo(a, "", new String[0]);
                assertAnalyzesTo(a, " \t ", new String[0]);
            }
        }
    }

    public void testRandomStrings() throws IOException {
        for (UnaryOperator<TokenStream> filter : filters()) {
            try (Analyzer a = onWhitespace(filter)) {
                checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
                checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
                for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
                    checkAnalysisConsistency(random(), a, random().nextBoolean(), RandomDevanagari.text(random(), 20));
                }
            }
        }
    }

    private static List<UnaryOperator<TokenStream>> filters() {
        return List.of(
                HindiNormalizationFilter::new,
                HindiLightStemFilter::new,
                LooseLatinFilter::new,
                NfcFilter::new,
                LookupFoldFilter::new,
                LookupFoldFilter::keepingEveryTerm);
    }

    /**
     * {@code filters} on Lucene's checking whitespace tokenizer, which keeps case. Its attributes depend on a
     * random attribute factory; a position increment and a type, which every real tokenizer has, are added.
     */
    static Analyzer onWhitespace(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                source.addAttribute(PositionIncrementAttribute.class);
                source.addAttribute(TypeAttribute.class);
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    private static TokenStream keywords(TokenStream in, String... words) {
        return new SetKeywordMarkerFilter(in, new CharArraySet(List.of(words), false));
    }
}
