package dev.samachar.ingest.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryNameIndexTest {

    private static final Map<String, List<String>> CLDR = Map.of(
            "CD", List.of("Congo (DRC)", "Congo"),
            "CG", List.of("Congo (Republic)", "Congo"),
            "ML", List.of("Mali", "माली"),
            "KZ", List.of("Kazakhstan", "कज़ाखस्तान"));

    private static List<CountryNamesFile.Row> rows(String tsv) throws IOException {
        return CountryNamesFile.read(new StringReader(tsv));
    }

    @Test
    void cldrNameOfTwoCountriesIsDropped() throws IOException {
        Map<String, List<String>> names = new CountryNameIndex(CLDR, rows("")).spellingsByCode();
        assertEquals(List.of("Congo (DRC)"), names.get("CD"));
        assertEquals(List.of("Congo (Republic)"), names.get("CG"));
    }

    @Test
    void fileNameOverridesCldrAmbiguity() throws IOException {
        Map<String, List<String>> names = new CountryNameIndex(CLDR, rows("CD\tname\tCongo\n")).spellingsByCode();
        assertTrue(names.get("CD").contains("Congo"));
        assertTrue(!names.get("CG").contains("Congo"));
    }

    @Test
    void exclusionRemovesACldrName() throws IOException {
        CountryNameIndex index = new CountryNameIndex(CLDR, rows("-\texclude\tमाली | Latin America\n"));
        assertEquals(List.of("Mali"), index.spellingsByCode().get("ML"));
        assertEquals(List.of("माली", "Latin America"), index.blockingPhrases());
    }

    @Test
    void fileSpellingsFollowCldrAndFoldedDuplicatesAreKept() throws IOException {
        Map<String, List<String>> names = new CountryNameIndex(
                        CLDR, rows("# comment\n\nKZ\tname\tकजाकिस्तान | कज़ाकिस्तान\nKZ\tdemonym\tKazakh\n"))
                .spellingsByCode();
        assertEquals(List.of("Kazakhstan", "कज़ाखस्तान", "कजाकिस्तान", "कज़ाकिस्तान", "Kazakh"), names.get("KZ"));
    }

    @Test
    void fileGivingOneKeyToTwoCountriesIsAnError() {
        assertThrows(
                IllegalStateException.class,
                () -> new CountryNameIndex(CLDR, rows("CD\tname\tCongo\nCG\tname\tCONGO\n")));
    }

    @Test
    void excludingAFileNameIsAnError() {
        assertThrows(
                IllegalStateException.class,
                () -> new CountryNameIndex(CLDR, rows("KZ\tname\tKazakstan\n-\texclude\tkazakstan\n")));
    }

    @Test
    void unknownCodeIsAnError() {
        assertThrows(IllegalStateException.class, () -> new CountryNameIndex(CLDR, rows("QQ\tname\tNowhere\n")));
    }

    @Test
    void malformedRowsAreErrors() {
        for (String bad : List.of(
                "KZ\tname\n",
                "KZ\tnickname\tX\n",
                "-\tname\tX\n",
                "KZ\texclude\tX\n",
                "kz\tname\tX\n",
                "KZ\tname\t | \n")) {
            assertThrows(IllegalStateException.class, () -> rows(bad), bad);
        }
    }

    @Test
    void latinNamesGetKeyboardSpellings() {
        assertEquals(List.of("Türkiye", "Turkiye"), LatinNameVariants.of("Türkiye"));
        assertEquals(
                List.of("St. Kitts & Nevis", "St. Kitts and Nevis", "Saint Kitts & Nevis", "Saint Kitts and Nevis"),
                LatinNameVariants.of("St. Kitts & Nevis"));
        assertEquals(List.of("सेंट किट्स और नेविस"), LatinNameVariants.of("सेंट किट्स और नेविस"));
    }
}
