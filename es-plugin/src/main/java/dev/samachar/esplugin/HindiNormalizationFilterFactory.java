package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.HindiNormalizationFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: {@link HindiNormalizationFilter} (nukta, nasals, candrabindu, chandra vowels, joiners, digits). */
@NamedComponent(HindiNormalizationFilterFactory.NAME)
public final class HindiNormalizationFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_hindi_normalization";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new HindiNormalizationFilter(tokenStream);
    }

    /** Prefix, wildcard and fuzzy query terms are normalised like the indexed text, or they would miss it: one term in, one out. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new HindiNormalizationFilter(tokenStream);
    }
}
