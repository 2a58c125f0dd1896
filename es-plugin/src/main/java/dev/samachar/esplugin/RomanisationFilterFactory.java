package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.RomanisationFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: Devanagari to Latin, the schwa-deleted form and the full form at the same position. */
@NamedComponent(RomanisationFilterFactory.NAME)
public final class RomanisationFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_romanise";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RomanisationFilter(tokenStream);
    }

    /** Query terms are normalised to one term each: the schwa-deleted form, as the loose analyzer's own normalisation does. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new RomanisationFilter(tokenStream, RomanisationFilter.Forms.WITH_SCHWA_DELETION);
    }
}
