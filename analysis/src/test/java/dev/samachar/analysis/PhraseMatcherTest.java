package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samachar.analysis.PhraseMatcher.Casing;
import dev.samachar.analysis.PhraseMatcher.Match;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhraseMatcherTest {

    /** A small dictionary; "-" marks phrases that exist only to block shorter ones. */
    private static final PhraseMatcher<String> MATCHER = PhraseMatcher.<String>builder()
            .add("कज़ाकिस्तान", "KZ")
            .add("Kazakhstan", "KZ", Casing.CAPITALISED)
            .add("Republic of Kazakhstan", "KZ-full", Casing.CAPITALISED)
            .add("भारत", "IN")
            .add("रूस", "RU")
            .add("India", "IN", Casing.CAPITALISED)
            .add("Turkey", "TR", Casing.CAPITALISED)
            .add("US", "US", Casing.CAPITALISED)
            .add("America", "US", Casing.CAPITALISED)
            .add("Latin America", "-", Casing.CAPITALISED)
            .add("United States of America", "US-full", Casing.CAPITALISED)
            .add("सम्बन्ध", "REL")
            .build();

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("folded variant without nukta", "दक्षिणी कजाकिस्तान में", List.of("KZ")),
                Arguments.of("hyphenated pair", "भारत-रूस सैन्य", List.of("IN", "RU")),
                Arguments.of("possessive", "India’s partnership", List.of("IN")),
                Arguments.of("all caps", "INDIA AND KAZAKHSTAN", List.of("IN", "KZ")),
                Arguments.of("lower-case common word", "roast turkey and china plates", List.of()),
                Arguments.of("capitalised name", "Turkey and India", List.of("TR", "IN")),
                Arguments.of("acronym needs all caps", "Us and US", List.of("US")),
                Arguments.of("acronym: lower case never", "let us go", List.of()),
                Arguments.of("longest match wins", "the Republic of Kazakhstan said", List.of("KZ-full")),
                Arguments.of("lower-case function word in a phrase", "the Republic Of Kazakhstan", List.of("KZ-full")),
                Arguments.of("capitalised phrase token checked inside", "republic of Kazakhstan", List.of("KZ")),
                Arguments.of("blocking phrase shadows a shorter one", "Latin America and America", List.of("-", "US")),
                Arguments.of("longest of several", "United States of America", List.of("US-full")),
                Arguments.of("prefix of a phrase alone is nothing", "United States", List.of()),
                Arguments.of("nasal cluster variant", "संबंध", List.of("REL")),
                Arguments.of("no partial-token matches", "रूसी रस Indiana", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void finds(String rule, String text, List<String> expected) {
        assertEquals(expected, MATCHER.findAll(text).stream().map(Match::value).toList(), rule);
    }

    @Test
    void matchCarriesOffsetsAndSurfaceText() {
        String text = "दोनों देशों ने भारत-रूस और the Republic of Kazakhstan’s army";
        List<Match<String>> matches = MATCHER.findAll(text);
        assertEquals(3, matches.size());
        Match<String> kz = matches.get(2);
        assertEquals("KZ-full", kz.value());
        assertEquals("Republic of Kazakhstan", kz.text());
        assertEquals(text.indexOf("Republic"), kz.start());
        assertEquals(text.indexOf("’s"), kz.end());
        assertEquals("रूस", matches.get(1).text());
    }

    @Test
    void laterPhraseWithSameKeyReplacesEarlier() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder()
                .add("माली", "ML")
                .add("माली", "-")
                .build();
        assertEquals(
                List.of("-"),
                m.findAll("माली ने पौधे लगाए").stream().map(Match::value).toList());
    }

    @Test
    void keyIsFoldedTokensJoinedBySpace() {
        assertEquals("republic of kazakhstan", PhraseMatcher.key("Republic of  Kazakhstan"));
        assertEquals(PhraseMatcher.key("कज़ाख़स्तान"), PhraseMatcher.key("कजाखस्तान"));
        assertEquals("भारत रूस", PhraseMatcher.key("भारत-रूस"));
    }

    @Test
    void emptyPhraseIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PhraseMatcher.<String>builder().add(" - ", "X"));
    }

    @Test
    void emptyTextHasNoMatches() {
        assertEquals(List.of(), MATCHER.findAll(""));
    }
}
