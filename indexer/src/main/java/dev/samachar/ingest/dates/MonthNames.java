package dev.samachar.ingest.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * English and Hindi month names, taken from CLDR through ICU rather than typed in, so that the
 * spellings (अक्तूबर, the abbreviation mark in अक्तू॰, en_IN's "Sept") follow the standard.
 * Lookups go through {@link #key}, which is case- and spelling-variant-insensitive.
 * Immutable once built.
 */
final class MonthNames {

    /** en_IN and en_GB add "Sept"; en alone would miss it. */
    private static final String[] LOCALES = {"en", "en_IN", "en_GB", "hi"};

    private static final int[] CONTEXTS = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
    private static final int[] WIDTHS = {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED};

    /** Trailing marks that only say "abbreviated"; pages use '.' where CLDR has '॰'. */
    static final String ABBREVIATION_MARKS = ".\u0970";

    private final Map<String, Integer> monthByKey;

    MonthNames() {
        Map<String, Integer> byKey = new HashMap<>();
        for (String locale : LOCALES) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
            for (int context : CONTEXTS) {
                for (int width : WIDTHS) {
                    String[] names = symbols.getMonths(context, width);
                    for (int m = 0; m < 12; m++) {
                        add(byKey, key(names[m]), m + 1);
                    }
                }
            }
        }
        this.monthByKey = Map.copyOf(byKey);
    }

    /** Month 1..12 for a word already passed through {@link #key}. */
    OptionalInt month(String key) {
        Integer m = monthByKey.get(key);
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }

    /** The lookup key for a word: no abbreviation mark, lower case, Devanagari variants folded. */
    static String key(String word) {
        String s = word;
        while (!s.isEmpty() && ABBREVIATION_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return DevanagariFold.fold(s.toLowerCase(Locale.ROOT));
    }

    /** A fold that merged two different months would silently misdate pages: fail loudly. */
    private static void add(Map<String, Integer> byKey, String key, int month) {
        Integer previous = byKey.putIfAbsent(key, month);
        if (previous != null && previous != month) {
            throw new IllegalStateException("month key '" + key + "' means both " + previous + " and " + month);
        }
    }
}
