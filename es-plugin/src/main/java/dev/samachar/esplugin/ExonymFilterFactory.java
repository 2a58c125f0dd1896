package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.ExonymFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: adds the other language's name of a country (Russia / रूस) at the same position. */
@NamedComponent(ExonymFilterFactory.NAME)
public final class ExonymFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_exonym";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ExonymFilter(tokenStream);
    }
}
