package dev.samachar.securityanalysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps only the first token of each term: over the whole stream, or, with {@code onlyOnSamePosition}, among
 * tokens stacked on one position. A FilteringTokenFilter, so a dropped token's position increment moves to the
 * next kept one and phrase positions stay right.
 */
final class UniqueTokenFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final CharArraySet seen = new CharArraySet(8, false);
    private final boolean onlyOnSamePosition;

    UniqueTokenFilter(TokenStream input, boolean onlyOnSamePosition) {
        super(input);
        this.onlyOnSamePosition = onlyOnSamePosition;
    }

    @Override
    protected boolean accept() {
        if (onlyOnSamePosition && positionIncrement.getPositionIncrement() > 0) {
            seen.clear();
        }
        boolean duplicate = seen.contains(term.buffer(), 0, term.length());
        if (!duplicate) {
            // CharArraySet keeps the array it is given; the attribute's buffer is reused for the next token.
            char[] copy = new char[term.length()];
            System.arraycopy(term.buffer(), 0, copy, 0, term.length());
            seen.add(copy);
        }
        return !duplicate;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        seen.clear();
    }
}
