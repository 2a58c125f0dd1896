package dev.samachar.analysis.lucene;

import dev.samachar.analysis.Romaniser;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Romanises Devanagari terms with {@link Romaniser}; other terms are only lower-cased. With
 * {@link Forms#BOTH}, a term whose two romanisations differ (राजनाथ: rajnath, rajanath) gives
 * the schwa-deleted form and then the full one at the same position (position increment 0,
 * same offsets and type), so that names the schwa rules misread still match (सीतारमण:
 * sitarman, sitaraman).
 *
 * <p>Keyword-marked terms are romanised too: this is a change of script, not of word.
 */
public final class RomanisationFilter extends TokenFilter {

    /** Which romanisations to emit. */
    public enum Forms {
        /** The schwa-deleted form, and the full one stacked on it when it differs. */
        BOTH,
        /** Only the schwa-deleted form. */
        WITH_SCHWA_DELETION,
        /** Only the full form, with every medial schwa (the input of name keys). */
        WITHOUT_SCHWA_DELETION
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

    private final Forms forms;
    private final Romaniser romaniser = new Romaniser();
    private final StringBuilder withDeletion = new StringBuilder(32);
    private final StringBuilder withoutDeletion = new StringBuilder(32);
    private State pending;

    public RomanisationFilter(TokenStream input, Forms forms) {
        super(input);
        this.forms = forms;
    }

    public RomanisationFilter(TokenStream input) {
        this(input, Forms.BOTH);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            termAtt.setEmpty().append(withoutDeletion);
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        withDeletion.setLength(0);
        withoutDeletion.setLength(0);
        romaniser.romanise(
                termAtt,
                forms == Forms.WITHOUT_SCHWA_DELETION ? null : withDeletion,
                forms == Forms.WITH_SCHWA_DELETION ? null : withoutDeletion);
        switch (forms) {
            case WITH_SCHWA_DELETION:
                termAtt.setEmpty().append(withDeletion);
                break;
            case WITHOUT_SCHWA_DELETION:
                termAtt.setEmpty().append(withoutDeletion);
                break;
            default:
                termAtt.setEmpty().append(withDeletion);
                if (!contentEquals(withDeletion, withoutDeletion)) {
                    pending = captureState();
                }
                break;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }

    private static boolean contentEquals(CharSequence a, CharSequence b) {
        return CharSequence.compare(a, b) == 0;
    }
}
