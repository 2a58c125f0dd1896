package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.LookupFoldFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: {@link LookupFoldFilter} on every token. */
@NamedComponent(LookupFoldFilterFactory.NAME)
public final class LookupFoldFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_fold";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LookupFoldFilter(tokenStream);
    }

    /**
     * Prefix, wildcard and fuzzy query terms are folded like the indexed text, or they would miss it; a term that
     * folds to nothing stays one (empty) term, as normalisation must give.
     */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return LookupFoldFilter.keepingEveryTerm(tokenStream);
    }
}
