package dev.samachar.analysis.lucene;

import static dev.samachar.analysis.lucene.FiltersTest.onWhitespace;

import dev.samachar.analysis.Exonyms;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.Token;

/**
 * The filters that add terms at a position, or drop terms and leave the gap, each alone on
 * whitespace-split text: tokens with offsets, positions and types, empty input, and Lucene's
 * randomized contract checks.
 */
public class StackingFiltersTest extends BaseTokenStreamTestCase {

    public void testRomanisationStacksTheFullFormAtTheSamePosition() throws IOException {
        try (Analyzer a = onWhitespace(RomanisationFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "राजनाथ सिंह Rajnath सीतारमण",
                    new String[] {"rajnath", "rajanath", "singh", "rajnath", "sitarman", "sitaraman"},
                    new int[] {0, 0, 7, 12, 20, 20},
                    new int[] {6, 6, 11, 19, 27, 27},
                    new int[] {1, 0, 1, 1, 1, 0});
        }
    }

    public void testRomanisationSingleForms() throws IOException {
        try (Analyzer a =
                onWhitespace(in -> new RomanisationFilter(in, RomanisationFilter.Forms.WITH_SCHWA_DELETION))) {
            assertAnalyzesTo(
                    a,
                    "राजनाथ सिंह",
                    new String[] {"rajnath", "singh"},
                    new int[] {0, 7},
                    new int[] {6, 11},
                    new int[] {1, 1});
        }
        try (Analyzer a =
                onWhitespace(in -> new RomanisationFilter(in, RomanisationFilter.Forms.WITHOUT_SCHWA_DELETION))) {
            assertAnalyzesTo(
                    a,
                    "राजनाथ सिंह",
                    new String[] {"rajanath", "singh"},
                    new int[] {0, 7},
                    new int[] {6, 11},
                    new int[] {1, 1});
        }
    }

    public void testNameKeyDropsShortKeysAndKeepsTheGap() throws IOException {
        try (Analyzer a = onWhitespace(NameKeyFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "Russia Kazakhstan Singh Shoigu Yermekbayev",
                    new String[] {"KJKSTN", "RNKBV"},
                    new int[] {7, 31},
                    new int[] {17, 42},
                    new int[] {2, 3});
        }
    }

    public void testExonymsInjectedAtTheSamePosition() throws IOException {
        try (Analyzer a = onWhitespace(in -> new ExonymFilter(in, Exonyms.defaults()))) {
            String x = ExonymFilter.TYPE;
            assertAnalyzesTo(
                    a,
                    "rus ras rusia",
                    new String[] {"rus", "rusia", "rasia", "ras", "rusia", "rus", "rasia"},
                    new int[] {0, 0, 0, 4, 8, 8, 8},
                    new int[] {3, 3, 3, 7, 13, 13, 13},
                    new String[] {"word", x, x, "word", "word", x, x},
                    new int[] {1, 0, 0, 1, 1, 0, 0});
        }
    }

    public void testExonymsFromATable() throws IOException {
        Exonyms table = Exonyms.load(new StringReader("Russia\tरूस\n"), false);
        try (Analyzer a = onWhitespace(in -> new ExonymFilter(in, table))) {
            assertAnalyzesTo(
                    a,
                    "rus x",
                    new String[] {"rus", "rusia", "x"},
                    new int[] {0, 0, 4},
                    new int[] {3, 3, 5},
                    new String[] {"word", ExonymFilter.TYPE, "word"},
                    new int[] {1, 0, 1});
        }
    }

    public void testSamePositionDuplicatesAreDroppedAndOtherPositionsKept() throws IOException {
        TokenStream stream = new SamePositionDuplicateFilter(new CannedTokenStream(
                token("rus", 1, 0, 3),
                token("rusia", 0, 0, 3),
                token("rus", 0, 0, 3),
                token("rus", 1, 4, 7),
                token("rusia", 0, 4, 7),
                token("rusia", 0, 4, 7)));
        assertTokenStreamContents(
                stream,
                new String[] {"rus", "rusia", "rus", "rusia"},
                new int[] {0, 0, 4, 4},
                new int[] {3, 3, 7, 7},
                new int[] {1, 0, 1, 0});
    }

    public void testRomanisedKeyDropsShortKeysAndKeepsTheGap() throws IOException {
        try (Analyzer a = onWhitespace(RomanisedKeyFilter::new)) {
            assertAnalyzesTo(
                    a,
                    "kazakhstan कजाखस्तान रूस yermekbayev यरमेकबायेव",
                    new String[] {"KJKSTN", "KJKSTN", "RNKBV", "RNKBV"},
                    new int[] {0, 11, 25, 37},
                    new int[] {10, 20, 36, 47},
                    new int[] {1, 1, 2, 1});
        }
    }

    public void testLooseFormsReplaceANameAndDropOrdinaryWords() throws IOException {
        try (Analyzer a = onWhitespace(in -> new LooseFormsFilter(in, Exonyms.defaults()))) {
            // "visited" is an ordinary word: removed, its position passed on.
            assertAnalyzesTo(
                    a,
                    "rajnath visited russia",
                    new String[] {"rajnat", "#rVjnVt", "rusia", "rasia", "=russia"},
                    new int[] {0, 0, 16, 16, 16},
                    new int[] {7, 7, 22, 22, 22},
                    new String[] {"word", "word", "word", "word", ExonymFilter.TYPE},
                    new int[] {1, 0, 2, 0, 0});
        }
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
                RomanisationFilter::new,
                in -> new RomanisationFilter(in, RomanisationFilter.Forms.WITHOUT_SCHWA_DELETION),
                NameKeyFilter::new,
                ExonymFilter::new,
                in -> new SamePositionDuplicateFilter(new LooseLatinFilter(new RomanisationFilter(in))),
                RomanisedKeyFilter::new,
                in -> new LooseFormsFilter(in, Exonyms.defaults()),
                in -> new LooseFormsFilter(in, Exonyms.defaults(), dev.samachar.analysis.Vocabulary.defaults(), true));
    }

    private static Token token(String term, int positionIncrement, int start, int end) {
        Token token = new Token(term, start, end);
        token.setPositionIncrement(positionIncrement);
        return token;
    }
}
