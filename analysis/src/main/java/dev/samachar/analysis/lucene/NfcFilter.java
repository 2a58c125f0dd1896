package dev.samachar.analysis.lucene;

import dev.samachar.analysis.HindiNormalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings each term to Unicode NFC, the only normalisation of the exact field: precomposed and
 * combining nukta letters become one encoding (क़ U+0958 = क U+0915 + ़ U+093C), and nothing
 * else changes, so distinctions that carry meaning survive (करता ≠ कर्ता, ज़ ≠ ज). Uses ICU4J,
 * not Lucene's ICU module, which Elasticsearch does not ship without its ICU plugin.
 */
public final class NfcFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public NfcFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!HindiNormalizer.isNfc(termAtt.buffer(), termAtt.length())) {
            String nfc = HindiNormalizer.nfc(termAtt);
            termAtt.setEmpty().append(nfc);
        }
        return true;
    }
}
