package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.Vocabulary;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The loose field's work on each lower-cased word in one filter: the same tokens as
 * {@link RomanisationFilter} (both forms), {@link LooseLatinFilter}, {@link ExonymFilter} and
 * {@link SamePositionDuplicateFilter} in a row (see {@link LooseForms}), but each distinct word
 * romanised, loosened and looked up once per {@link TermCache}: run for every occurrence, that
 * chain is the costliest analysis of the full template (docs/design-notes.md#one-scan-per-text).
 *
 * <p>An ordinary word (see {@link LooseForms}) is removed, its position increment passed on to the
 * next token, as a stop filter does. The word's first form replaces it; the others follow at the same position (position
 * increment 0, the word's offsets; exonym partners with type {@link ExonymFilter#TYPE}).
 */
public final class LooseFormsFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    /** Forms of words as written in lower case, and of words written capitalised: the vocabulary tells them apart. */
    private final TermCache<LooseForms> cache;

    private final TermCache<LooseForms> capitalisedCache;
    private LooseForms pending;
    private int next;
    private State state;
    /** Positions of ordinary words removed after the last token kept, for {@link #end()}. */
    private int skippedAtEnd;

    public LooseFormsFilter(TokenStream input, Exonyms exonyms) {
        this(input, exonyms, Vocabulary.defaults());
    }

    public LooseFormsFilter(TokenStream input, Exonyms exonyms, Vocabulary vocabulary) {
        this(input, exonyms, vocabulary, false);
    }

    /** @param forQueries the terms a query looks for rather than those a document indexes (see {@link LooseForms.Side}) */
    public LooseFormsFilter(TokenStream input, Exonyms exonyms, Vocabulary vocabulary, boolean forQueries) {
        this(input, exonyms, vocabulary, forQueries ? LooseForms.Side.QUERY : LooseForms.Side.INDEX);
    }

    LooseFormsFilter(TokenStream input, Exonyms exonyms, Vocabulary vocabulary, LooseForms.Side side) {
        super(input);
        LooseForms.Maker maker = new LooseForms.Maker(exonyms, vocabulary, side);
        this.cache = new TermCache<>(term -> maker.of(term, false));
        this.capitalisedCache = new TermCache<>(term -> maker.of(term, true));
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
        int skipped = 0;
        LooseForms forms;
        while (true) {
            if (!input.incrementToken()) {
                skippedAtEnd = skipped;
                return false;
            }
            boolean capitalised = (flagsAtt.getFlags() & SharedLowerCaseTokenizer.CAPITALISED) != 0;
            forms = (capitalised ? capitalisedCache : cache).get(termAtt);
            if (forms.terms().length > 0) {
                break;
            }
            skipped += posIncAtt.getPositionIncrement();
        }
        if (skipped > 0) {
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
        }
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
    public void end() throws IOException {
        super.end();
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedAtEnd);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        state = null;
        skippedAtEnd = 0;
    }
}
