package dev.samachar.analysis.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Drops a token whose term was already emitted at the same position (both schwa readings often
 * loosen to one form). Lucene's RemoveDuplicatesTokenFilter does the same with a hash set cleared
 * at every position, which cost as much as the romanisation itself; a position holds at most a
 * handful of variants, so a short list compared in place is enough.
 */
public final class SamePositionDuplicateFilter extends FilteringTokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final List<char[]> atPosition = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();

    public SamePositionDuplicateFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        if (posIncAtt.getPositionIncrement() > 0) {
            atPosition.clear();
            lengths.clear();
        } else {
            for (int i = 0; i < atPosition.size(); i++) {
                if (sameTerm(atPosition.get(i), lengths.get(i))) {
                    return false;
                }
            }
        }
        atPosition.add(Arrays.copyOf(termAtt.buffer(), termAtt.length()));
        lengths.add(termAtt.length());
        return true;
    }

    private boolean sameTerm(char[] term, int length) {
        if (length != termAtt.length()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        for (int i = 0; i < length; i++) {
            if (buffer[i] != term[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        atPosition.clear();
        lengths.clear();
    }
}
