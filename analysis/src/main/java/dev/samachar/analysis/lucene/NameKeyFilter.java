package dev.samachar.analysis.lucene;

import dev.samachar.analysis.NameKey;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each term with its {@link NameKey} and drops terms whose key is too short (fewer than
 * {@value NameKey#MIN_LENGTH} consonants) to be anything but noise; the positions of dropped
 * terms are kept as gaps, so phrase queries still see the words' distances. Put it after a
 * {@link RomanisationFilter} with {@link RomanisationFilter.Forms#WITHOUT_SCHWA_DELETION}.
 */
public final class NameKeyFilter extends FilteringTokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public NameKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        String key = NameKey.of(termAtt);
        if (key == null) {
            return false;
        }
        termAtt.setEmpty().append(key);
        return true;
    }
}
