package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.NameKeyFilter;
import dev.samachar.analysis.lucene.RomanisationFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@value #NAME}: consonant skeleton of the full romanised form; keys under four consonants are dropped. */
@NamedComponent(NameKeyFilterFactory.NAME)
public final class NameKeyFilterFactory implements TokenFilterFactory {

    public static final String NAME = "samachar_name_key";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new NameKeyFilter(new RomanisationFilter(tokenStream, RomanisationFilter.Forms.WITHOUT_SCHWA_DELETION));
    }
}
