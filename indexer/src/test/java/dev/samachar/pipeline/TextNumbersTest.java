package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    @Test
    void aNumberEndsWhereNoDigitFollowsItsCommaOrPoint() {
        assertEquals(Set.of("1000", "0", "7", "12.05"), TextNumbers.of("1,000, 000 007 12.050", null));
        assertEquals(Set.of("3.5", "6"), TextNumbers.of("3.5.6", null));
        assertEquals(Set.of("10", "1"), TextNumbers.of("10,, 1.", null));
    }

    /**
     * The hand-written scan reads the numbers the regular expression it replaced read, on every real page
     * (English and Hindi, ASCII and Devanagari digits), with and without a publication day.
     */
    @Test
    void realPagesGiveWhatTheRegularExpressionGave() throws IOException {
        Path realNews = TestData.realNews();
        int pages = 0;
        int numbers = 0;
        for (String source : List.of("en_bbc", "hi_covid")) {
            List<Path> files;
            try (Stream<Path> list = Files.list(realNews.resolve(source))) {
                files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (LocalDate day : new LocalDate[] {null, LocalDate.of(2020, 4, 7), LocalDate.of(2005, 1, 1)}) {
                    Set<String> expected = byRegularExpression(text, day);
                    assertEquals(expected, TextNumbers.of(text, day), file + " " + day);
                    numbers += expected.size();
                }
                pages++;
            }
        }
        assertEquals(2_047, pages);
        assertTrue(numbers > 10_000, "real pages state many numbers: " + numbers);
    }

    private static final Pattern NUMBER =
            Pattern.compile("[0-9\\u0966-\\u096F]+(?:,[0-9\\u0966-\\u096F]+)*(?:\\.[0-9\\u0966-\\u096F]+)?");

    /** TextNumbers as it was before the hand-written scan, for the comparison above. */
    private static Set<String> byRegularExpression(String text, LocalDate published) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            if (start > 0) {
                char before = text.charAt(start - 1);
                if (Character.isLetter(before)
                        || Character.getType(before) == Character.NON_SPACING_MARK
                        || Character.getType(before) == Character.COMBINING_SPACING_MARK
                        || before == '-'
                        || before == '/') {
                    continue;
                }
            }
            StringBuilder ascii = new StringBuilder();
            for (char c : matcher.group().toCharArray()) {
                if (c != ',') {
                    ascii.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
                }
            }
            String digits = ascii.toString();
            int dot = digits.indexOf('.');
            String whole = (dot < 0 ? digits : digits.substring(0, dot)).replaceFirst("^0+(?=\\d)", "");
            String fraction = dot < 0 ? "" : digits.substring(dot + 1).replaceAll("0+$", "");
            String number = fraction.isEmpty() ? whole : whole + "." + fraction;
            if (published == null
                    || !(number.equals(Integer.toString(published.getYear()))
                            || number.equals(Integer.toString(published.getDayOfMonth())))) {
                numbers.add(number);
            }
        }
        return numbers;
    }
}
