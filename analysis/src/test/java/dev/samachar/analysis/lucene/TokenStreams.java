package dev.samachar.analysis.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The Lucene test idiom without lucene-test-framework (which needs JUnit 4): consume a stream
 * following the TokenStream contract (reset, incrementToken, end, close), collect each token's
 * term, position increment, offsets and type, and check them.
 */
final class TokenStreams {

    record Token(String term, int posInc, int start, int end, String type) {}

    private TokenStreams() {}

    static List<Token> consume(TokenStream ts) throws IOException {
        List<Token> tokens = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        try (ts) {
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), posInc.getPositionIncrement(), offset.startOffset(),
                        offset.endOffset(), type.type()));
            }
            ts.end();
        }
        if (!tokens.isEmpty()) {
            assertTrue(tokens.get(0).posInc() >= 1, "first token must advance the position");
        }
        for (Token t : tokens) {
            assertTrue(t.start() <= t.end(), "offsets of " + t);
        }
        return tokens;
    }

    /** A filter chain on whitespace-split {@code text}. */
    static List<Token> filter(String text, Function<TokenStream, TokenStream> chain) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return consume(chain.apply(tokenizer));
    }

    static List<Token> analyze(Analyzer analyzer, String text) throws IOException {
        List<Token> first = consume(analyzer.tokenStream("f", text));
        // A reused stream must give the same tokens: checks reset() clears all state.
        assertEquals(first, consume(analyzer.tokenStream("f", text)), "second use of the reused stream");
        return first;
    }

    static void assertTerms(List<Token> tokens, String[] terms, int[] posIncs) {
        assertArrayEquals(terms, tokens.stream().map(Token::term).toArray(String[]::new), "terms " + tokens);
        if (posIncs != null) {
            assertArrayEquals(posIncs, tokens.stream().mapToInt(Token::posInc).toArray(), "position increments " + tokens);
        }
    }

    static void assertNoTokens(List<Token> tokens) {
        assertFalse(tokens.iterator().hasNext(), "tokens " + tokens);
    }
}
