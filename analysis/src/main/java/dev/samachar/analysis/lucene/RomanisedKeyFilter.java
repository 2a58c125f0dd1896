package dev.samachar.analysis.lucene;

import dev.samachar.analysis.NameKey;
import dev.samachar.analysis.Romaniser;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The key field's work on each lower-cased word in one filter: the same tokens as
 * {@link RomanisationFilter} with {@link RomanisationFilter.Forms#WITHOUT_SCHWA_DELETION} followed
 * by {@link NameKeyFilter} (the word becomes its {@link NameKey}, or is dropped, leaving a position
 * gap, when it has none), but each distinct word romanised and keyed once per {@link TermCache}.
 */
public final class RomanisedKeyFilter extends FilteringTokenFilter {

    /** Cached for a word without a key. */
    private static final char[] NO_KEY = new char[0];

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Romaniser romaniser = new Romaniser();
    private final StringBuilder romanised = new StringBuilder(32);
    private final TermCache<char[]> cache = new TermCache<>(this::keyOf);

    public RomanisedKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        char[] key = cache.get(termAtt);
        if (key == NO_KEY) {
            return false;
        }
        termAtt.copyBuffer(key, 0, key.length);
        return true;
    }

    private char[] keyOf(CharSequence word) {
        romanised.setLength(0);
        romaniser.romanise(word, null, romanised);
        String key = NameKey.of(romanised);
        return key == null ? NO_KEY : key.toCharArray();
    }
}
