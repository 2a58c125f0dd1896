package dev.samachar.analysis.lucene;

import dev.samachar.analysis.HindiNormalizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link HindiNormalizer} to each term (NFC, nukta, candrabindu, nasal clusters, chandra
 * vowels, joiners, digits; viramas and vowel length kept). Terms marked as keywords are left
 * alone, as Lucene's own normalisation filters do.
 */
public final class HindiNormalizationFilter extends InPlaceTermFilter {

    public HindiNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    void rewrite(CharTermAttribute term) {
        if (!HindiNormalizer.isNfc(term.buffer(), term.length())) {
            String nfc = HindiNormalizer.nfc(term);
            term.setEmpty().append(nfc);
        }
        // Every rule after NFC keeps or shortens the term, so the buffer is rewritten in place.
        term.setLength(HindiNormalizer.normalizeNfc(term.buffer(), term.length()));
    }
}
