package dev.samachar.esplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class FoldedAnalyzerFactoryTest {

    private final FoldedAnalyzerFactory factory = new FoldedAnalyzerFactory();

    @Test
    void isNamedSamacharFolded() {
        assertEquals("samachar_folded", factory.name());
    }

    @Test
    void tokenizesLowerCasesAndFolds() throws Exception {
        try (Analyzer analyzer = factory.create()) {
            assertEquals(List.of("भारत", "कजाकिस्तान", "संबंध", "yermekbayev", "2021"),
                    Tokens.terms(analyzer.tokenStream("body", "भारत-कज़ाकिस्तान सम्बन्ध, YERMEKBAYEV २०२१.")));
            // The analyzer reuses its components: a second text must not see the first.
            assertEquals(List.of("हिंदी"), Tokens.terms(analyzer.tokenStream("body", "हिन्दी")));
        }
    }

    @Test
    void normalizesQueryTermsTheSameWay() {
        try (Analyzer analyzer = factory.create()) {
            assertEquals("कजाक", analyzer.normalize("body", "क़ज़ाक").utf8ToString());
            assertEquals("संबंध", analyzer.normalize("body", "सम्बन्ध").utf8ToString());
            assertEquals("india", analyzer.normalize("body", "INDIA").utf8ToString());
        }
    }
}
