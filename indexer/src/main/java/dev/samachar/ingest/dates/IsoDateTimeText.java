package dev.samachar.ingest.dates;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} output ("2018-10-04T19:50:00+05:30") written
 * digit by digit: every document's id and _source carry its publication time, and the general
 * formatter's field machinery cost more than the rest of building the _source map. Times the
 * fast path does not cover (fractions of a second, years outside 0000..9999) go to the
 * formatter itself, so the text is always the formatter's.
 */
public final class IsoDateTimeText {

    private IsoDateTimeText() {}

    public static String of(OffsetDateTime t) {
        int year = t.getYear();
        if (t.getNano() != 0 || year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        StringBuilder out = new StringBuilder(25);
        digits(out, year, 4).append('-');
        digits(out, t.getMonthValue(), 2).append('-');
        digits(out, t.getDayOfMonth(), 2).append('T');
        digits(out, t.getHour(), 2).append(':');
        digits(out, t.getMinute(), 2).append(':');
        digits(out, t.getSecond(), 2);
        // "+05:30", "+05:30:15" with seconds, "Z" at UTC: the formatter's offset id is ZoneOffset's.
        return out.append(t.getOffset().getId()).toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
        return out;
    }
}
