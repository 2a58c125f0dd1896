package dev.samachar.esplugin;

import dev.samachar.analysis.lucene.LookupFoldFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@value #NAME}: standard tokenizer, lower case, {@link LookupFoldFilter}. Usable by name in any
 * mapping ({@code "analyzer": "samachar_folded"}) without defining it in the index settings.
 */
@NamedComponent(FoldedAnalyzerFactory.NAME)
public final class FoldedAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "samachar_folded";

    @Override
    public Analyzer create() {
        return new FoldedAnalyzer();
    }

    /** Lucene classes come from the server; the plugin must not bundle a second Lucene. */
    static final class FoldedAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream folded = new LookupFoldFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, folded);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return LookupFoldFilter.keepingEveryTerm(new LowerCaseFilter(in));
        }
    }
}
