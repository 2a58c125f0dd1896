package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordTokenizerTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("spaces", "India and Kazakhstan", List.of("India", "and", "Kazakhstan")),
                Arguments.of("hyphen splits Devanagari", "भारत-रूस सैन्य", List.of("भारत", "रूस", "सैन्य")),
                Arguments.of("hyphen splits letters from digits", "‘KAZIND-2018’", List.of("KAZIND", "2018")),
                Arguments.of("possessive, ASCII apostrophe", "India's position", List.of("India", "position")),
                Arguments.of("possessive, typographic apostrophe", "India’s position", List.of("India", "position")),
                Arguments.of("possessive, capital S", "INDIA'S", List.of("INDIA")),
                Arguments.of("apostrophe inside a name splits", "Côte d’Ivoire", List.of("Côte", "d", "Ivoire")),
                Arguments.of("s kept when the apostrophe follows no word", "s and 's", List.of("s", "and", "s")),
                Arguments.of("danda is punctuation", "भारत आए हैं।रूस॥", List.of("भारत", "आए", "हैं", "रूस")),
                Arguments.of(
                        "vowel signs, virama, nukta, anusvara, candrabindu stay in the word",
                        "कज़ाख़स्तान संबंध हाँ",
                        List.of("कज़ाख़स्तान", "संबंध", "हाँ")),
                Arguments.of("digits and letters in one run", "12वीं कोर", List.of("12वीं", "कोर")),
                Arguments.of("Devanagari digits", "२०१८ में", List.of("२०१८", "में")),
                Arguments.of("abbreviation sign splits", "यू॰के॰", List.of("यू", "के")),
                Arguments.of("ZWJ inside a word stays", "क्\u200Dष", List.of("क्\u200Dष")),
                Arguments.of("dots split", "U.S.A.", List.of("U", "S", "A")),
                Arguments.of(
                        "sentences glued by a full stop split",
                        "मरीज हैं.दिल्ली में jack.The",
                        List.of("मरीज", "हैं", "दिल्ली", "में", "jack", "The")),
                Arguments.of("parentheses and quotes", "(एचएएल) “उन्होंने", List.of("एचएएल", "उन्होंने")),
                Arguments.of("empty", "  -- ", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void tokens(String rule, String text, List<String> expected) {
        assertEquals(
                expected,
                WordTokenizer.tokenize(text).stream()
                        .map(WordTokenizer.Token::text)
                        .toList(),
                rule);
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "भारत-रूस India’s";
        List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(text);
        assertEquals(3, tokens.size());
        for (WordTokenizer.Token t : tokens) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(0, tokens.get(0).start());
        assertEquals(5, tokens.get(1).start());
        assertEquals(text.indexOf("India"), tokens.get(2).start());
        assertEquals(text.indexOf("India") + 5, tokens.get(2).end());
    }

    @Test
    void supplementaryLettersKeepTheirOffsets() {
        String text = "a 𝐀𝐁 b"; // mathematical bold capitals: letters outside the BMP
        List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(text);
        assertEquals(
                List.of("a", "𝐀𝐁", "b"),
                tokens.stream().map(WordTokenizer.Token::text).toList());
        assertEquals(2, tokens.get(1).start());
        assertEquals(6, tokens.get(1).end());
    }
}
