package dev.samachar.analysis.lucene;

import dev.samachar.analysis.LooseLatin;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each term with its {@link LooseLatin} form; put it after {@link RomanisationFilter}.
 * Like Lucene's folding filters it ignores keyword marks: it changes spelling, not the word.
 */
public final class LooseLatinFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public LooseLatinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String loose = LooseLatin.normalize(termAtt);
        termAtt.setEmpty().append(loose);
        return true;
    }
}
