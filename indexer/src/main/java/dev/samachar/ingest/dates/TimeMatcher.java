package dev.samachar.ingest.dates;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a time of day, with its zone, starting at a given token. Accepted shapes:
 * "19:50", "7:50PM", "07:41 PM", "7.50 p.m.", "19:50 hrs", "14:20:00.000", "7 pm",
 * "शाम 7:50 बजे", "7 बजे"; then an optional zone: "IST", "(IST)", "GMT", "UTC", "Z", "+0530",
 * "+05:30", "GMT+5:30". No zone means IST.
 */
final class TimeMatcher {

    record Match(LocalTime time, ZoneOffset offset, int start, int end) {}

    static final ZoneOffset IST = Dateline.IST;

    /** Hindi words for the part of the day; they turn a 12-hour clock reading into 24 hours. */
    private enum DayPart {
        MORNING,
        AFTERNOON,
        EVENING,
        NIGHT,
        AM,
        PM;

        int toHour24(int hour) {
            if (hour > 12) {
                return this == AM || this == MORNING ? -1 : hour; // "19:50 PM" is sloppy but clear
            }
            return switch (this) {
                case AM, MORNING -> hour % 12;
                case PM, EVENING -> hour % 12 + 12;
                // दोपहर runs from noon to about five: "दोपहर 2 बजे" is 14:00, "दोपहर 11 बजे" 11:00.
                case AFTERNOON -> hour == 12 || hour <= 5 ? hour % 12 + 12 : hour;
                // रात also covers the small hours: "रात 2 बजे" is 02:00, "रात 12 बजे" midnight.
                case NIGHT -> hour == 12 || hour <= 4 ? hour % 12 : hour + 12;
            };
        }
    }

    private static final Map<String, DayPart> HINDI_DAY_PARTS = Map.of(
            MonthNames.key("सुबह"), DayPart.MORNING,
            MonthNames.key("प्रातः"), DayPart.MORNING,
            MonthNames.key("पूर्वाह्न"), DayPart.AM,
            MonthNames.key("दोपहर"), DayPart.AFTERNOON,
            MonthNames.key("मध्याह्न"), DayPart.AFTERNOON,
            MonthNames.key("अपराह्न"), DayPart.PM,
            MonthNames.key("शाम"), DayPart.EVENING,
            MonthNames.key("सायं"), DayPart.EVENING,
            MonthNames.key("रात"), DayPart.NIGHT,
            MonthNames.key("रात्रि"), DayPart.NIGHT);

    /** Words that say "o'clock"/"hours"; they make a bare or dotted number a time. */
    private static final Set<String> HOUR_WORDS = Set.of("hrs", "hr", "hours", MonthNames.key("बजे"));

    private static final Set<String> IST_WORDS = Set.of("ist");
    private static final Set<String> UTC_WORDS = Set.of("gmt", "utc", "z");

    Optional<Match> matchAt(List<Token> tokens, int start) {
        TokenCursor c = new TokenCursor(tokens, start);
        int hour = c.number(1, 2);
        if (hour < 0) {
            return Optional.empty();
        }
        String sep = c.punct(":.");
        int minute = sep == null ? 0 : c.number(2, 2);
        if (minute < 0) {
            return Optional.empty();
        }
        int second = ":".equals(sep) ? seconds(c) : 0;
        DayPart meridiem = meridiem(c);
        boolean hourWord = c.word(HOUR_WORDS);
        if (meridiem == null) {
            meridiem = dayPartBefore(tokens, start);
        }
        int zoneStart = c.pos();
        ZoneOffset offset = zone(c);
        // A bare "7" or a dotted "7.50" is a time only when something says so ("pm", "बजे",
        // "IST"); otherwise prices and counts next to a date would be read as clock times.
        boolean saidSo = meridiem != null || hourWord || c.pos() > zoneStart;
        if (!":".equals(sep) && !saidSo) {
            return Optional.empty();
        }
        int hour24 = meridiem == null ? hour : meridiem.toHour24(hour);
        if (hour24 < 0 || hour24 > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hour24, minute, second);
        return Optional.of(new Match(time, offset == null ? IST : offset, start, c.pos()));
    }

