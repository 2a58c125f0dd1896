package dev.samachar.esplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

class FoldTokenFilterFactoryTest {

    private final FoldTokenFilterFactory factory = new FoldTokenFilterFactory();

    @Test
    void isNamedSamacharFold() {
        assertEquals("samachar_fold", factory.name());
        assertEquals(AnalysisMode.ALL, factory.getAnalysisMode());
    }

    @Test
    void foldsNuktaAndNasalClustersOnStandardTokens() throws Exception {
        // कज़ाकिस्तान with the precomposed ज़ (U+095B), as many sources write it.
        String text = "\u0915\u095B\u093E\u0915\u093F\u0938\u094D\u0924\u093E\u0928 सम्बन्ध";
        assertEquals(List.of("कजाकिस्तान", "संबंध"), Tokens.terms(factory.create(Tokens.standard(text))));
    }

    @Test
    void foldsCombiningNuktaCandrabinduDigitsAndCase() throws Exception {
        String text = "कज़ाकिस्तान हाँ २०२१ Kazakhstan’s";
        assertEquals(List.of("कजाकिस्तान", "हां", "2021", "kazakhstan's"),
                Tokens.terms(factory.create(Tokens.standard(text))));
    }

    @Test
    void keepsOffsetsOfTheOriginalText() throws Exception {
        String text = "सम्बन्ध India";
        List<Tokens.Token> tokens = Tokens.tokens(factory.create(Tokens.standard(text)));
        assertEquals(List.of(new Tokens.Token("संबंध", 1, 0, 7), new Tokens.Token("india", 1, 8, 13)), tokens);
    }

    @Test
    void dropsTokensThatFoldToNothingAndKeepsTheGap() throws Exception {
        List<Tokens.Token> tokens = Tokens.tokens(factory.create(Tokens.of("क़", "\u093C", "\u200D", "ज़")));
        assertEquals(List.of("क", "ज"), tokens.stream().map(Tokens.Token::term).toList());
        assertEquals(List.of(1, 3), tokens.stream().map(Tokens.Token::positionIncrement).toList());
    }

    @Test
    void normalizeFoldsLikeCreate() throws Exception {
        assertEquals(List.of("कजाक"), Tokens.terms(factory.normalize(Tokens.of("क़ज़ाक"))));
    }

    @Test
    void aFreshStreamPerCallIsIndependent() throws Exception {
        assertEquals(List.of("संबंध"), Tokens.terms(factory.create(Tokens.standard("सम्बन्ध"))));
        assertEquals(List.of("हिंदी"), Tokens.terms(factory.create(Tokens.standard("हिन्दी"))));
    }
}
