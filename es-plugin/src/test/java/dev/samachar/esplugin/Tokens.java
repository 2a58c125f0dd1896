package dev.samachar.esplugin;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Test helpers: token streams in, terms out. */
final class Tokens {

    /** A token as a test compares it: term, position increment, offsets. */
    record Token(String term, int positionIncrement, int start, int end) {
    }

    private Tokens() {
    }

    static Tokenizer standard(String text) {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    /** Emits the given terms as they are, one position apart. */
    static TokenStream of(String... terms) {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
            private Iterator<String> next;

            @Override
            public boolean incrementToken() {
                if (!next.hasNext()) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(next.next());
                posInc.setPositionIncrement(1);
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = List.of(terms).iterator();
            }
        };
    }

    static List<String> terms(TokenStream stream) throws IOException {
        return tokens(stream).stream().map(Token::term).toList();
    }

    static List<Token> tokens(TokenStream stream) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), posInc.getPositionIncrement(), offset.startOffset(),
                        offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }
}
