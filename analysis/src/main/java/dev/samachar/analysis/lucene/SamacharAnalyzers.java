package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.Vocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers of the four sub-fields of a text field. All start with Lucene's
 * {@link StandardTokenizer} (it keeps Devanagari vowel signs, virama, nukta and ZWJ inside the
 * word and splits at the danda), also split at sentences glued by a full stop ("हैं.दिल्ली",
 * {@link dev.samachar.analysis.GluedFullStops}), and {@link LowerCaseFilter}, scanning and
 * lower-casing a text once for all four ({@link SharedLowerCaseTokenizer}). Use the same analyser at index and query
 * time. Each call returns a new {@link Analyzer}; one instance is thread-safe and should be reused.
 *
 * <table>
 *   <caption>Sub-fields</caption>
 *   <tr><th>analyser</th><th>after tokenising and lower-casing</th><th>for</th></tr>
 *   <tr><td>{@link #exact()}</td><td>NFC only</td><td>precision: distinctions that carry meaning
 *       stay (करता ≠ कर्ता, ज़ ≠ ज, २०२४ ≠ 2024)</td></tr>
 *   <tr><td>{@link #hindi()}</td><td>{@link HindiNormalizationFilter},
 *       {@link HindiLightStemFilter}</td><td>Hindi recall: spelling variants and plurals
 *       (पण्डित = पंडित, देशों = देश)</td></tr>
 *   <tr><td>{@link #loose()} (index), {@link #looseQuery()} (search)</td><td>{@link LooseFormsFilter}:
 *       names only (ordinary words of either language get no terms), the phonetic keys of their
 *       readings, vowel skeletons of long ones, exonym group terms, prefixed by script and side
 *       ({@link LooseForms})</td><td>cross-script names: Yermekbayev = यरमेकबायेव,
 *       Russia = रूस; matched exactly, never fuzzy</td></tr>
 *   <tr><td>{@link #key()}</td><td>{@link RomanisationFilter} (full form only),
 *       {@link NameKeyFilter}: in one cached {@link RomanisedKeyFilter}</td><td>blocking /
 *       recall key for long names (KJKSTN); rank it low</td></tr>
 * </table>
 *
 */
public final class SamacharAnalyzers {

    private SamacharAnalyzers() {}

    /** Standard tokenizer, lower case, NFC. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                return new TokenStreamComponents(source, new NfcFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new NfcFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Standard tokenizer, lower case, Hindi normalisation, light Hindi stemming. */
    public static Analyzer hindi() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                TokenStream s = source;
                s = new HindiNormalizationFilter(s);
                s = new HindiLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new HindiNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** {@link #loose(Exonyms)} with {@link Exonyms#defaults()}. */
    public static Analyzer loose() {
        return loose(Exonyms.defaults());
    }

    /**
     * The query side of {@link #loose()}: the same terms, prefixed to find the other script's
     * spellings (see {@link LooseForms.Side}). The loose sub-fields use it as search analyzer.
     */
    public static Analyzer looseQuery() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                return new TokenStreamComponents(
                        source, new LooseFormsFilter(source, Exonyms.defaults(), Vocabulary.defaults(), true));
            }
        };
    }

    /**
     * {@link #looseQuery()} with terms for the ordinary words that may be names too (every Hindi
     * word, capitalised English words; see {@link LooseForms.Side#QUERY_EVERY_WORD}), for search
     * clients that make them optional (Samachar's CLI and page).
     */
    public static Analyzer looseQueryEveryWord() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                return new TokenStreamComponents(
                        source,
                        new LooseFormsFilter(
                                source, Exonyms.defaults(), Vocabulary.defaults(), LooseForms.Side.QUERY_EVERY_WORD));
            }
        };
    }

    /** The cross-script terms of names (see {@link LooseForms}), as documents index them. */
    public static Analyzer loose(Exonyms exonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                TokenStream s = source;
                s = new LooseFormsFilter(s, exonyms);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                // One term in, one term out: the schwa-deleted form only, no exonyms.
                TokenStream s = new LowerCaseFilter(in);
                s = new RomanisationFilter(s, RomanisationFilter.Forms.WITH_SCHWA_DELETION);
                return new LooseLatinFilter(s);
            }
        };
    }

    /** Standard tokenizer, lower case, romanisation without schwa deletion, name key. */
    public static Analyzer key() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SharedLowerCaseTokenizer();
                TokenStream s = source;
                s = new RomanisedKeyFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }
}
