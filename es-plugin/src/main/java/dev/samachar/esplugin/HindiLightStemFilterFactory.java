package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.HindiLightStemFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: {@link HindiLightStemFilter}, a light inflection stripper that leaves names whole. */
@NamedComponent(HindiLightStemFilterFactory.NAME)
public final class HindiLightStemFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_hindi_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new HindiLightStemFilter(tokenStream);
    }
}
