package dev.samachar.analysis.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.analysis.GluedFullStops;
import dev.samachar.analysis.lucene.TokenStreams.Token;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The shared tokenizer gives the tokens of StandardTokenizer and LowerCaseFilter on the text with its
 * glued full stops replaced by spaces, whether it scans a text or replays it.
 */
class SharedLowerCaseTokenizerTest {

    private static final String TEXT = "राजनाथ सिंह ने 12 ÀÉÎ İstanbul ΣΊΣΥΦΟΣ 𐐀𐐁 अप्रैल को कज़ाकिस्तान का दौरा किया। "
            + "Rajnath Singh visited Kazakhstan's capital, Astana, on 12.04.2024 (U.S.A. e-mail: a@b.in) क्‍ष"
            + " मरीज हैं.दिल्ली में, headphone jack.The machine";

    @Test
    void scannedAndReplayedTokensAreStandardTokenizers() throws IOException {
        List<Token> expected = tokens(new StandardTokenizer(), TEXT, null);
        assertTrue(expected.size() > 20, "tokens " + expected);
        Tokenizer first = new SharedLowerCaseTokenizer();
        Tokenizer second = new SharedLowerCaseTokenizer();
        assertEquals(expected, tokens(first, TEXT, null), "scanned");
        assertEquals(expected, tokens(second, TEXT, null), "replayed by another tokenizer");
        assertEquals(expected, tokens(first, TEXT, null), "replayed by the same tokenizer");
        assertEquals(tokens(new StandardTokenizer(), "other text", null), tokens(second, "other text", null));
        assertEquals(expected, tokens(first, TEXT, null), "scanned again after another text");
    }

    @Test
    void gluedSentencesAreSplitWithTheTextsOffsets() throws IOException {
        // "मरीज हैं.दिल्ली में" and "jack.The machine" from real news; "U.S" and "3.5" stay whole.
        String text = "मरीज हैं.दिल्ली में jack.The U.S. 3.5";
        List<Token> tokens = tokens(new SharedLowerCaseTokenizer(), text, null);
        assertEquals(List.of(
                new Token("मरीज", 1, 0, 4, "<ALPHANUM>"),
                new Token("हैं", 1, 5, 8, "<ALPHANUM>"),
                new Token("दिल्ली", 1, 9, 15, "<ALPHANUM>"),
                new Token("में", 1, 16, 19, "<ALPHANUM>"),
                new Token("jack", 1, 20, 24, "<ALPHANUM>"),
                new Token("the", 1, 25, 28, "<ALPHANUM>"),
                new Token("u.s", 1, 29, 32, "<ALPHANUM>"),
                new Token("3.5", 1, 34, 37, "<NUM>")), tokens);
        assertEquals(tokens, tokens(new SharedLowerCaseTokenizer(), text, null), "replayed");
        assertEquals("दिल्ली", text.substring(tokens.get(2).start(), tokens.get(2).end()));
    }

    @Test
    void gluedSentencesAreSplitBehindACharFilter() throws IOException {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("&amp;", "&");
        String text = "A &amp; B हैं.दिल्ली";
        List<Token> tokens = tokens(new SharedLowerCaseTokenizer(), text, map.build());
        assertEquals(List.of("a", "b", "हैं", "दिल्ली"), tokens.stream().map(Token::term).toList());
        assertEquals(List.of(14, 20), List.of(tokens.get(3).start(), tokens.get(3).end()), "offsets in the original text");
    }

    @Test
    void tooLongTokensAndTrailingGapsAsStandardTokenizer() throws IOException {
        String text = "a " + "x".repeat(300) + " b " + "y".repeat(600);
        assertEquals(tokens(new StandardTokenizer(), text, null), tokens(new SharedLowerCaseTokenizer(), text, null));
        assertEquals(endState(new StandardTokenizer(), text), endState(new SharedLowerCaseTokenizer(), text));
        assertEquals(endState(new StandardTokenizer(), text), endState(new SharedLowerCaseTokenizer(), text), "replayed");
    }

    @Test
    void offsetsAreCorrectedThroughCharFilters() throws IOException {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("&amp;", "&");
        map.add("ॐ", "om");
        NormalizeCharMap charMap = map.build();
        String text = "Tom &amp; Jerry ॐ शांति &amp; peace";
        List<Token> expected = tokens(new StandardTokenizer(), text, charMap);
        assertEquals(expected, tokens(new SharedLowerCaseTokenizer(), text, charMap), "scanned");
        assertEquals(expected, tokens(new SharedLowerCaseTokenizer(), text, charMap), "replayed");
        assertEquals(endState(new StandardTokenizer(), text), endState(new SharedLowerCaseTokenizer(), text));
    }

