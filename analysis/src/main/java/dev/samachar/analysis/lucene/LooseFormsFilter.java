package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Exonyms;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The loose field's work on each lower-cased word in one filter: the same tokens as
 * {@link RomanisationFilter} (both forms), {@link LooseLatinFilter}, {@link ExonymFilter} and
 * {@link SamePositionDuplicateFilter} in a row (see {@link LooseForms}), but each distinct word
 * romanised, loosened and looked up once per {@link TermCache}: that chain cost seven times
 * the standard analyser, most of the full template's indexing time.
 *
 * <p>The word's first form replaces it; the others follow at the same position (position
 * increment 0, the word's offsets; exonym partners with type {@link ExonymFilter#TYPE}).
 */
public final class LooseFormsFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final TermCache<LooseForms> cache;
    private LooseForms pending;
    private int next;
    private State state;

    public LooseFormsFilter(TokenStream input, Exonyms exonyms) {
        super(input);
        LooseForms.Maker maker = new LooseForms.Maker(exonyms);
        this.cache = new TermCache<>(maker::of);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(state);
            emit(pending, next++);
            posIncAtt.setPositionIncrement(0);
            if (next == pending.terms().length) {
                pending = null;
                state = null;
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        LooseForms forms = cache.get(termAtt);
        if (forms.terms().length > 1) {
            state = captureState();
            pending = forms;
            next = 1;
        }
        emit(forms, 0);
        return true;
    }

    private void emit(LooseForms forms, int i) {
        char[] term = forms.terms()[i];
        termAtt.copyBuffer(term, 0, term.length);
        if (forms.exonym()[i]) {
            typeAtt.setType(ExonymFilter.TYPE);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
    }
}
