package dev.samachar.ingest.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds a calendar date starting at a given token. Accepted shapes:
 * <ul>
 *   <li>year-month-day in digits: 2018-10-04, 2018/10/04, 2018.10.04</li>
 *   <li>day-month-year in digits, Indian order: 04/10/2018, 04.10.2018, 04-10-2018</li>
 *   <li>day, month name, year: 04 Oct 2018, 4th October, 2018, 04-Oct-2018, ०४ अक्टूबर २०१८</li>
 *   <li>month name, day, year: Oct 4, 2018, October 4th 2018, दिसम्बर 31, 2020</li>
 * </ul>
 * A year is required and must be four digits in {@value #MIN_YEAR}..{@value #MAX_YEAR}: a
 * day and month alone, or a month and year alone, do not date a page.
 */
final class DateMatcher {

    record Match(LocalDate date, int start, int end) {}

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private static final String NUMERIC_SEPARATORS = "-/.";
    private static final String DAY_MONTH_SEPARATORS = "-/.,";
    private static final String MONTH_YEAR_SEPARATORS = "-/,";
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    /** What joins the two ends of a range or list of days: "7-10 अप्रैल", "28 व 29 अक्टूबर". */
    private static final String RANGE_PUNCT = "-\u2013\u2014&";

    private static final Set<String> RANGE_WORDS = Set.of(
            "to",
            "and",
            "till",
            "until",
            MonthNames.key("व"),
            MonthNames.key("और"),
            MonthNames.key("से"),
            MonthNames.key("तथा"));

    private final MonthNames months;

    DateMatcher(MonthNames months) {
        this.months = months;
    }

    Optional<Match> matchAt(List<Token> tokens, int start) {
        Match m = yearMonthDay(new TokenCursor(tokens, start));
        if (m == null) {
            m = dayMonthYearNumeric(new TokenCursor(tokens, start));
        }
        if (m == null) {
            m = dayMonthNameYear(new TokenCursor(tokens, start));
        }
        if (m == null) {
            m = monthNameDayYear(new TokenCursor(tokens, start));
        }
        return Optional.ofNullable(m);
    }

    private Match yearMonthDay(TokenCursor c) {
        int start = c.pos();
        int year = c.number(4, 4);
        String sep = year < 0 ? null : c.punct(NUMERIC_SEPARATORS);
        int month = sep == null ? -1 : c.number(1, 2);
        int day = month < 0 || c.punct(sep) == null ? -1 : c.number(1, 2);
        return day < 0 ? null : build(year, month, day, start, c.pos());
    }

    private Match dayMonthYearNumeric(TokenCursor c) {
        int start = c.pos();
        int day = c.number(1, 2);
        String sep = day < 0 ? null : c.punct(NUMERIC_SEPARATORS);
        int month = sep == null ? -1 : c.number(1, 2);
        int year = month < 0 || c.punct(sep) == null ? -1 : c.number(4, 4);
        return year < 0 ? null : build(year, month, day, start, c.pos());
    }

    private Match dayMonthNameYear(TokenCursor c) {
        int start = c.pos();
        if (isSecondDayOfRange(c)) {
            return null;
        }
        int day = c.number(1, 2);
        if (day < 0) {
            return null;
        }
        c.gluedWord(ORDINAL_SUFFIXES);
        c.punct(DAY_MONTH_SEPARATORS);
        OptionalInt month = monthName(c);
        if (month.isEmpty()) {
            return null;
        }
        c.punct(MONTH_YEAR_SEPARATORS);
        int year = c.number(4, 4);
        return year < 0 ? null : build(year, month.getAsInt(), day, start, c.pos());
    }

    private Match monthNameDayYear(TokenCursor c) {
        int start = c.pos();
        OptionalInt month = monthName(c);
        if (month.isEmpty()) {
            return null;
        }
        int day = c.number(1, 2);
        if (day < 0) {
            return null;
        }
        c.gluedWord(ORDINAL_SUFFIXES);
        if (isFirstDayOfRange(c)) {
            return null;
        }
        c.punct(",");
        int year = c.number(4, 4);
        return year < 0 ? null : build(year, month.getAsInt(), day, start, c.pos());
    }

    /** A month name with its optional abbreviation mark ("Oct.", "अक्तू॰"). */
    private OptionalInt monthName(TokenCursor c) {
        Token t = c.peek(0);
        if (t == null || !t.isWord()) {
            return OptionalInt.empty();
        }
        OptionalInt month = months.month(t.key());
        if (month.isPresent()) {
            c.next();
            c.punct(MonthNames.ABBREVIATION_MARKS);
        }
        return month;
    }

    /** At "10" in "7-10 अप्रैल 2019" or "29" in "28 व 29 अक्टूबर 2018". */
    private static boolean isSecondDayOfRange(TokenCursor c) {
        Token joiner = c.peek(-1);
        Token firstDay = c.peek(-2);
        return isRangeJoiner(joiner) && firstDay != null && firstDay.isNumber(1, 2);
    }

    /** After "4" in "October 4-6, 2018". */
    private static boolean isFirstDayOfRange(TokenCursor c) {
        Token joiner = c.peek(0);
        Token secondDay = c.peek(1);
        return isRangeJoiner(joiner) && secondDay != null && secondDay.isNumber(1, 2);
    }

    private static boolean isRangeJoiner(Token t) {
        return t != null && (t.isPunct(RANGE_PUNCT) || (t.isWord() && RANGE_WORDS.contains(t.key())));
    }

    private static Match build(int year, int month, int day, int start, int end) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.isValidDay(day) ? new Match(ym.atDay(day), start, end) : null;
    }
}
