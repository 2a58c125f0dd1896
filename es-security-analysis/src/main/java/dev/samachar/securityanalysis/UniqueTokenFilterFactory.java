package dev.samachar.securityanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * Token filter {@value #NAME}, as analysis-common defines it: drops a token whose term was already seen in the
 * stream ({@code only_on_same_position}: false, the default) or at the same position (true). Not Lucene's
 * RemoveDuplicatesTokenFilter, which only has the second behaviour.
 */
@NamedComponent(UniqueTokenFilterFactory.NAME)
public final class UniqueTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "unique";

    /** The filter's index settings. */
    @AnalysisSettings
    public interface Settings {
        @BooleanSetting(path = "only_on_same_position", defaultValue = false)
        boolean onlyOnSamePosition();
    }

    private final boolean onlyOnSamePosition;

    @Inject
    public UniqueTokenFilterFactory(Settings settings) {
        this.onlyOnSamePosition = settings.onlyOnSamePosition();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new UniqueTokenFilter(tokenStream, onlyOnSamePosition);
    }
}
