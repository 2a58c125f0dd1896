package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Exonyms;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each term that has {@link Exonyms exonym} partners, adds the partners at the same
 * position (position increment 0, the term's offsets, type {@value #TYPE}): रूस ("rus") gets
 * "rusia", Russia ("rusia") gets "rus". The terms must already be loose forms, so put it after
 * {@link LooseLatinFilter}: the table is keyed on loose forms, and the added terms are final.
 */
public final class ExonymFilter extends TokenFilter {

    /** Token type of the added partners. */
    public static final String TYPE = "EXONYM";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    /** Looked up by the term buffer itself, so a term without partners costs no allocation. */
    private final CharArrayMap<List<String>> partners;

    private List<String> pending;
    private int next;
    private State state;

    public ExonymFilter(TokenStream input, Exonyms exonyms) {
        super(input);
        this.partners = new CharArrayMap<>(exonyms.asMap().size(), false);
        partners.putAll(exonyms.asMap());
    }

    public ExonymFilter(TokenStream input) {
        this(input, Exonyms.defaults());
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(state);
            termAtt.setEmpty().append(pending.get(next++));
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TYPE);
            if (next == pending.size()) {
                pending = null;
                state = null;
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> found = partners.get(termAtt.buffer(), 0, termAtt.length());
        if (found != null && !found.isEmpty()) {
            pending = found;
            next = 0;
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
    }
}
