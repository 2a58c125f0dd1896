package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.ExonymFilter;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Each token filter the plugin registers, as an index's analysis chain uses it (standard tokenizer, lower
 * case, the filter): its registered name, its tokens, what it does to wildcard, prefix and fuzzy
 * query terms ({@code normalize}), empty input and Lucene's randomized contract checks.
 */
public class FilterFactoriesTest extends BaseTokenStreamTestCase {

    private static final String A = "<ALPHANUM>";

    private static final List<TokenFilterFactory> FACTORIES = List.of(
            new NfcFilterFactory(),
            new HindiNormalizationFilterFactory(),
            new HindiLightStemFilterFactory(),
            new RomanisationFilterFactory(),
            new LooseLatinFilterFactory(),
            new ExonymFilterFactory(),
            new NameKeyFilterFactory(),
            new LookupFoldFilterFactory());

    public void testRegisteredNamesAreThoseTheTemplatesUse() {
        assertEquals(
                List.of(
                        "samachar_nfc",
                        "samachar_hindi_normalization",
                        "samachar_hindi_stem",
                        "samachar_romanise",
                        "samachar_loose_latin",
                        "samachar_exonym",
                        "samachar_name_key",
                        "samachar_fold"),
                FACTORIES.stream().map(TokenFilterFactory::name).toList());
    }

    public void testNfc() throws IOException {
        try (Analyzer a = chain(new NfcFilterFactory())) {
            assertAnalyzesTo(
                    a,
                    "\u0958 कर्ता",
                    new String[] {"\u0915\u093C", "कर्ता"},
                    new int[] {0, 2},
                    new int[] {1, 7},
                    new String[] {A, A},
                    new int[] {1, 1});
            assertEquals(new BytesRef("\u091C\u093C"), a.normalize("f", "\u095B"));
        }
    }

    public void testHindiNormalization() throws IOException {
        try (Analyzer a = chain(new HindiNormalizationFilterFactory())) {
            assertAnalyzesTo(
                    a,
                    "पण्डित सम्बन्ध",
                    new String[] {"पंडित", "संबंध"},
                    new int[] {0, 7},
                    new int[] {6, 14},
                    new String[] {A, A},
                    new int[] {1, 1});
            assertEquals(new BytesRef("पंडित"), a.normalize("f", "पण्डित"));
        }
    }

    public void testHindiLightStemIsNoNormalization() throws IOException {
        try (Analyzer a = chain(new HindiLightStemFilterFactory())) {
            assertAnalyzesTo(
                    a,
                    "देशों सेनाओं",
                    new String[] {"देश", "सेना"},
                    new int[] {0, 6},
                    new int[] {5, 12},
                    new String[] {A, A},
                    new int[] {1, 1});
            // A stemmer is no normalisation: a prefix or wildcard query term is left as written.
            assertEquals(new BytesRef("देशों"), a.normalize("f", "देशों"));
        }
    }

    public void testRomanisationNormalizesToTheSchwaDeletedFormOnly() throws IOException {
        try (Analyzer a = chain(new RomanisationFilterFactory())) {
            assertAnalyzesTo(
                    a,
                    "राजनाथ सिंह",
                    new String[] {"rajnath", "rajanath", "singh"},
                    new int[] {0, 0, 7},
                    new int[] {6, 6, 11},
                    new String[] {A, A, A},
                    new int[] {1, 0, 1});
            assertEquals(new BytesRef("rajnath"), a.normalize("f", "राजनाथ"));
        }
    }

    public void testLooseLatin() throws IOException {
        try (Analyzer a = chain(new LooseLatinFilterFactory())) {
            assertAnalyzesTo(
                    a,
                    "Yermekbayev Kazakhstan",
                    new String[] {"armakbav", "kajakstan"},
                    new int[] {0, 12},
                    new int[] {11, 22},
                    new String[] {A, A},
                    new int[] {1, 1});
            assertEquals(new BytesRef("kajakstan"), a.normalize("f", "Kazakhstan"));
        }
    }

    public void testExonymAddsPartnersAndIsNoNormalization() throws IOException {
        try (Analyzer a = chain(new ExonymFilterFactory())) {
            String x = ExonymFilter.TYPE;
            assertAnalyzesTo(
                    a,
                    "rus",
                    new String[] {"rus", "rusia", "rasia"},
                    new int[] {0, 0, 0},
                    new int[] {3, 3, 3},
                    new String[] {A, x, x},
                    new int[] {1, 0, 0});
            assertEquals(new BytesRef("rus"), a.normalize("f", "rus"));
        }
    }

    public void testNameKeyIsNoNormalization() throws IOException {
        try (Analyzer a = chain(new NameKeyFilterFactory())) {
            assertAnalyzesTo(
                    a,
                    "Kazakhstan Russia Yermekbayev",
                    new String[] {"KJKSTN", "RNKBV"},
                    new int[] {0, 18},
                    new int[] {10, 29},
                    new String[] {A, A},
                    new int[] {1, 2});
            assertEquals(new BytesRef("kazakhstan"), a.normalize("f", "Kazakhstan"));
        }
    }

    public void testEmptyInput() throws IOException {
        for (TokenFilterFactory factory : FACTORIES) {
            try (Analyzer a = chain(factory)) {
                assertAnalyzesTo(a, "", new String[0]);
                assertAnalyzesTo(a, " , । ", new String[0]);
            }
        }
    }

    public void testRandomStrings() throws IOException {
        for (TokenFilterFactory factory : FACTORIES) {
            try (Analyzer a = chain(factory)) {
                checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
                checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
            }
        }
    }

    /** Standard tokenizer, lower case and the factory's filter, as an index defines a custom analyzer. */
    private static Analyzer chain(TokenFilterFactory factory) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, factory.create(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return factory.normalize(new LowerCaseFilter(in));
            }
        };
    }
}
