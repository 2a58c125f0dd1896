package dev.samachar.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written ISO text is the formatter's, for the times pages give and for the odd ones. */
class IsoDateTimeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-10-04T19:50+05:30           | 2018-10-04T19:50:00+05:30
            2021-04-09T00:00+05:30           | 2021-04-09T00:00:00+05:30
            1999-12-31T23:59:59Z             | 1999-12-31T23:59:59Z
            0042-01-02T03:04:05-04:00        | 0042-01-02T03:04:05-04:00
            2018-10-04T19:50:00.5+05:30      | 2018-10-04T19:50:00.5+05:30
            2018-10-04T19:50:00.000001+05:30 | 2018-10-04T19:50:00.000001+05:30
            +12018-10-04T19:50+05:30         | +12018-10-04T19:50:00+05:30
            2018-10-04T19:50+05:30:15        | 2018-10-04T19:50:00+05:30:15
            """)
    void writesWhatTheFormatterWrites(String time, String expected) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        assertEquals(expected, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), "the table itself");
        assertEquals(expected, IsoDateTimeText.of(t));
    }

    @Test
    void agreesWithTheFormatterOnRandomTimesAndOffsets() {
        Random random = new Random(3);
        for (int n = 0; n < 100_000; n++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong() % 400_000_000_000L, random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            int seconds = random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600; // any offset, seconds included
            ZoneOffset offset = switch (random.nextInt(3)) {
                case 0 -> ZoneOffset.ofHoursMinutes(5, 30);
                case 1 -> ZoneOffset.ofTotalSeconds(seconds / 900 * 900); // quarter hours, UTC among them
                default -> ZoneOffset.ofTotalSeconds(seconds);
            };
            OffsetDateTime t = instant.atOffset(offset);
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), IsoDateTimeText.of(t), t::toString);
        }
    }
}
