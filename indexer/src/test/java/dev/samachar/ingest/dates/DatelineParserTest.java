package dev.samachar.ingest.dates;

import static dev.samachar.ingest.dates.Dateline.Kind.PUBLISHED;
import static dev.samachar.ingest.dates.Dateline.Kind.UNMARKED;
import static dev.samachar.ingest.dates.Dateline.Kind.UPDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.ingest.dates.Dateline.Kind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineParserTest {

    private static final DatelineParser PARSER = new DatelineParser();

    /** style (site or format), line, expected ISO date-time or null for empty, kind, hasTime. */
    static Stream<Arguments> rows() {
        return Stream.of(
                // --- English sites ---
                // PIB English: 12-hour clock glued to PM, trailing "by PIB Delhi"
                ok("PIB", "Posted On: 04 OCT 2018 7:50PM by PIB Delhi", "2018-10-04T19:50+05:30", PUBLISHED, true),
                // PIB, midnight hour in 12-hour clock
                ok(
                        "PIB 12 AM",
                        "Posted On: 04 OCT 2018 12:05AM by PIB Delhi",
                        "2018-10-04T00:05+05:30",
                        PUBLISHED,
                        true),
                // PIB, noon hour in 12-hour clock
                ok(
                        "PIB 12 PM",
                        "Posted On: 04 OCT 2018 12:05PM by PIB Mumbai",
                        "2018-10-04T12:05+05:30",
                        PUBLISHED,
                        true),
                // Jagran: byline glued to "Edited By:", "Publish:" glued to weekday, two dates
                ok(
                        "Jagran",
                        "By Krishna Bihari SinghEdited By: Publish:Fri, 09 Apr 2021 07:41 PM (IST) Updated:Fri, 09 Apr 2021 07:46 PM (IST)",
                        "2021-04-09T19:41+05:30",
                        PUBLISHED,
                        true),
                // Jagran, updated part alone
                ok(
                        "Jagran updated",
                        "Updated:Fri, 09 Apr 2021 07:46 PM (IST)",
                        "2021-04-09T19:46+05:30",
                        UPDATED,
                        true),
                // NDTV / Indian Express: Month D, YYYY h:mm PM IST
                ok("NDTV", "Updated: October 4, 2018 7:50 PM IST", "2018-10-04T19:50+05:30", UPDATED, true),
                // Times of India: abbreviated month, 24-hour time
                ok("TOI", "Oct 4, 2018, 19:50 IST", "2018-10-04T19:50+05:30", UNMARKED, true),
                // The Hindu style: pipe between date and lower-case pm
                ok("pipe", "October 04, 2018 | 07:50 pm", "2018-10-04T19:50+05:30", UNMARKED, true),
                // BBC style: D Month YYYY, no time
                ok("BBC", "04 October 2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // 12:30 AM is half past midnight
                ok("12 AM", "4 Oct 2018 12:30 AM", "2018-10-04T00:30+05:30", UNMARKED, true),
                // 12:30 PM is half past noon
                ok("12 PM", "4 Oct 2018 12:30 PM", "2018-10-04T12:30+05:30", UNMARKED, true),
                // ISO-like local date-time, no zone = IST
                ok("ISO local", "2018-10-04 19:50", "2018-10-04T19:50+05:30", UNMARKED, true),
                // ISO 8601 UTC 'Z' converted to IST
                ok("ISO Z", "2018-10-04T14:20:00Z", "2018-10-04T19:50+05:30", UNMARKED, true),
                // ISO 8601 with fraction and Z
                ok("ISO Z fraction", "2018-10-04T14:20:00.000Z", "2018-10-04T19:50+05:30", UNMARKED, true),
                // ISO 8601 with IST offset
                ok("ISO offset", "2018-10-04T19:50:00+05:30", "2018-10-04T19:50+05:30", UNMARKED, true),
                // ISO 8601 with a foreign offset, crossing midnight into the next IST day
                ok("ISO -04:00", "2018-10-04T14:20:00-04:00", "2018-10-04T23:50+05:30", UNMARKED, true),
                // GMT late evening becomes the next day in IST
                ok("GMT next day", "Oct 4, 2018 20:00 GMT", "2018-10-05T01:30+05:30", UNMARKED, true),
                // RFC 1123 (feeds, meta tags) with +0000
                ok("RFC 1123", "Thu, 04 Oct 2018 14:20:00 +0000", "2018-10-04T19:50+05:30", UNMARKED, true),
                // compact offset +0530
                ok("offset +0530", "04 Oct 2018 19:50 +0530", "2018-10-04T19:50+05:30", UNMARKED, true),
                // UTC with explicit offset suffix
                ok("GMT+5:30", "Oct 4, 2018 7:50 PM GMT+5:30", "2018-10-04T19:50+05:30", UNMARKED, true),
                // Indian numeric DD/MM/YYYY
                ok("DD/MM/YYYY", "04/10/2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // Indian numeric DD.MM.YYYY
                ok("DD.MM.YYYY", "04.10.2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // numeric DD-MM-YYYY with dotted time
                ok(
                        "DD-MM-YYYY dotted time",
                        "Published: 04-10-2018 7.50 pm",
                        "2018-10-04T19:50+05:30",
                        PUBLISHED,
                        true),
                // weekday prefix, no time
                ok("weekday", "Thursday, October 4, 2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // Economic Times: Last Updated with comma before time
                ok("ET", "Last Updated: Oct 04, 2018, 19:50 IST", "2018-10-04T19:50+05:30", UPDATED, true),
                // Guardian / Scroll: First published
                ok(
                        "First published",
                        "First published: 04 Oct 2018, 07:50 pm",
                        "2018-10-04T19:50+05:30",
                        PUBLISHED,
                        true),
                // "hrs" 24-hour marker
                ok("hrs", "04 Oct 2018 19:50 hrs", "2018-10-04T19:50+05:30", UNMARKED, true),
                // dotted a.m./p.m.
                ok("p.m.", "Oct. 4, 2018 7:50 p.m. IST", "2018-10-04T19:50+05:30", UNMARKED, true),
                // en_IN's "Sept", and an ordinal day
                ok("Sept + ordinal", "Posted by Admin on 4th Sept 2018", "2018-09-04T00:00+05:30", PUBLISHED, false),
                // upper-case SEPTEMBER, hyphenated day-month-year
                ok("DD-MON-YYYY", "04-SEPTEMBER-2018", "2018-09-04T00:00+05:30", UNMARKED, false),
                // time before date
                ok("time first", "Updated: 19:50 IST, 04 Oct 2018", "2018-10-04T19:50+05:30", UPDATED, true),
                // seconds in a 12-hour time
                ok("seconds", "Updated: October 4, 2018 7:50:12 pm", "2018-10-04T19:50:12+05:30", UPDATED, true),
                // non-breaking spaces from scraped HTML
                ok("NBSP", "04\u00a0Oct\u00a02018,\u00a007:50\u00a0PM", "2018-10-04T19:50+05:30", UNMARKED, true),
                // unmarked first date beats a later updated one
                ok(
                        "unmarked then updated",
                        "04 Oct 2018 | Updated: 05 Oct 2018",
                        "2018-10-04T00:00+05:30",
                        UNMARKED,
                        false),

                // --- Hindi sites ---
                // Amar Ujala / Dainik Bhaskar: प्रकाशित with (IST)
                ok(
                        "Hindi प्रकाशित",
                        "प्रकाशित: 04 अक्टूबर 2018 07:50 PM (IST)",
                        "2018-10-04T19:50+05:30",
                        PUBLISHED,
                        true),
                // अपडेटेड with CLDR spelling अक्तूबर
                ok("Hindi अपडेटेड", "अपडेटेड: 4 अक्तूबर 2018, 7:50 PM", "2018-10-04T19:50+05:30", UPDATED, true),
                // PIB Hindi: प्रविष्टि तिथि with English month
                ok(
                        "PIB Hindi",
                        "द्वारा प्रविष्टि तिथि: 04 OCT 2018 7:50PM by PIB Delhi",
                        "2018-10-04T19:50+05:30",
                        PUBLISHED,
                        true),
                // PIB Hindi with a ZWJ inside the month (अक्‍टूबर)
                ok(
                        "PIB Hindi ZWJ",
                        "प्रविष्टि तिथि: 04 अक्\u200dटूबर 2018 7:50PM",
                        "2018-10-04T19:50+05:30",
                        PUBLISHED,
                        true),
                // comma before year
                ok("Hindi D Month, YYYY", "04 अक्टूबर, 2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // Month D, YYYY in Hindi
                ok("Hindi Month D, YYYY", "अक्टूबर 4, 2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // Hindi day part शाम = PM, बजे
                ok("Hindi शाम", "4 अक्टूबर 2018 को शाम 7:50 बजे", "2018-10-04T19:50+05:30", UNMARKED, true),
                // Hindi day part सुबह = AM, hour only
                ok("Hindi सुबह", "4 अक्टूबर 2018 को सुबह 9 बजे", "2018-10-04T09:00+05:30", UNMARKED, true),
                // Hindi दोपहर 2 = 14:00
                ok("Hindi दोपहर", "4 अक्टूबर 2018 दोपहर 2:15 बजे", "2018-10-04T14:15+05:30", UNMARKED, true),
                // Hindi दोपहर 12 stays noon
                ok("Hindi दोपहर 12", "4 अक्टूबर 2018 दोपहर 12 बजे", "2018-10-04T12:00+05:30", UNMARKED, true),
                // Hindi रात = PM
                ok("Hindi रात", "4 अक्टूबर 2018 रात 10:30 बजे", "2018-10-04T22:30+05:30", UNMARKED, true),
                // Hindi weekday prefix
                ok("Hindi weekday", "शुक्रवार, 09 अप्रैल 2021", "2021-04-09T00:00+05:30", UNMARKED, false),
                // Devanagari digits
                ok("Devanagari digits", "०४ अक्टूबर २०१८", "2018-10-04T00:00+05:30", UNMARKED, false),
                // Devanagari digits in the time too
                ok("Devanagari time", "०४ अक्टूबर २०१८ ७:५० PM", "2018-10-04T19:50+05:30", UNMARKED, true),
                // place-name dateline, म्ब spelling
                ok("Hindi dateline सितम्बर", "नई दिल्ली, 4 सितम्बर 2018", "2018-09-04T00:00+05:30", UNMARKED, false),
                // दिसम्बर Month D, YYYY
                ok("Hindi दिसम्बर", "दिसम्बर 31, 2020", "2020-12-31T00:00+05:30", UNMARKED, false),
                // नवम्बर with nukta-free spelling
                ok("Hindi नवम्बर", "संशोधित: 14 नवम्बर 2019", "2019-11-14T00:00+05:30", UPDATED, false),
                // फ़रवरी with nukta, full date
                ok("Hindi फ़रवरी", "28 फ़रवरी 2019", "2019-02-28T00:00+05:30", UNMARKED, false),
                // फरवरी without nukta, full date
                ok("Hindi फरवरी", "28 फरवरी 2019", "2019-02-28T00:00+05:30", UNMARKED, false),
                // CLDR abbreviation with ॰
                ok("Hindi abbr ॰", "4 अक्तू॰ 2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // CLDR-style abbreviation written with a period, news spelling
                ok("Hindi abbr .", "4 अक्टू. 2018", "2018-10-04T00:00+05:30", UNMARKED, false),
                // short Hindi marker अपडेट, सुबह = AM
                ok("Hindi जुलाई", "अपडेट 1 जुलाई 2022 सुबह 10:05", "2022-07-01T10:05+05:30", UPDATED, true),

                // --- Negative rows ---
                // Hindi list of days, no year
                none("list, no year", "28 व 29 अक्टूबर"),
                // Hindi list of days even with a year: an event, not a publication date
                none("list with year", "28 व 29 अक्टूबर 2018"),
                // Hindi day range, no year
                none("range, no year", "7-10 अप्रैल"),
                // Hindi day range with a year
                none("range with year", "7-10 अप्रैल 2019"),
                // English day range
                none("English range", "October 4-6, 2018"),
                // PIB line missing the year
                none("no year", "Posted On: 04 OCT 7:50PM"),
                // month and year only, prose
                none("month + year only", "the renewal of the MoU in January 2017"),
                // month and year only, Hindi with nukta
                none("Hindi month + year, nukta", "फ़रवरी 2019"),
                // month and year only, Hindi without nukta
                none("Hindi month + year", "फरवरी 2019"),
                // counter
                none("counter", "Visitor Counter : 399"),
                // Hindi ordinal
                none("Hindi ordinal", "12वीं कोर बटालियन"),
                // invalid day
                none("31 Feb", "31 Feb 2020"),
                // invalid numeric month
                none("month 13", "04/13/2018"),
                // two-digit year
                none("two-digit year", "04/10/18"),
                // year out of range
                none("year 1989", "04 Oct 1989"),
                // year out of range
                none("year 2101", "04 Oct 2101"),
                // five-digit year
                none("five-digit year", "04 Oct 20180"),
                // empty line
                none("blank", "   "));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("rows")
    void parses(String style, String line, String expected, Kind kind, boolean hasTime) {
        Optional<Dateline> actual = PARSER.parse(line);
        if (expected == null) {
            assertEquals(Optional.empty(), actual, style);
            return;
        }
        assertTrue(actual.isPresent(), style + ": nothing parsed");
        Dateline d = actual.get();
        assertEquals(OffsetDateTime.parse(expected), d.dateTime(), style);
        assertEquals(kind, d.kind(), style + " kind");
        assertEquals(hasTime, d.hasTime(), style + " hasTime");
    }

    @Test
    void tableHasAtLeastFortyRows() {
        assertTrue(rows().count() >= 40);
    }

    @Test
    void resultsAreAlwaysAtIst() {
        rows().map(a -> (String) a.get()[1])
                .map(PARSER::parse)
                .flatMap(Optional::stream)
                .forEach(d -> assertEquals(TimeMatcher.IST, d.dateTime().getOffset()));
    }

    @Test
    void nullIsEmpty() {
        assertEquals(Optional.empty(), PARSER.parse(null));
    }

    /** One parser shared by many threads gives each the same answers as a lone thread. */
    @Test
    void sharedBetweenThreads() {
        List<String> lines = rows().map(a -> (String) a.get()[1]).collect(Collectors.toList());
        List<Optional<Dateline>> expected = lines.stream().map(PARSER::parse).toList();
        IntStream.range(0, 200).parallel().forEach(round -> {
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(expected.get(i), PARSER.parse(lines.get(i)));
            }
        });
    }

    private static Arguments ok(String style, String line, String iso, Kind kind, boolean hasTime) {
        return Arguments.of(style, line, iso, kind, hasTime);
    }

    private static Arguments none(String style, String line) {
        return Arguments.of(style, line, null, UNMARKED, false);
    }
}
