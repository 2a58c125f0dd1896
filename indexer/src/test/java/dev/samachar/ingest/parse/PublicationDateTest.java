package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.ingest.dates.DatelineParser;
import dev.samachar.ingest.dates.PublicationDateLimit;
import dev.samachar.ingest.files.UnreadableFileException;
import dev.samachar.testing.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A publication date comes only from a dateline or metadata line in the article's head (or a feed's
 * field), never from prose, tables or deadlines, and never lies after tomorrow (IST).
 */
class PublicationDateTest {

    /** 2020-05-15 12:00 IST: the last day of the realnews-dev Hindi pages. */
    private static final Clock MAY_2020 = Clock.fixed(Instant.parse("2020-05-15T06:30:00Z"), ZoneOffset.UTC);

    private final DatelineParser dates = new DatelineParser();
    private final ScrapedPageParser parser = new ScrapedPageParser(dates, new PublicationDateLimit(MAY_2020));

    private Article parse(String page) throws UnreadableFileException {
        return parser.parse(Path.of("page.txt"), page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            नई दिल्ली, 4 सितम्बर 2018 (भाषा)      | false | 2018-09-04T00:00+05:30
            Wed, Mar 4, 2020, 2:02 PM IST           | false | 2020-03-04T14:02+05:30
            05:07 AM, 09-APR-2020                   | false | 2020-04-09T05:07+05:30
            12:10 AM, 09-APR-2020                   | false | 2020-04-09T00:10+05:30
            Coronavirus News, 5 April 2020          | true  | 2020-04-05T00:00+05:30
            02 अप्रैल 2069 235                      | false | null
            यह अधिसूचना 30 जून 2020 तक प्रभावी रहेगी । | false | null
            1 दिसंबर, 2019                          | true  | null
            28 मार्च 2020 से 14 अप्रैल 2020 तक       | false | null
            """)
    void aDatelineIsADateWithAtMostAPlaceAgencyOrWeekday(String text, boolean wordsFirst, String expected) {
        assertEquals(
                expected,
                dates.parseDateline(text, wordsFirst)
                        .map(d -> d.dateTime().toString())
                        .orElse(null));
    }

    @Test
    void aTableRowIsNoDateline() {
        assertTrue(dates.parseDateline("02 अप्रैल\t2069\t\t235", false).isEmpty());
    }

    @Test
    void aDatelineOpeningTheFirstParagraphDatesThePage() throws UnreadableFileException {
        Article article = parse(
                "रक्षा मंत्री ने सेना प्रमुखों से मुलाकात की\n\n"
                        + "नई दिल्ली, 4 सितम्बर 2018 (भाषा)। रक्षा मंत्री ने मंगलवार को तीनों सेनाओं के प्रमुखों से मुलाकात की।\n");
        assertEquals("2018-09-04T00:00:00+05:30", article.publishedIso());
    }

    @Test
    void aSentenceAboutADayIsNoDateline() throws UnreadableFileException {
        Article article = parse("एड्स दिवस पर जागरूकता अभियान\n\n"
                + "1 दिसंबर, 2019 । इस दिन दुनिया भर में एड्स के प्रति जागरूकता के कार्यक्रम होते हैं।\n");
        assertNull(article.publishedIso());
    }

    @Test
    void aDeadlineOrATableFurtherDownDatesNothing() throws UnreadableFileException {
        Article article = parse("सरकार ने नई अधिसूचना जारी की\n\n"
                + "सरकार ने मंगलवार को कहा कि राज्य में सभी दुकानें बंद रहेंगी और लोग घरों में रहेंगे।\n\n"
                + "यह अधिसूचना 30 जून 2020 तक प्रभावी रहेगी ।\n\n"
                + "तारीख\tसंक्रमितों की संख्या\n\n02 अप्रैल\t2069\t\t235\n\n29 मई 2020\n");
        assertNull(article.publishedIso());
    }

    @Test
    void aDateAfterTomorrowIsNeverThePublicationDate() throws UnreadableFileException {
        String page = "Ministry reviews port project\n\nPublished: 17 May 2020\n\n"
                + "The ministry reviewed the progress of the port project with the state government on Friday.\n";
        assertNull(parse(page).publishedIso(), "two days after the clock's today");
        assertEquals(
                "2020-05-16T00:00:00+05:30",
                parse(page.replace("17 May", "16 May")).publishedIso(),
                "tomorrow is allowed");
    }

    @Test
    void aFeedDateAfterTomorrowIsLeftEmptyWithAWarning() {
        JsonLinesParser feeds = new JsonLinesParser(dates, new PublicationDateLimit(MAY_2020));
        ReadResult result = feeds.parse(
                Path.of("feed.jsonl"),
                "{\"title\":\"Port project reviewed\",\"body\":\"The ministry reviewed the port project on Friday.\","
                        + "\"published\":\"2069-04-02\"}\n");
        assertNull(result.articles().get(0).published());
        assertEquals(
                List.of("feed.jsonl:1: 'published' is later than tomorrow (IST), left empty: 2069-04-02"),
                result.warnings());
    }

    /** Real pages: a table row "02 अप्रैल 2069", deadlines "30 जून 2020" and "30 नवंबर 2020" further down. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            hi_covid/AU-2020-APR-07_02.txt | null
            hi_covid/AU-2020-MAR-22_24.txt | null
            hi_covid/AU-2020-MAY-13_03.txt | null
            hi_covid/AU-2020-APR-03_02.txt | null
            hi_covid/PK-2020-MAR-04_02.txt | 2020-03-04T14:02:00+05:30
            hi_covid/PK-2020-APR-05_01.txt | 2020-04-05T00:00:00+05:30
            """)
    void realPagesAreDatedOnlyByTheirHead(String page, String expected) {
        Path file = TestData.realNews().resolve(page);
        ReadResult result = new ArticleReader(
                        dates, ArticleReader.DEFAULT_MAX_BYTES, new PublicationDateLimit(MAY_2020))
                .read(file);
        assertEquals(List.of(), result.failures());
        assertEquals(expected, result.articles().get(0).publishedIso());
    }
}
