package dev.samachar.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A text split by {@link WordTokenizer}, with each token's {@link Word}: what every dictionary
 * matcher of an article needs, worked out once and shared by them all. A token's text is its
 * word's text, so a word the shared table knows costs no new string.
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenizedText {

    /**
     * The bound each matcher's own word cache had before they shared this one; a word met after the
     * table is full is folded afresh at each occurrence, so memory stays flat on any corpus.
     */
    static final int SHARED_WORDS = 50_000;

    private static final WordTable SHARED = new WordTable(SHARED_WORDS);

    private final String text;
    private final List<WordTokenizer.Token> tokens;
    private final Word[] words;

    private TokenizedText(String text, List<WordTokenizer.Token> tokens, Word[] words) {
        this.text = text;
        this.tokens = Collections.unmodifiableList(tokens);
        this.words = words;
    }

    /** {@code text} tokenised, each word taken from the shared table. */
    public static TokenizedText of(String text) {
        return of(text, SHARED);
    }

    static TokenizedText of(String text, WordTable table) {
        List<WordTokenizer.Token> tokens = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        WordTokenizer.forEachToken(text, (start, end) -> {
            Word word = table.get(text, start, end);
            words.add(word);
            tokens.add(new WordTokenizer.Token(word.text(), start, end));
        });
        return new TokenizedText(text, tokens, words.toArray(new Word[0]));
    }

    public String text() {
        return text;
    }

    /** The tokens, in text order; the same as {@link WordTokenizer#tokenize} gives. */
    public List<WordTokenizer.Token> tokens() {
        return tokens;
    }

    /** The word of token {@code i}. */
    public Word word(int i) {
        return words[i];
    }

    public int size() {
        return words.length;
    }
}
