package dev.samachar.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String line) {
        return Tokenizer.tokenize(line).stream().map(Token::text).toList();
    }

    @Test
    void splitsGluedPieces() {
        assertEquals(
                List.of("Singh", "Edited", "By", ":", "Publish", ":", "Fri", ","),
                texts("SinghEdited By: Publish:Fri,"));
        assertEquals(List.of("7", ":", "50", "PM"), texts("7:50PM"));
        assertEquals(
                List.of("2018", "-", "10", "-", "04", "T", "14", ":", "20", ":", "00", "Z"),
                texts("2018-10-04T14:20:00Z"));
    }

    @Test
    void gluedSentencesSplitAtTheFullStop() {
        assertEquals(List.of("मरीज", "हैं", ".", "दिल्ली"), texts("मरीज हैं.दिल्ली"));
        assertEquals(List.of("jack", ".", "The", "machine"), texts("jack.The machine"));
    }

    @Test
    void devanagariDigitsBecomeAsciiNumbers() {
        Token t = Tokenizer.tokenize("२०१८").get(0);
        assertEquals(Token.Type.NUMBER, t.type());
        assertEquals("2018", t.text());
        assertEquals(2018, t.value());
    }

    @Test
    void hindiWordsKeepTheirSignsAndJoiners() {
        assertEquals(List.of("अक्\u200Dटूबर", "को", "12", "वीं"), texts("अक्\u200Dटूबर को 12वीं"));
    }

    @Test
    void nonBreakingSpaceSeparates() {
        assertEquals(List.of("04", "Oct"), texts("04\u00A0Oct"));
    }
}
