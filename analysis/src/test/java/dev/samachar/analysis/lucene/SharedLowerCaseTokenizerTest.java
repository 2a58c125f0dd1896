package dev.samachar.analysis.lucene;

import dev.samachar.analysis.GluedFullStops;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.IOUtils;

/**
 * The shared tokenizer gives the tokens of StandardTokenizer and LowerCaseFilter on the text with its
 * glued full stops replaced by spaces, whether it scans a text or replays it, and keeps the token stream
 * contract (Lucene's checking consumer, its randomized checks on several threads).
 */
public class SharedLowerCaseTokenizerTest extends BaseTokenStreamTestCase {

    private static final String TEXT =
            "राजनाथ सिंह ने 12 ÀÉÎ İstanbul ΣΊΣΥΦΟΣ 𐐀𐐁 अप्रैल को कज़ाकिस्तान का दौरा किया। "
                    + "Rajnath Singh visited Kazakhstan's capital, Astana, on 12.04.2024 (U.S.A. e-mail: a@b.in) क्‍ष"
                    + " मरीज हैं.दिल्ली में, headphone jack.The machine";
    private static final String A = "<ALPHANUM>";

    public void testScannedAndReplayedTokensAreStandardTokenizers() throws IOException {
        ReferenceTokens expected = reference(TEXT, null);
        assertTrue("tokens " + expected.size(), expected.size() > 20);
        Tokenizer first = new SharedLowerCaseTokenizer();
        Tokenizer second = new SharedLowerCaseTokenizer();
        expected.assertGivenBy(reading(first, TEXT, null)); // scanned
        expected.assertGivenBy(reading(second, TEXT, null)); // replayed by another tokenizer
        expected.assertGivenBy(reading(first, TEXT, null)); // replayed by the same tokenizer
        reference("other text", null).assertGivenBy(reading(second, "other text", null));
        expected.assertGivenBy(reading(first, TEXT, null)); // scanned again after another text
    }

    public void testGluedSentencesAreSplitWithTheTextsOffsets() throws IOException {
        // "मरीज हैं.दिल्ली में" and "jack.The machine" from real news; "U.S" and "3.5" stay whole.
        String text = "मरीज हैं.दिल्ली में jack.The U.S. 3.5";
        for (String pass : List.of("scanned", "replayed")) {
            assertTokenStreamContents(
                    reading(new SharedLowerCaseTokenizer(), text, null),
                    new String[] {"मरीज", "हैं", "दिल्ली", "में", "jack", "the", "u.s", "3.5"},
                    new int[] {0, 5, 9, 16, 20, 25, 29, 34},
                    new int[] {4, 8, 15, 19, 24, 28, 32, 37},
                    new String[] {A, A, A, A, A, A, A, "<NUM>"},
                    new int[] {1, 1, 1, 1, 1, 1, 1, 1},
                    37);
        }
        assertEquals("दिल्ली", text.substring(9, 15));
    }

    public void testGluedSentencesAreSplitBehindACharFilter() throws IOException {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("&amp;", "&");
        String text = "A &amp; B हैं.दिल्ली";
        // Offsets in the original text.
        assertTokenStreamContents(
                reading(new SharedLowerCaseTokenizer(), text, map.build()),
                new String[] {"a", "b", "हैं", "दिल्ली"},
                new int[] {0, 8, 10, 14},
                new int[] {1, 9, 13, 20},
                20);
    }

    public void testTooLongTokensAndTrailingGapsAsStandardTokenizer() throws IOException {
        String text = "a " + "x".repeat(300) + " b " + "y".repeat(600);
        ReferenceTokens expected = reference(text, null);
        Tokenizer shared = new SharedLowerCaseTokenizer();
        expected.assertGivenBy(reading(shared, text, null));
        expected.assertGivenBy(reading(shared, text, null)); // replayed
    }

    public void testOffsetsAreCorrectedThroughCharFilters() throws IOException {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("&amp;", "&");
        map.add("ॐ", "om");
        NormalizeCharMap charMap = map.build();
        String text = "Tom &amp; Jerry ॐ शांति &amp; peace";
        ReferenceTokens expected = reference(text, charMap);
        expected.assertGivenBy(reading(new SharedLowerCaseTokenizer(), text, charMap)); // scanned
        expected.assertGivenBy(reading(new SharedLowerCaseTokenizer(), text, charMap)); // replayed
    }

