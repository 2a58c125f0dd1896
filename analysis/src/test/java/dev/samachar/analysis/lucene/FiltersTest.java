package dev.samachar.analysis.lucene;

import static dev.samachar.analysis.lucene.TokenStreams.assertTerms;
import static dev.samachar.analysis.lucene.TokenStreams.filter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.lucene.TokenStreams.Token;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

/** Each token filter alone, on whitespace-split input. */
class FiltersTest {

    private static SetKeywordMarkerFilter keywords(org.apache.lucene.analysis.TokenStream in, String... words) {
        return new SetKeywordMarkerFilter(in, new CharArraySet(List.of(words), false));
    }

    @Test
    void hindiNormalization() throws IOException {
        assertTerms(filter("पण्डित सम्बन्ध \u0958ानून डॉक्टर कर्ता २०२४", HindiNormalizationFilter::new),
                new String[] {"पंडित", "संबंध", "कानून", "डोक्टर", "कर्ता", "2024"}, new int[] {1, 1, 1, 1, 1, 1});
    }

    @Test
    void hindiNormalizationLeavesKeywordsAlone() throws IOException {
        assertTerms(filter("पण्डित हिन्दी", in -> new HindiNormalizationFilter(keywords(in, "पण्डित"))),
                new String[] {"पण्डित", "हिंदी"}, null);
    }

    @Test
    void hindiLightStem() throws IOException {
        assertTerms(filter("देशों सेनाओं अधिकारियों शोइगू राजनाथ में", HindiLightStemFilter::new),
                new String[] {"देश", "सेना", "अधिकारी", "शोइगू", "राजनाथ", "में"}, new int[] {1, 1, 1, 1, 1, 1});
    }

    @Test
    void hindiLightStemLeavesKeywordsAlone() throws IOException {
        assertTerms(filter("देशों लोगों", in -> new HindiLightStemFilter(keywords(in, "लोगों"))),
                new String[] {"देश", "लोगों"}, null);
    }

    @Test
    void romanisationStacksTheFullFormAtTheSamePosition() throws IOException {
        List<Token> tokens = filter("राजनाथ सिंह Rajnath सीतारमण", RomanisationFilter::new);
        assertTerms(tokens, new String[] {"rajnath", "rajanath", "singh", "rajnath", "sitarman", "sitaraman"},
                new int[] {1, 0, 1, 1, 1, 0});
        assertEquals(tokens.get(0).start(), tokens.get(1).start(), "stacked form keeps the offsets");
        assertEquals(tokens.get(0).end(), tokens.get(1).end());
        assertEquals(tokens.get(0).type(), tokens.get(1).type());
    }

    @Test
    void romanisationSingleForms() throws IOException {
        assertTerms(filter("राजनाथ सिंह", in -> new RomanisationFilter(in, RomanisationFilter.Forms.WITH_SCHWA_DELETION)),
                new String[] {"rajnath", "singh"}, new int[] {1, 1});
        assertTerms(filter("राजनाथ सिंह", in -> new RomanisationFilter(in, RomanisationFilter.Forms.WITHOUT_SCHWA_DELETION)),
                new String[] {"rajanath", "singh"}, new int[] {1, 1});
    }

    @Test
    void looseLatin() throws IOException {
        assertTerms(filter("Yermekbayev yarmekbeyev Kazakhstan kajakhastan", LooseLatinFilter::new),
                new String[] {"armakbav", "armakbav", "kajakstan", "kajakstan"}, new int[] {1, 1, 1, 1});
    }

    @Test
    void nameKeyDropsShortKeysAndKeepsTheGap() throws IOException {
        assertTerms(filter("Russia Kazakhstan Singh Shoigu Yermekbayev", NameKeyFilter::new),
                new String[] {"KJKSTN", "RNKBV"}, new int[] {2, 3});
    }

    @Test
    void exonymsInjectedAtTheSamePosition() throws IOException {
        List<Token> tokens = filter("rus ras rusia", in -> new ExonymFilter(in, Exonyms.defaults()));
        assertTerms(tokens, new String[] {"rus", "rusia", "rasia", "ras", "rusia", "rus", "rasia"},
                new int[] {1, 0, 0, 1, 1, 0, 0});
        assertEquals(ExonymFilter.TYPE, tokens.get(1).type());
        assertEquals("word", tokens.get(0).type());
        assertEquals(tokens.get(0).start(), tokens.get(1).start());
        assertEquals(tokens.get(0).end(), tokens.get(2).end());
    }

    @Test
    void exonymsFromATable() throws IOException {
        Exonyms table = Exonyms.load(new StringReader("Russia\tरूस\n"), false);
        assertTerms(filter("rus x", in -> new ExonymFilter(in, table)),
                new String[] {"rus", "rusia", "x"}, new int[] {1, 0, 1});
    }

    @Test
    void nfc() throws IOException {
        assertTerms(filter("\u0958 \u0915\u093C कर्ता", NfcFilter::new),
                new String[] {"\u0915\u093C", "\u0915\u093C", "कर्ता"}, null);
    }
}
