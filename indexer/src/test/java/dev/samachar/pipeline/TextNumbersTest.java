package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextNumbersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2018, 10, 4);

    @Test
    void oneNumberWhateverItsDigitsGroupingAndLeadingZeros() {
        assertEquals(
                Set.of("100000", "2", "3.5", "200"),
                TextNumbers.of(
                        "1,00,000 people; on October 02; 3.50 per cent; २०० जवान; १,००,००० लोग; 2 अक्टूबर", PUBLISHED));
    }

    @Test
    void leavesOutThePublicationYearAndDayAndCodes() {
        // 2018 and 4 are in most articles of 4 October 2018; G20, COVID-19 and a staff code are names.
        assertEquals(
                Set.of("2017", "25"),
                TextNumbers.of(
                        "New Delhi, Oct 4: in 2018, as in 2017, G20 and COVID-19 (सीएल-4127) on the 25th", PUBLISHED));
        assertEquals(Set.of("2018", "4"), TextNumbers.of("2018, 4", null));
    }

    @Test
    void sentenceEndsAreNotDecimals() {
        assertEquals(Set.of("2017", "2009"), TextNumbers.of("since 2017. In 2009.", PUBLISHED));
    }
}
