package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Exonyms;
import dev.samachar.analysis.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The reference for {@link LooseFormsFilter}'s cache: a new {@link LooseForms.Maker} for every word. */
final class UncachedLooseFormsFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
    private final List<State> pending = new ArrayList<>();
    private int skipped;

    UncachedLooseFormsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            boolean capitalised = (flagsAtt.getFlags() & SharedLowerCaseTokenizer.CAPITALISED) != 0;
            LooseForms forms = new LooseForms.Maker(Exonyms.defaults(), Vocabulary.defaults()).of(termAtt, capitalised);
            if (forms.terms().length == 0) {
                skipped += posIncAtt.getPositionIncrement();
                continue;
            }
            int increment = posIncAtt.getPositionIncrement() + skipped;
            skipped = 0;
            String type = typeAtt.type();
            for (int i = 0; i < forms.terms().length; i++) {
                termAtt.copyBuffer(forms.terms()[i], 0, forms.terms()[i].length);
                posIncAtt.setPositionIncrement(i == 0 ? increment : 0);
                typeAtt.setType(forms.exonym()[i] ? ExonymFilter.TYPE : type);
                pending.add(captureState());
            }
        }
        restoreState(pending.remove(0));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        skipped = 0;
    }
}
