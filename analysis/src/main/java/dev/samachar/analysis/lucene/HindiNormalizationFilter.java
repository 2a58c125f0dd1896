package dev.samachar.analysis.lucene;

import dev.samachar.analysis.HindiNormalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies {@link HindiNormalizer} to each term (NFC, nukta, candrabindu, nasal clusters, chandra
 * vowels, joiners, digits; viramas and vowel length kept). Terms marked as keywords are left
 * alone, as Lucene's own normalisation filters do.
 */
public final class HindiNormalizationFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public HindiNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            if (!HindiNormalizer.isNfc(termAtt)) {
                String nfc = HindiNormalizer.nfc(termAtt);
                termAtt.setEmpty().append(nfc);
            }
            // Every rule after NFC keeps or shortens the term, so the buffer is rewritten in place.
            termAtt.setLength(HindiNormalizer.normalizeNfc(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }
}
