package dev.samachar.analysis.lucene;

import dev.samachar.analysis.HindiLightStemmer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies {@link HindiLightStemmer} to each term; put it after {@link HindiNormalizationFilter}.
 * Terms marked as keywords (for instance by a gazetteer of names) are not stemmed.
 */
public final class HindiLightStemFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public HindiLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            termAtt.setLength(HindiLightStemmer.stem(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }
}
