package dev.samachar.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcut that answers lines without a four-digit year before tokenising them. */
class DatelineYearDigitsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Posted On: 04 OCT 2018 7:50PM by PIB Delhi | true  | year in the middle
            2018-10-04T14:20:00Z                       | true  | year first
            04/10/2018                                 | true  | year last
            ०४ अक्टूबर २०१८                             | true  | Devanagari digits
            Updated: 19:50 IST, 04 Oct                 | false | no year
            Release ID: 1548656                        | false | seven digits are no year
            12345 and 20186                            | false | five-digit runs only
            Visitor Counter : 399                      | false | three digits
            abc2018def                                 | true  | glued to words, still a number token
            """)
    void findsARunOfExactlyFourDigits(String line, boolean expected, String why) {
        assertEquals(expected, DatelineParser.hasYearDigits(line), why);
    }

    @Test
    void everyLineTheParserTableDatesHasYearDigits() {
        DatelineParserTest.rows().forEach(args -> {
            String line = (String) args.get()[1];
            if (args.get()[2] != null) { // a row that expects a date
                assertTrue(DatelineParser.hasYearDigits(line), line);
            }
        });
    }
}
