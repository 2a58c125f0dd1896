package dev.samachar.pipeline;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers a text states, as a translation repeats them: "1,00,000", "100000" and "१००००० " are one
 * number; "02" is "2"; "3.5" stays a decimal. A translator writes the figures of a release again in the
 * other script's digits or in the same ones, so the numbers two articles share are evidence across
 * languages that names alone are not (two reports of one minister's visit name the same people).
 *
 * <p>The publication day's own year and day of the month are left out: most articles of that day state
 * them (in datelines and "this year"), so sharing them says nothing.
 */
final class TextNumbers {

    private TextNumbers() {}

    /**
     * Scanned by hand rather than with a regular expression: the linker reads the numbers of every
     * article a pair needs, and a regex search tried a match at every char of the text, most of the
     * linking time at 100,000 articles (docs/benchmarks.md).
     */
    static Set<String> of(String text, LocalDate published) {
        Set<String> numbers = new TreeSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = numberEnd(text, start);
            i = end;
            if (partOfCode(text, start)) {
                continue;
            }
            String number = normalised(text, start, end);
            if (published == null
                    || !(number.equals(Integer.toString(published.getYear()))
                            || number.equals(Integer.toString(published.getDayOfMonth())))) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** Digits (ASCII or Devanagari), with grouping commas and one decimal point inside, each followed by a digit. */
    private static int numberEnd(String text, int start) {
        int end = digitsEnd(text, start);
        while (end + 1 < text.length() && text.charAt(end) == ',' && isDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1);
        }
        if (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1);
        }
        return end;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0966' && c <= '\u096F');
    }

    /**
     * "G20", "COVID-19" and "सीएल-4127" are names and codes, not figures a translation restates; a
     * number followed by letters ("25th", "10km") is still the number.
     */
    private static boolean partOfCode(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return Character.isLetter(before)
                || Character.getType(before) == Character.NON_SPACING_MARK
                || Character.getType(before) == Character.COMBINING_SPACING_MARK
                || before == '-'
                || before == '/';
    }

    /** ASCII digits without grouping commas, leading zeros of the whole part or trailing zeros of the fraction. */
    private static String normalised(String text, int start, int end) {
        StringBuilder whole = new StringBuilder(end - start);
        StringBuilder fraction = new StringBuilder();
        StringBuilder into = whole;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                continue;
            }
            if (c == '.') {
                into = fraction;
                continue;
            }
            into.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        int leadingZeros = 0;
        while (leadingZeros < whole.length() - 1 && whole.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        int fractionEnd = fraction.length();
        while (fractionEnd > 0 && fraction.charAt(fractionEnd - 1) == '0') {
            fractionEnd--;
        }
        String digits = whole.substring(leadingZeros);
        return fractionEnd == 0 ? digits : digits + "." + fraction.substring(0, fractionEnd);
    }
}