    @Test
    void streamsOpenAtOnceOnOneThreadDoNotDisturbEachOther() throws IOException {
        Tokenizer a = new SharedLowerCaseTokenizer();
        Tokenizer b = new SharedLowerCaseTokenizer();
        Tokenizer c = new SharedLowerCaseTokenizer();
        a.setReader(new StringReader(TEXT));
        b.setReader(new StringReader(TEXT));
        c.setReader(new StringReader("कुछ और पाठ, something else"));
        a.reset();
        b.reset();
        List<String> fromA = new ArrayList<>();
        CharTermAttribute termA = a.getAttribute(CharTermAttribute.class);
        a.incrementToken();
        fromA.add(termA.toString());
        c.reset(); // scans another text while a and b still replay theirs
        while (c.incrementToken()) {
            // consumed
        }
        while (a.incrementToken()) {
            fromA.add(termA.toString());
        }
        List<String> expected = tokens(new StandardTokenizer(), TEXT, null).stream().map(Token::term).toList();
        assertEquals(expected, fromA);
        List<String> fromB = new ArrayList<>();
        while (b.incrementToken()) {
            fromB.add(b.getAttribute(CharTermAttribute.class).toString());
        }
        assertEquals(expected, fromB);
        for (Tokenizer t : List.of(a, b, c)) {
            t.end();
            t.close();
        }
    }

    @Test
    void longTextsAndRandomTextsAsStandardTokenizer() throws IOException {
        Random random = new Random(11);
        String alphabet = "abc XYZ ÄΣİ 09.,'-@/ क़ि्ंँ।॥\u200D\u200Cé 🙂\t\n.T";
        for (int round = 0; round < 30; round++) {
            int length = round == 0 ? SharedLowerCaseTokenizer.MAX_SHARED_CHARS + 10 : random.nextInt(3000);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Token> expected = tokens(new StandardTokenizer(), text.toString(), null);
            Tokenizer shared = new SharedLowerCaseTokenizer();
            assertEquals(expected, tokens(shared, text.toString(), null), "scanned, round " + round);
            assertEquals(expected, tokens(shared, text.toString(), null), "replayed, round " + round);
        }
    }

    /** A text too long to keep is streamed: the same tokens, flags and end state, then short texts as before. */
    @Test
    void aTextTooLongToKeepIsStreamedWithTheSameTokensAndFlags() throws IOException {
        String sentence = "Rajnath Singh met the PRESS in अस्ताना today. ";
        String text = sentence.repeat(3 * SharedLowerCaseTokenizer.MAX_SHARED_CHARS / sentence.length());
        Tokenizer shared = new SharedLowerCaseTokenizer();
        assertEquals(tokens(new StandardTokenizer(), text, null), tokens(shared, text, null));
        assertEquals(endState(new StandardTokenizer(), text), endState(shared, text));
        shared.setReader(new StringReader(text));
        org.apache.lucene.analysis.tokenattributes.FlagsAttribute flags =
                shared.addAttribute(org.apache.lucene.analysis.tokenattributes.FlagsAttribute.class);
        List<Integer> seen = new ArrayList<>();
        shared.reset();
        for (int i = 0; i < 9 && shared.incrementToken(); i++) {
            seen.add(flags.getFlags());
        }
        shared.end();
        shared.close();
        int cap = SharedLowerCaseTokenizer.CAPITALISED;
        assertEquals(List.of(cap, cap, 0, 0, cap, 0, 0, 0, cap), seen);
        assertEquals(tokens(new StandardTokenizer(), TEXT, null), tokens(shared, TEXT, null), "a short text after it");
    }

    @Test
    void analysersTokeniseAsBefore() throws IOException {
        // The four analysers share one scan: each must still see every token, in order.
        Map<String, Analyzer> analyzers = Map.of("exact", SamacharAnalyzers.exact(), "hindi", SamacharAnalyzers.hindi(),
                "loose", SamacharAnalyzers.loose(), "key", SamacharAnalyzers.key());
        Map<String, List<Token>> alone = new java.util.HashMap<>();
        for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
            alone.put(e.getKey(), TokenStreams.consume(e.getValue().tokenStream("f", TEXT)));
            TokenStreams.consume(e.getValue().tokenStream("f", "something else in between"));
        }
        for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
            assertEquals(alone.get(e.getKey()), TokenStreams.consume(e.getValue().tokenStream("f", TEXT)), e.getKey());
        }
        analyzers.values().forEach(Analyzer::close);
    }

    /** The tokens of {@code tokenizer}; for the reference StandardTokenizer, of the text with glued full stops unglued. */
    private static List<Token> tokens(Tokenizer tokenizer, String text, NormalizeCharMap charMap) throws IOException {
        boolean reference = tokenizer instanceof StandardTokenizer;
        assertTrue(!reference || charMap == null || GluedFullStops.unglue(text).equals(text), "no reference for glue behind a char filter");
        tokenizer.setReader(reader(reference ? GluedFullStops.unglue(text) : text, charMap));
        return TokenStreams.consume(tokenizer instanceof StandardTokenizer ? new LowerCaseFilter(tokenizer) : tokenizer);
    }

    private static Reader reader(String text, NormalizeCharMap charMap) {
        return charMap == null ? new StringReader(text) : new MappingCharFilter(charMap, new StringReader(text));
    }

    /** Final offset and position increment after end(). */
    private static List<Integer> endState(Tokenizer tokenizer, String text) throws IOException {
        tokenizer.setReader(new StringReader(text));
        try (TokenStream ts = tokenizer) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // to the end
            }
            ts.end();
            return List.of(offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
        }
    }
}
