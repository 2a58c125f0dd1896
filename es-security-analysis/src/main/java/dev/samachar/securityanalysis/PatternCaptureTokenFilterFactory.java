package dev.samachar.securityanalysis;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Token filter {@value #NAME}, as analysis-common defines it: Lucene's {@link PatternCaptureGroupTokenFilter}
 * with the settings {@code patterns} (required) and {@code preserve_original} (default true). The .security
 * index uses it to split e-mail addresses into their parts.
 */
@NamedComponent(PatternCaptureTokenFilterFactory.NAME)
public final class PatternCaptureTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "pattern_capture";

    /** The filter's index settings. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "patterns")
        List<String> patterns();

        @BooleanSetting(path = "preserve_original", defaultValue = true)
        boolean preserveOriginal();
    }

    private final Pattern[] patterns;
    private final boolean preserveOriginal;

    /**
     * Never throws for missing patterns: Elasticsearch builds a default instance of every plugin component, with
     * no settings, whenever any index is created. The check comes in {@link #create}, when an analyzer uses it.
     */
    @Inject
    public PatternCaptureTokenFilterFactory(Settings settings) {
        List<String> sources = settings.patterns();
        this.patterns = sources == null
                ? new Pattern[0]
                : sources.stream().map(Pattern::compile).toArray(Pattern[]::new);
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (patterns.length == 0) {
            throw new IllegalArgumentException("required setting 'patterns' is missing for token filter " + NAME);
        }
        return new PatternCaptureGroupTokenFilter(tokenStream, preserveOriginal, patterns);
    }
}
