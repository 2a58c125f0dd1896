package dev.samachar.analysis.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A filter that rewrites each term in place and leaves keyword-marked terms alone, as Lucene's own
 * normalisation and stemming filters do; subclasses only say how a term is rewritten.
 */
abstract class InPlaceTermFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    InPlaceTermFilter(TokenStream input) {
        super(input);
    }

    /** Rewrites {@code term}; called for every term not marked as a keyword. */
    abstract void rewrite(CharTermAttribute term);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            rewrite(termAtt);
        }
        return true;
    }
}
