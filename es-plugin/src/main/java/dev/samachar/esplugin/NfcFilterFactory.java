package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.NfcFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: Unicode NFC, so precomposed and combining spellings index alike. */
@NamedComponent(NfcFilterFactory.NAME)
public final class NfcFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_nfc";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new NfcFilter(tokenStream);
    }

    /** Prefix, wildcard and fuzzy query terms get NFC too, or a precomposed nukta would miss the text: one term in, one out. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new NfcFilter(tokenStream);
    }
}