    public void testStreamsOpenAtOnceOnOneThreadDoNotDisturbEachOther() throws IOException {
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
        List<String> expected = Arrays.asList(reference(TEXT, null).terms());
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

    public void testLongTextsAndRandomTextsAsStandardTokenizer() throws IOException {
        Random random = random();
        // Whole code points: decoded text has no lone surrogates, and StandardTokenizer's tokens after one depend
        // on how its reader splits the text (a lone high surrogate at the end of a text drops its last tokens).
        int[] alphabet = "abc XYZ ÄΣİ 09.,'-@/ क़ि्ंँ।॥\u200D\u200Cé 🙂\t\n.T"
                .codePoints()
                .toArray();
        for (int round = 0; round < 30; round++) {
            int length = round == 0 ? SharedLowerCaseTokenizer.MAX_SHARED_CHARS + 10 : random.nextInt(3000);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            ReferenceTokens expected = reference(text.toString(), null);
            Tokenizer shared = new SharedLowerCaseTokenizer();
            expected.assertGivenBy(reading(shared, text.toString(), null)); // scanned
            expected.assertGivenBy(reading(shared, text.toString(), null)); // replayed
        }
    }

    /** A text too long to keep is streamed: the same tokens, flags and end state, then short texts as before. */
    public void testATextTooLongToKeepIsStreamedWithTheSameTokensAndFlags() throws IOException {
        String sentence = "Rajnath Singh met the PRESS in अस्ताना today. ";
        int sentences = 3 * SharedLowerCaseTokenizer.MAX_SHARED_CHARS / sentence.length();
        String text = sentence.repeat(sentences);
        int cap = SharedLowerCaseTokenizer.CAPITALISED;
        int[] perSentence = {cap, cap, 0, 0, cap, 0, 0, 0};
        int[] flags = new int[sentences * perSentence.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = perSentence[i % perSentence.length];
        }
        ReferenceTokens expected = reference(text, null);
        Tokenizer shared = new SharedLowerCaseTokenizer();
        assertTokenStreamContents(
                reading(shared, text, null),
                expected.terms(),
                expected.startOffsets(),
                expected.endOffsets(),
                expected.types(),
                expected.positionIncrements(),
                null,
                expected.finalOffset(),
                expected.finalPositionIncrement(),
                null,
                true,
                null,
                flags);
        reference(TEXT, null).assertGivenBy(reading(shared, TEXT, null)); // a short text after it
    }

    public void testAnalysersTokeniseAsBefore() throws IOException {
        // The four analysers share one scan: each must still see every token, in order.
        Map<String, Analyzer> analyzers = Map.of(
                "exact",
                SamacharAnalyzers.exact(),
                "hindi",
                SamacharAnalyzers.hindi(),
                "loose",
                SamacharAnalyzers.loose(),
                "key",
                SamacharAnalyzers.key());
        try {
            Map<String, ReferenceTokens> alone = new java.util.HashMap<>();
            for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
                alone.put(e.getKey(), ReferenceTokens.of(e.getValue().tokenStream("f", TEXT)));
                ReferenceTokens.of(e.getValue().tokenStream("f", "something else in between"));
            }
            for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
                alone.get(e.getKey()).assertGivenBy(e.getValue().tokenStream("f", TEXT));
            }
        } finally {
            IOUtils.close(analyzers.values());
        }
    }

    public void testEmptyInput() throws IOException {
        try (Analyzer analyzer = alone()) {
            assertAnalyzesTo(analyzer, "", new String[0]);
            assertAnalyzesTo(analyzer, " ., ।\n", new String[0]);
        }
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer analyzer = alone()) {
            checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
            checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
            for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
                checkAnalysisConsistency(
                        random(), analyzer, random().nextBoolean(), RandomDevanagari.text(random(), 40));
            }
            // Longer than a thread keeps: streamed.
            StringBuilder longText = new StringBuilder();
            while (longText.length() <= SharedLowerCaseTokenizer.MAX_SHARED_CHARS) {
                longText.append(RandomDevanagari.text(random(), 1000));
            }
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), longText.toString());
        }
    }

    private static Analyzer alone() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new SharedLowerCaseTokenizer());
            }
        };
    }

    /** Lucene's StandardTokenizer and LowerCaseFilter on the text with its glued full stops unglued. */
    private static ReferenceTokens reference(String text, NormalizeCharMap charMap) throws IOException {
        assertTrue(
                "no reference for glue behind a char filter",
                charMap == null || GluedFullStops.unglue(text).equals(text));
        Tokenizer standard = new StandardTokenizer();
        standard.setReader(reader(GluedFullStops.unglue(text), charMap));
        return ReferenceTokens.of(new LowerCaseFilter(standard));
    }

    private static TokenStream reading(Tokenizer tokenizer, String text, NormalizeCharMap charMap) {
        tokenizer.setReader(reader(text, charMap));
        return tokenizer;
    }

    private static Reader reader(String text, NormalizeCharMap charMap) {
        return charMap == null ? new StringReader(text) : new MappingCharFilter(charMap, new StringReader(text));
    }
}
