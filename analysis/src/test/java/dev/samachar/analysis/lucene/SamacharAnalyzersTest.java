package dev.samachar.analysis.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

public class SamacharAnalyzersTest extends BaseTokenStreamTestCase {

    private static final String A = "<ALPHANUM>";
    private static final String N = "<NUM>";
    private static final String X = ExonymFilter.TYPE;

    private Analyzer exact;
    private Analyzer hindi;
    private Analyzer loose;
    private Analyzer looseQuery;
    private Analyzer looseQueryEveryWord;
    private Analyzer key;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        exact = SamacharAnalyzers.exact();
        hindi = SamacharAnalyzers.hindi();
        loose = SamacharAnalyzers.loose();
        looseQuery = SamacharAnalyzers.looseQuery();
        looseQueryEveryWord = SamacharAnalyzers.looseQueryEveryWord();
        key = SamacharAnalyzers.key();
    }

    @Override
    public void tearDown() throws Exception {
        IOUtils.close(all());
        super.tearDown();
    }

    private List<Analyzer> all() {
        return List.of(exact, hindi, loose, looseQuery, looseQueryEveryWord, key);
    }

    public void testExactKeepsMeaningfulDistinctions() throws IOException {
        assertAnalyzesTo(
                exact,
                "करता कर्ता कज़ाकिस्तान कजाकिस्तान Kazakhstan २०२४",
                new String[] {"करता", "कर्ता", "कज़ाकिस्तान", "कजाकिस्तान", "kazakhstan", "२०२४"},
                new int[] {0, 5, 11, 23, 34, 45},
                new int[] {4, 10, 22, 33, 44, 49},
                new String[] {A, A, A, A, A, N},
                new int[] {1, 1, 1, 1, 1, 1});
    }

    public void testExactUnifiesPrecomposedAndCombiningNukta() throws IOException {
        checkOneTerm(exact, "\u0915\u095B\u093E\u0916", "\u0915\u091C\u093C\u093E\u0916");
        checkOneTerm(exact, "\u0915\u091C\u093C\u093E\u0916", "\u0915\u091C\u093C\u093E\u0916");
    }

    public void testHindiField() throws IOException {
        assertAnalyzesTo(
                hindi,
                "पण्डित सम्बन्ध हिन्दी देशों शोइगू कज़ाकिस्तान कर्ता करता",
                new String[] {"पंडित", "संबंध", "हिंदी", "देश", "शोइगू", "कजाकिस्तान", "कर्ता", "करता"},
                new int[] {0, 7, 15, 22, 28, 34, 46, 52},
                new int[] {6, 14, 21, 27, 33, 45, 51, 56},
                new String[] {A, A, A, A, A, A, A, A},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1});
        checkOneTerm(hindi, "पंडित", "पंडित");
        checkOneTerm(hindi, "पण्डित", "पंडित");
    }

    public void testLooseFieldKeepsNamesAndDropsOrdinaryWords() throws IOException {
        // ने का किया and "visited" are ordinary words: no loose terms, their positions passed on.
        // दौरा (a tour) is a noun's own form, which may be a name: it keeps its terms. राजनाथ is
        // in no Hindi dictionary, so its terms also come with "~", for other Hindi spellings.
        assertAnalyzesTo(
                loose,
                "राजनाथ सिंह ने रूस का दौरा किया",
                new String[] {
                    "_rajnat",
                    "_rajanat",
                    "_rajanata",
                    "_#rVjnVt",
                    "_#rVjVnVt",
                    "_#rVjVnVtV",
                    "~rajnat",
                    "~rajanat",
                    "~rajanata",
                    "~#rVjnVt",
                    "~#rVjVnVt",
                    "~#rVjVnVtV",
                    "^राजनाथ",
                    "_sing",
                    "_singa",
                    "^सिंह",
                    "_rus",
                    "_rusa",
                    "_=russia",
                    "^रूस",
                    "_dura",
                    "^दौरा"
                },
                new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 7, 15, 15, 15, 15, 22, 22},
                new int[] {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 11, 11, 11, 18, 18, 18, 18, 26, 26},
                new String[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, X, A, A, A},
                new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 2, 0});
        assertAnalyzesTo(
                loose,
                "Rajnath Singh visited Russia",
                new String[] {"rajnat", "#rVjnVt", "sing", "rusia", "rasia", "=russia"},
                new int[] {0, 0, 8, 22, 22, 22},
                new int[] {7, 7, 13, 28, 28, 28},
                new String[] {A, A, A, A, A, X},
                new int[] {1, 0, 1, 2, 0, 0});
    }

    public void testLooseQueriesFindTheOtherScriptAndLatinSpellings() throws IOException {
        assertAnalyzesTo(
                looseQuery,
                "Singh",
                new String[] {"sing", "_sing"},
                new int[] {0, 0},
                new int[] {5, 5},
                new String[] {A, A},
                new int[] {1, 0});
        // A Hindi word of record looks for Latin spellings and for Hindi spellings no dictionary knows.
        assertAnalyzesTo(
                looseQuery,
                "सिंह",
                new String[] {"sing", "singa", "~sing", "~singa", "^सिंह"},
                new int[] {0, 0, 0, 0, 0},
                new int[] {4, 4, 4, 4, 4},
                new String[] {A, A, A, A, A},
                new int[] {1, 0, 0, 0, 0});
    }

    public void testEveryWordQueriesKeepOrdinaryWordsThatMayBeNames() throws IOException {
        // सोनी is a word and the name Sony: no capital tells which, so this variant keeps every Hindi word.
        assertAnalyzesTo(looseQuery, "सोनी ने", new String[0]);
        assertAnalyzesTo(
                looseQueryEveryWord,
                "सोनी ने",
                new String[] {"suni", "~suni", "^सोनी", "na", "~na", "^ने"},
                new int[] {0, 0, 0, 5, 5, 5},
                new int[] {4, 4, 4, 7, 7, 7},
                new String[] {A, A, A, A, A, A},
                new int[] {1, 0, 0, 1, 0, 0});
        Set<String> looked = terms(looseQueryEveryWord, "सोनी");
        assertTrue("सोनी finds Sony", terms(loose, "Sony").stream().anyMatch(looked::contains));
        // A capitalised English word of record may name something (Upper Siang, Three Hills): it looks
        // for Devanagari spellings only; in lower case it is an ordinary word and looks for nothing.
        assertAnalyzesTo(
                looseQueryEveryWord,
                "Hills hills",
                new String[] {"_hils"},
                new int[] {0},
                new int[] {5},
                new String[] {A},
                new int[] {1});
        assertTrue(
                "Hills finds हिल्स",
                terms(loose, "हिल्स").stream().anyMatch(terms(looseQueryEveryWord, "Hills")::contains));
        assertAnalyzesTo(loose, "Hills", new String[0]);
    }

    public void testLooseFieldDropsEnglishPossessives() throws IOException {
        assertAnalyzesTo(
                loose,
                "Russia’s army",
                new String[] {"rusia", "rasia", "=russia"},
                new int[] {0, 0, 0},
                new int[] {8, 8, 8},
                new String[] {A, A, X},
                new int[] {1, 0, 0});
    }

    public void testLooseFieldTellsCapitalisedNamesFromOrdinaryWords() throws IOException {
        assertAnalyzesTo(loose, "china seen same when", new String[0]);
        assertAnalyzesTo(loose, "Seen Same When", new String[0]);
        assertEquals("china", AnalyzedText.byPosition(loose, "China").get(0).get(0));
    }

    public void testLooseFieldMeetsAcrossScripts() throws IOException {
        // A search for one spelling looks for a term that the other spelling indexes.
        String[][] pairs = {{"Yermekbayev", "यरमेकबेयेव"}, {"Kazakhstan", "कजाखस्तान"}, {"Shoigu", "शोइगू"}};
        for (String[] pair : pairs) {
            assertTrue(pair[0] + " finds " + pair[1], meets(pair[0], pair[1]));
            assertTrue(pair[1] + " finds " + pair[0], meets(pair[1], pair[0]));
        }
        assertFalse("Kerala does not find करने", meets("Kerala", "करने"));
        assertFalse("केरल does not find care", meets("केरल", "care"));
    }

    private boolean meets(String query, String indexed) {
        Set<String> looked = terms(looseQuery, query);
        return terms(loose, indexed).stream().anyMatch(looked::contains);
    }

    public void testLooseFieldRemovesDuplicateStackedTerms() {
        // Several readings of यरमेकबायेव give one key; each term reaches the index once.
        List<String> terms = AnalyzedText.byPosition(loose, "यरमेकबायेव").get(0);
        assertEquals(terms.toString(), terms.size(), new HashSet<>(terms).size());
        assertTrue(terms.toString(), terms.size() > 1);
    }

    public void testKeyField() throws IOException {
        assertAnalyzesTo(
                key,
                "Kazakhstan कजाखस्तान रूस Yermekbayev यरमेकबायेव",
                new String[] {"KJKSTN", "KJKSTN", "RNKBV", "RNKBV"},
                new int[] {0, 11, 25, 37},
                new int[] {10, 20, 36, 47},
                new String[] {A, A, A, A},
                new int[] {1, 1, 2, 1});
        assertAnalyzesTo(key, "Russia Singh शोइगू", new String[0]);
    }

    public void testDandaAndScriptBoundariesSplit() throws IOException {
        assertAnalyzesTo(
                loose,
                "कज़ाकिस्तान।रूस",
                new String[] {
                    "_kajakstan",
                    "_kajakstana",
                    "_#kVjVkstVn",
                    "_%kjkstn",
                    "_#kVjVkstVnV",
                    "_%kjkstnV",
                    "~kajakstan",
                    "~kajakstana",
                    "~#kVjVkstVn",
                    "~%kjkstn",
                    "~#kVjVkstVnV",
                    "~%kjkstnV",
                    "^कजाकिस्तान",
                    "_rus",
                    "_rusa",
                    "_=russia",
                    "^रूस"
                },
                new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 12, 12, 12},
                new int[] {11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 15, 15, 15, 15},
                new String[] {A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, X, A},
                new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0});
    }

    public void testNormalizeForQueryTerms() {
        assertEquals(new BytesRef("पंडित"), hindi.normalize("f", "पण्डित"));
        assertEquals(new BytesRef("\u091C\u093C"), exact.normalize("f", "\u095B"));
        assertEquals(new BytesRef("rajnath"), loose.normalize("f", "राजनाथ"));
        assertFalse(exact.normalize("f", "करता").equals(exact.normalize("f", "कर्ता")));
    }

    public void testEmptyInput() throws IOException {
        for (Analyzer analyzer : all()) {
            assertAnalyzesTo(analyzer, "", new String[0]);
            assertAnalyzesTo(analyzer, " \t ।", new String[0]);
        }
    }

    public void testRandomStrings() throws IOException {
        for (Analyzer analyzer : all()) {
            checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
            checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
            for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
                checkAnalysisConsistency(
                        random(), analyzer, random().nextBoolean(), RandomDevanagari.text(random(), 40));
            }
        }
    }

    /** Real Hindi and English news pages of ../shared/realnews-dev (skipped when absent), a random sample each run. */
    public void testRealNewsKeepsTheTokenStreamContract() throws IOException {
        Path corpus = Path.of("..")
                .toAbsolutePath()
                .normalize()
                .resolveSibling("shared")
                .resolve("realnews-dev");
        assumeTrue("no realnews-dev at " + corpus, Files.isDirectory(corpus.resolve("hi_covid")));
        List<Path> pages = new ArrayList<>();
        for (String source : List.of("en_bbc", "hi_covid")) {
            try (Stream<Path> list = Files.list(corpus.resolve(source))) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(pages::add);
            }
        }
        assertTrue("pages in " + corpus, pages.size() > 100);
        for (int i = 0; i < 10 * RANDOM_MULTIPLIER; i++) {
            String text = Files.readString(pages.get(random().nextInt(pages.size())), StandardCharsets.UTF_8);
            for (Analyzer analyzer : all()) {
                checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text);
            }
        }
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new HashSet<>();
        AnalyzedText.byPosition(analyzer, text).values().forEach((Collection<String> c) -> terms.addAll(c));
        return terms;
    }
}
