package dev.samachar.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthNamesTest {

    private static final MonthNames MONTHS = new MonthNames();

    private static OptionalInt lookup(String word) {
        return MONTHS.month(MonthNames.key(word));
    }

    /** Every name CLDR gives, in every width and context used, must resolve to its own month. */
    @Test
    void everyCldrNameResolves() {
        for (String locale : new String[] {"en", "en_IN", "en_GB", "hi"}) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(locale));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = symbols.getMonths(context, width);
                    for (int m = 0; m < 12; m++) {
                        assertEquals(OptionalInt.of(m + 1), lookup(names[m]), locale + " " + names[m]);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // case-insensitive English, wide and abbreviated
        "October, 10",
        "OCTOBER, 10",
        "october, 10",
        "Oct, 10",
        "OCT, 10",
        "Oct., 10",
        // en_IN / en_GB "Sept" next to en "Sep"
        "Sept, 9",
        "Sep, 9",
        "SEPT., 9",
        // Hindi, CLDR spelling and the common news spellings
        "अक्तूबर, 10",
        "अक्टूबर, 10",
        "अक्तू॰, 10",
        "अक्टू., 10",
        "सितंबर, 9",
        "सितम्बर, 9",
        "नवंबर, 11",
        "नवम्बर, 11",
        "दिसंबर, 12",
        "दिसम्बर, 12",
        "फ़रवरी, 2",
        "फरवरी, 2",
        "फ़र॰, 2",
        "जनवरी, 1",
        "जन॰, 1",
        "अप्रैल, 4",
        "मई, 5",
        "जुलाई, 7",
        "अगस्त, 8",
        "मार्च, 3",
        "जून, 6"
    })
    void resolvesSpellings(String word, int month) {
        assertEquals(OptionalInt.of(month), lookup(word));
    }

    @ParameterizedTest
    @CsvSource({"Visitor", "Counter", "बटालियन", "शुक्रवार", "Thursday", "IST", "तिथि"})
    void otherWordsAreNotMonths(String word) {
        assertEquals(OptionalInt.empty(), lookup(word));
    }
}
