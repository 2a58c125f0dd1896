package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.LooseLatinFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: {@link LooseLatinFilter}, the spelling-tolerant Latin form. */
@NamedComponent(LooseLatinFilterFactory.NAME)
public final class LooseLatinFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_loose_latin";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LooseLatinFilter(tokenStream);
    }

    /** Prefix, wildcard and fuzzy query terms get the loose form too, or they would miss it: one term in, one out. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new LooseLatinFilter(tokenStream);
    }
}
