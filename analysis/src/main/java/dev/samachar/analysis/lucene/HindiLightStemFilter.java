package dev.samachar.analysis.lucene;

import dev.samachar.analysis.HindiLightStemmer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link HindiLightStemmer} to each term; put it after {@link HindiNormalizationFilter}.
 * Terms marked as keywords (for instance by a gazetteer of names) are not stemmed.
 */
public final class HindiLightStemFilter extends InPlaceTermFilter {

    public HindiLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    void rewrite(CharTermAttribute term) {
        term.setLength(HindiLightStemmer.stem(term.buffer(), term.length()));
    }
}
