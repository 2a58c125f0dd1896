package dev.samachar.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: {@link LookupFoldFilter} on every token. */
@NamedComponent(FoldTokenFilterFactory.NAME)
public final class FoldTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_fold";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LookupFoldFilter(tokenStream);
    }

    /** Prefix, wildcard and fuzzy query terms are folded like the indexed text, or they would miss it. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new LookupFoldFilter(tokenStream);
    }
}
