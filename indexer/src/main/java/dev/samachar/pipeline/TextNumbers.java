package dev.samachar.pipeline;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Digits (ASCII or Devanagari), with grouping commas and one decimal point inside. */
    private static final Pattern NUMBER =
            Pattern.compile("[0-9\\u0966-\\u096F]+(?:,[0-9\\u0966-\\u096F]+)*(?:\\.[0-9\\u0966-\\u096F]+)?");

    private TextNumbers() {}

    static Set<String> of(String text, LocalDate published) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            if (partOfCode(text, matcher.start())) {
                continue;
            }
            String number = normalised(matcher.group());
            if (published == null
                    || !(number.equals(Integer.toString(published.getYear()))
                            || number.equals(Integer.toString(published.getDayOfMonth())))) {
                numbers.add(number);
            }
        }
        return numbers;
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

    private static String normalised(String number) {
        StringBuilder ascii = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == ',') {
                continue;
            }
            ascii.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : c);
        }
        String digits = ascii.toString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot + 1).replaceAll("0+$", "");
        whole = whole.replaceFirst("^0+(?=\\d)", "");
        return fraction.isEmpty() ? whole : whole + "." + fraction;
    }
}
