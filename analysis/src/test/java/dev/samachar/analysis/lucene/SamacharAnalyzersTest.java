package dev.samachar.analysis.lucene;

import static dev.samachar.analysis.lucene.TokenStreams.analyze;
import static dev.samachar.analysis.lucene.TokenStreams.assertNoTokens;
import static dev.samachar.analysis.lucene.TokenStreams.assertTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SamacharAnalyzersTest {

    private static final Analyzer EXACT = SamacharAnalyzers.exact();
    private static final Analyzer HINDI = SamacharAnalyzers.hindi();
    private static final Analyzer LOOSE = SamacharAnalyzers.loose();
    private static final Analyzer LOOSE_QUERY = SamacharAnalyzers.looseQuery();
    private static final Analyzer KEY = SamacharAnalyzers.key();

    @AfterAll
    static void close() {
        EXACT.close();
        HINDI.close();
        LOOSE.close();
        LOOSE_QUERY.close();
        KEY.close();
    }

    @Test
    void exactKeepsMeaningfulDistinctions() throws IOException {
        assertTerms(analyze(EXACT, "करता कर्ता कज़ाकिस्तान कजाकिस्तान Kazakhstan २०२४"),
                new String[] {"करता", "कर्ता", "कज़ाकिस्तान", "कजाकिस्तान", "kazakhstan", "२०२४"}, new int[] {1, 1, 1, 1, 1, 1});
    }

    @Test
    void exactUnifiesPrecomposedAndCombiningNukta() throws IOException {
        assertEquals(terms(analyze(EXACT, "\u0915\u095B\u093E\u0916")), terms(analyze(EXACT, "\u0915\u091C\u093C\u093E\u0916")));
    }

    @Test
    void hindiField() throws IOException {
        assertTerms(analyze(HINDI, "पण्डित सम्बन्ध हिन्दी देशों शोइगू कज़ाकिस्तान कर्ता करता"),
                new String[] {"पंडित", "संबंध", "हिंदी", "देश", "शोइगू", "कजाकिस्तान", "कर्ता", "करता"}, null);
        assertEquals(terms(analyze(HINDI, "पंडित")), terms(analyze(HINDI, "पण्डित")));
    }

    @Test
    void looseFieldKeepsNamesAndDropsOrdinaryWords() throws IOException {
        // ने का किया and "visited" are ordinary words: no loose terms, their positions passed on.
        // दौरा (a tour) is a noun's own form, which may be a name: it keeps its terms. राजनाथ is
        // in no Hindi dictionary, so its terms also come with "~", for other Hindi spellings.
        assertTerms(analyze(LOOSE, "राजनाथ सिंह ने रूस का दौरा किया"),
                new String[] {"_rajnat", "_rajanat", "_rajanata", "_#rVjnVt", "_#rVjVnVt", "_#rVjVnVtV",
                        "~rajnat", "~rajanat", "~rajanata", "~#rVjnVt", "~#rVjVnVt", "~#rVjVnVtV", "^राजनाथ",
                        "_sing", "_singa", "^सिंह", "_rus", "_rusa", "_=russia", "^रूस", "_dura", "^दौरा"},
                new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 2, 0});
        assertTerms(analyze(LOOSE, "Rajnath Singh visited Russia"),
                new String[] {"rajnat", "#rVjnVt", "sing", "rusia", "rasia", "=russia"}, new int[] {1, 0, 1, 2, 0, 0});
    }

    @Test
    void looseQueriesFindTheOtherScriptAndLatinSpellings() throws IOException {
        assertTerms(analyze(LOOSE_QUERY, "Singh"), new String[] {"sing", "_sing"}, new int[] {1, 0});
        // A Hindi word of record looks for Latin spellings and for Hindi spellings no dictionary knows.
        assertTerms(analyze(LOOSE_QUERY, "सिंह"), new String[] {"sing", "singa", "~sing", "~singa", "^सिंह"}, new int[] {1, 0, 0, 0, 0});
    }

    @Test
    void looseFieldDropsEnglishPossessives() throws IOException {
        assertTerms(analyze(LOOSE, "Russia’s army"), new String[] {"rusia", "rasia", "=russia"}, new int[] {1, 0, 0});
    }

    @Test
    void looseFieldTellsCapitalisedNamesFromOrdinaryWords() throws IOException {
        assertNoTokens(analyze(LOOSE, "china seen same when"));
        assertNoTokens(analyze(LOOSE, "Seen Same When"));
        assertEquals("china", analyze(LOOSE, "China").get(0).term());
    }

    @Test
    void looseFieldMeetsAcrossScripts() throws IOException {
        // A search for one spelling looks for a term that the other spelling indexes.
        String[][] pairs = {{"Yermekbayev", "यरमेकबेयेव"}, {"Kazakhstan", "कजाखस्तान"}, {"Shoigu", "शोइगू"}};
        for (String[] pair : pairs) {
            assertTrue(meets(pair[0], pair[1]), pair[0] + " finds " + pair[1]);
            assertTrue(meets(pair[1], pair[0]), pair[1] + " finds " + pair[0]);
        }
        assertFalse(meets("Kerala", "करने"), "Kerala does not find करने");
        assertFalse(meets("केरल", "care"), "केरल does not find care");
    }

    private static boolean meets(String query, String indexed) throws IOException {
        java.util.Set<String> looked = new java.util.HashSet<>(terms(analyze(LOOSE_QUERY, query)));
        return terms(analyze(LOOSE, indexed)).stream().anyMatch(looked::contains);
    }

    @Test
    void looseFieldRemovesDuplicateStackedTerms() throws IOException {
        // Several readings of यरमेकबायेव give one key; each term reaches the index once.
        var tokens = analyze(LOOSE, "यरमेकबायेव");
        assertEquals(tokens.stream().map(TokenStreams.Token::term).distinct().count(), tokens.size());
    }

    @Test
    void keyField() throws IOException {
        assertTerms(analyze(KEY, "Kazakhstan कजाखस्तान रूस Yermekbayev यरमेकबायेव"),
                new String[] {"KJKSTN", "KJKSTN", "RNKBV", "RNKBV"}, new int[] {1, 1, 2, 1});
        assertNoTokens(analyze(KEY, "Russia Singh शोइगू"));
    }

    @Test
    void danda_and_scriptBoundariesSplit() throws IOException {
        assertTerms(analyze(LOOSE, "कज़ाकिस्तान।रूस"), new String[] {"_kajakstan", "_kajakstana", "_#kVjVkstVn", "_%kjkstn", "_#kVjVkstVnV",
                "~kajakstan", "~kajakstana", "~#kVjVkstVn", "~%kjkstn", "~#kVjVkstVnV", "^कजाकिस्तान", "_rus", "_rusa", "_=russia", "^रूस"}, null);
    }

    private static java.util.List<String> terms(java.util.List<TokenStreams.Token> tokens) {
        return tokens.stream().map(TokenStreams.Token::term).toList();
    }

    @Test
    void normalizeForQueryTerms() {
        assertEquals(new BytesRef("पंडित"), HINDI.normalize("f", "पण्डित"));
        assertEquals(new BytesRef("\u091C\u093C"), EXACT.normalize("f", "\u095B"));
        assertEquals(new BytesRef("rajnath"), LOOSE.normalize("f", "राजनाथ"));
        assertNotEquals(EXACT.normalize("f", "करता"), EXACT.normalize("f", "कर्ता"));
    }
}
