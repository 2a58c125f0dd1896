package dev.samachar.analysis.lucene;

import static dev.samachar.analysis.lucene.TokenStreams.analyze;
import static dev.samachar.analysis.lucene.TokenStreams.assertNoTokens;
import static dev.samachar.analysis.lucene.TokenStreams.assertTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SamacharAnalyzersTest {

    private static final Analyzer EXACT = SamacharAnalyzers.exact();
    private static final Analyzer HINDI = SamacharAnalyzers.hindi();
    private static final Analyzer LOOSE = SamacharAnalyzers.loose();
    private static final Analyzer KEY = SamacharAnalyzers.key();

    @AfterAll
    static void close() {
        EXACT.close();
        HINDI.close();
        LOOSE.close();
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
    void looseFieldStacksFormsAndExonyms() throws IOException {
        assertTerms(analyze(LOOSE, "राजनाथ सिंह ने रूस का दौरा किया"),
                new String[] {"rajnath", "rajanath", "sing", "na", "rus", "rusia", "rasia", "ka", "daura", "kia"},
                new int[] {1, 0, 1, 1, 1, 0, 0, 1, 1, 1});
        assertTerms(analyze(LOOSE, "Rajnath Singh visited Russia"),
                new String[] {"rajnath", "sing", "visitad", "rusia", "rus", "rasia"}, new int[] {1, 1, 1, 1, 0, 0});
    }

    @Test
    void looseFieldDropsEnglishPossessives() throws IOException {
        assertTerms(analyze(LOOSE, "Russia’s army"), new String[] {"rusia", "rus", "rasia", "armi"}, new int[] {1, 0, 0, 1});
    }

    @Test
    void looseFieldMeetsAcrossScripts() throws IOException {
        assertEquals(analyze(LOOSE, "Yermekbayev").get(0).term(), analyze(LOOSE, "यरमेकबेयेव").get(0).term());
        assertEquals(analyze(LOOSE, "Kazakhstan").get(0).term(), analyze(LOOSE, "कजाखस्तान").get(0).term());
        assertEquals(analyze(LOOSE, "Shoigu").get(0).term(), analyze(LOOSE, "शोइगू").get(0).term());
    }

    @Test
    void looseFieldRemovesDuplicateStackedTerms() throws IOException {
        // Both romanisations of सम्मान are "samman"; the stacked duplicates from the exonym table
        // and the romaniser never reach the index twice.
        assertTerms(analyze(LOOSE, "सम्मान"), new String[] {"saman"}, new int[] {1});
    }

    @Test
    void keyField() throws IOException {
        assertTerms(analyze(KEY, "Kazakhstan कजाखस्तान रूस Yermekbayev यरमेकबायेव"),
                new String[] {"KJKSTN", "KJKSTN", "RNKBV", "RNKBV"}, new int[] {1, 1, 2, 1});
        assertNoTokens(analyze(KEY, "Russia Singh शोइगू"));
    }

    @Test
    void danda_and_scriptBoundariesSplit() throws IOException {
        assertTerms(analyze(LOOSE, "कज़ाकिस्तान।रूस"), new String[] {"kajakstan", "rus", "rusia", "rasia"}, null);
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
