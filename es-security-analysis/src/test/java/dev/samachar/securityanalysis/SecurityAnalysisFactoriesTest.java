package dev.samachar.securityanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The three components behave as analysis-common's do, in the chain the .security index builds from them. */
class SecurityAnalysisFactoriesTest {

    /** The .security index's "email" analyzer: uax_url_email, then email (pattern_capture), lowercase, unique. */
    private static TokenStream securityEmailAnalyzer(String text) {
        Tokenizer tokenizer = new UaxUrlEmailTokenizerFactory(() -> 255).create();
        tokenizer.setReader(new StringReader(text));
        var email = new PatternCaptureTokenFilterFactory(new PatternCaptureTokenFilterFactory.Settings() {
            @Override
            public List<String> patterns() {
                return List.of("([^@]+)", "(\\p{L}+)", "(\\d+)", "@(.+)");
            }

            @Override
            public boolean preserveOriginal() {
                return true;
            }
        });
        TokenStream stream = email.create(tokenizer);
        stream = new LowerCaseFilter(stream);
        return new UniqueTokenFilterFactory(() -> false).create(stream);
    }

    @Test
    void theSecurityIndexEmailAnalyzerSplitsAnAddressIntoUniqueParts() throws IOException {
        assertEquals(
                List.of("jane.doe42@example.org", "jane.doe42", "jane", "doe", "42", "example.org", "example", "org"),
                terms(securityEmailAnalyzer("Jane.Doe42@Example.org")));
    }

    @Test
    void uaxUrlEmailKeepsAddressesAndUrlsWhole() throws IOException {
        Tokenizer tokenizer = new UaxUrlEmailTokenizerFactory(() -> 255).create();
        tokenizer.setReader(new StringReader("mail ops@pib.gov.in or see https://pib.gov.in/x"));
        assertEquals(List.of("mail", "ops@pib.gov.in", "or", "see", "https://pib.gov.in/x"), terms(tokenizer));
    }

    @Test
    void uniqueDropsRepeatsAcrossTheStreamAndKeepsPositionsRight() throws IOException {
        TokenStream stream = new UniqueTokenFilterFactory(() -> false).create(whitespace("a b a c b"));
        assertEquals(List.of("a/1", "b/1", "c/2"), termsWithIncrements(stream));
    }

    @Test
    void uniqueOnlyOnSamePositionKeepsRepeatsAtOtherPositions() throws IOException {
        // KeywordRepeat stacks each token on itself: the stacked copy is a duplicate on the same position.
        TokenStream stream =
                new UniqueTokenFilterFactory(() -> true).create(new KeywordRepeatFilter(whitespace("a b a")));
        assertEquals(List.of("a/1", "b/1", "a/1"), termsWithIncrements(stream));
    }

    @Test
    void patternCaptureWithoutPatternsIsRejectedWhenUsedNotWhenBuilt() {
        var factory = new PatternCaptureTokenFilterFactory(new PatternCaptureTokenFilterFactory.Settings() {
            @Override
            public List<String> patterns() {
                return List.of();
            }

            @Override
            public boolean preserveOriginal() {
                return true;
            }
        });
        assertThrows(IllegalArgumentException.class, () -> factory.create(whitespace("a")));
    }

    private static Tokenizer whitespace(String text) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
        stream.close();
        return terms;
    }

    private static List<String> termsWithIncrements(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term + "/" + increment.getPositionIncrement());
        }
        stream.end();
        stream.close();
        return terms;
    }
}