    /** ":00" and an ignored fraction ".000", as in ISO 8601 and RFC 1123 stamps. */
    private static int seconds(TokenCursor c) {
        if (c.peek(0) == null
                || !c.peek(0).isPunct(":")
                || c.peek(1) == null
                || !c.peek(1).isNumber(2, 2)) {
            return 0;
        }
        c.next();
        int second = c.number(2, 2);
        if (c.peek(0) != null
                && c.peek(0).isPunct(".")
                && c.peek(1) != null
                && c.peek(1).isNumber(1, 9)
                && !c.peek(1).spaceBefore()) {
            c.next();
            c.next();
        }
        return second;
    }

    /** "AM"/"pm", "a.m."/"P.M.", or a Hindi day part written after the time. */
    private static DayPart meridiem(TokenCursor c) {
        Token t = c.peek(0);
        if (t == null || !t.isWord()) {
            return null;
        }
        switch (t.key()) {
            case "a":
                return dottedMeridiem(c) ? DayPart.AM : null;
            case "p":
                return dottedMeridiem(c) ? DayPart.PM : null;
            default:
                DayPart part = t.key().equals("am")
                        ? DayPart.AM
                        : t.key().equals("pm") ? DayPart.PM : HINDI_DAY_PARTS.get(t.key());
                if (part != null) {
                    c.next();
                }
                return part;
        }
    }

    /** Consumes "a.m." / "p.m." (last dot optional) when the cursor is on the "a" or "p". */
    private static boolean dottedMeridiem(TokenCursor c) {
        Token dot = c.peek(1);
        Token m = c.peek(2);
        if (dot == null
                || !dot.isPunct(".")
                || m == null
                || !m.isWord()
                || !m.key().equals("m")) {
            return false;
        }
        c.next();
        c.next();
        c.next();
        c.punct(".");
        return true;
    }

    /** "शाम 7:50 बजे": the day part comes first in Hindi. */
    private static DayPart dayPartBefore(List<Token> tokens, int start) {
        if (start == 0) {
            return null;
        }
        Token t = tokens.get(start - 1);
        return t.isWord() ? HINDI_DAY_PARTS.get(t.key()) : null;
    }

    /** The zone after a time, or null if none is written (the caller then assumes IST). */
    private static ZoneOffset zone(TokenCursor c) {
        int before = c.pos();
        boolean parenthesised = c.punct("(") != null;
        ZoneOffset offset;
        if (c.word(IST_WORDS)) {
            offset = IST;
        } else if (c.word(UTC_WORDS)) {
            ZoneOffset shift = signedOffset(c);
            offset = shift == null ? ZoneOffset.UTC : shift;
        } else {
            offset = signedOffset(c);
        }
        if (offset == null) {
            c.reset(before);
            return null;
        }
        if (parenthesised) {
            c.punct(")");
        }
        return offset;
    }

    /** "+0530", "+05:30", "+5:30", "-04:00". */
    private static ZoneOffset signedOffset(TokenCursor c) {
        int before = c.pos();
        String sign = c.punct("+-\u2212");
        if (sign == null) {
            return null;
        }
        int hours;
        int minutes = 0;
        Token t = c.peek(0);
        if (t != null && t.isNumber(4, 4)) {
            c.next();
            hours = t.value() / 100;
            minutes = t.value() % 100;
        } else {
            hours = c.number(1, 2);
            if (hours >= 0 && c.punct(":") != null) {
                minutes = c.number(2, 2);
            }
        }
        if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59) {
            c.reset(before);
            return null;
        }
        int total = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds("+".equals(sign) ? total : -total);
    }
}
