package dev.samachar.pipeline;

import dev.samachar.analysis.WordTokenizer;
import dev.samachar.analysis.lucene.SamacharAnalyzers;
import dev.samachar.enrich.TextWindows;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinctive romanised forms of a text for translation linking, as {@link HashedTerms}: for every
 * word, the terms the loose field indexes for it (romanised, spelling-tolerant, with exonym partners)
 * that have at least {@link #MIN_LENGTH} characters; shorter ones are mostly function words that match
 * across languages by chance.
 *
 * <p>A run links nearly every article it sent, so this runs over every title and body once more. Words
 * repeat from article to article, so each distinct word goes through the loose analyser once and its
 * forms are kept (up to {@link #CACHED_WORDS} words); the text itself is only split into words. Thread-safe.
 */
final class LinkForms {

    static final int MIN_LENGTH = 5;
    /** A few MB at most: news vocabularies are larger, but their frequent words fit. */
    static final int CACHED_WORDS = 50_000;
    /** Forms collected before duplicates are dropped: 512 KB of hashes. */
    private static final int DISTINCT_AFTER = 1 << 16;

    private final Analyzer loose = SamacharAnalyzers.loose();
    private final ConcurrentHashMap<String, long[]> byWord = new ConcurrentHashMap<>();

    long[] of(String text) {
        long[] hashes = new long[64];
        int count = 0;
        // Window by window (see TextWindows): a token list of a whole 10 MB page would not fit the heap.
        for (String window : TextWindows.of(text)) {
            for (WordTokenizer.Token token : WordTokenizer.tokenize(window)) {
                long[] forms = formsOf(token.text());
                if (count + forms.length > hashes.length) {
                    hashes = Arrays.copyOf(hashes, Math.max(hashes.length * 2, count + forms.length));
                }
                System.arraycopy(forms, 0, hashes, count, forms.length);
                count += forms.length;
            }
            if (count > DISTINCT_AFTER) {
                // A huge page repeats its words: keeping each form once keeps the array near its vocabulary's size.
                count = HashedTerms.sortedDistinct(hashes, count).length;
            }
        }
        return HashedTerms.sortedDistinct(hashes, count);
    }

    private long[] formsOf(String word) {
        long[] forms = byWord.get(word);
        if (forms == null) {
            forms = analyse(word);
            if (byWord.size() < CACHED_WORDS) {
                byWord.put(word, forms);
            }
        }
        return forms;
    }

    /**
     * A loose term as both scripts index it: a Devanagari word's terms carry a prefix (see
     * SamacharAnalyzers.looseQuery), which linking, comparing a Hindi article with an English one,
     * takes off; the terms that only join Hindi spellings are left out.
     */
    static String crossScript(String term) {
        if (term.startsWith("~") || term.startsWith("^")) {
            return null;
        }
        return term.startsWith("_") ? term.substring(1) : term;
    }

    private long[] analyse(String word) {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = loose.tokenStream("text", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = crossScript(term.toString());
                if (t != null && t.length() >= MIN_LENGTH) {
                    terms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms.isEmpty() ? HashedTerms.EMPTY : HashedTerms.of(terms);
    }
}
