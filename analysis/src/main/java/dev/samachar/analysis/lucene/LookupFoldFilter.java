package dev.samachar.analysis.lucene;

import dev.samachar.analysis.LookupFold;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each token's term with its {@link LookupFold} key: nukta and joiners removed, candrabindu as
 * anusvara, nasal clusters as anusvara, Devanagari digits as ASCII, lower case. So कज़ाकिस्तान and
 * कजाकिस्तान, सम्बन्ध and संबंध index alike. Offsets stay those of the original text, so highlighting
 * marks what the reader wrote.
 *
 * <p>A token that folds to nothing (a stray nukta or joiner) is dropped; the position gap it leaves is kept,
 * so phrase queries across it still see the distance. Normalizing a query term ({@code Analyzer.normalize})
 * must give exactly one term, so {@link #keepingEveryTerm} keeps such a term, empty.
 */
public final class LookupFoldFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean keepEmpty;

    public LookupFoldFilter(TokenStream input) {
        this(input, false);
    }

    private LookupFoldFilter(TokenStream input, boolean keepEmpty) {
        super(input);
        this.keepEmpty = keepEmpty;
    }

    /** The filter for {@code Analyzer.normalize}: one term in, one term out. */
    public static LookupFoldFilter keepingEveryTerm(TokenStream input) {
        return new LookupFoldFilter(input, true);
    }

    @Override
    protected boolean accept() {
        String folded = LookupFold.fold(term);
        if (folded.isEmpty() && !keepEmpty) {
            return false;
        }
        if (!folded.contentEquals(term)) {
            term.setEmpty().append(folded);
        }
        return true;
    }
}
