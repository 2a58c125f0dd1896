package dev.samachar.securityanalysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * Tokenizer {@value #NAME}, as analysis-common defines it: Lucene's {@link UAX29URLEmailTokenizer}, which keeps
 * URLs and e-mail addresses whole, with {@code max_token_length} (default 255).
 */
@NamedComponent(UaxUrlEmailTokenizerFactory.NAME)
public final class UaxUrlEmailTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "uax_url_email";

    /** The tokenizer's index settings. */
    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "max_token_length", defaultValue = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH)
        int maxTokenLength();
    }

    private final int maxTokenLength;

    @Inject
    public UaxUrlEmailTokenizerFactory(Settings settings) {
        this.maxTokenLength = settings.maxTokenLength();
    }

    @Override
    public Tokenizer create() {
        UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
        tokenizer.setMaxTokenLength(maxTokenLength);
        return tokenizer;
    }
}
