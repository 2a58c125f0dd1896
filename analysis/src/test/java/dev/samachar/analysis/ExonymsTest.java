package dev.samachar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExonymsTest {

    private static final Exonyms DEFAULTS = Exonyms.defaults();

    @Test
    void russiaBothWays() {
        assertTrue(
                DEFAULTS.partners("rus").contains("rusia"),
                DEFAULTS.partners("rus").toString());
        assertTrue(
                DEFAULTS.partners("rusia").contains("rus"),
                DEFAULTS.partners("rusia").toString());
        assertTrue(DEFAULTS.partners("rasia").contains("rusia"), "रशिया is in the table's Russia group");
    }

    @Test
    void cldrGivesTrueExonyms() {
        assertEquals(List.of("bharat"), DEFAULTS.partners("india"));
        assertEquals(List.of("india"), DEFAULTS.partners("bharat"));
        assertTrue(DEFAULTS.partners("grisa").contains("yunan"), "Greece / यूनान");
    }

    @Test
    void nearTransliterationsAreLeftToFuzzyMatching() {
        // Germany / जर्मनी (garmani / jarmani), China / चीन (china / chin), Japan / जापान.
        assertEquals(List.of(), DEFAULTS.partners("garmani"));
        assertEquals(List.of(), DEFAULTS.partners("chin"));
        assertEquals(List.of(), DEFAULTS.partners("japan"));
    }

    @Test
    void tableGroupsAndBlocks() {
        assertTrue(DEFAULTS.partners("dili").contains("dalhi"), "दिल्ली → Delhi");
        assertTrue(DEFAULTS.partners("bombai").contains("mumbai"));
        assertTrue(DEFAULTS.partners("burma").contains("myanmar"));
        // मिस्र (Egypt) is blocked: its loose form is also Mishra's.
        assertEquals(List.of(), DEFAULTS.partners("misra"));
        assertFalse(DEFAULTS.partners("agipt").contains("misra"));
        // बारात (a wedding procession) is not भारत.
        assertEquals(List.of(), DEFAULTS.partners("barat"));
    }

    @Test
    void noFormIsItsOwnPartner() {
        DEFAULTS.asMap().forEach((key, partners) -> assertFalse(partners.contains(key), key));
    }

    @Test
    void loadsItsOwnFormat() throws IOException {
        Exonyms e = Exonyms.load(new StringReader("# comment\n\nRussia\tरूस\n-\tरस\nFoo\tरस\n"), false);
        assertEquals(List.of("rusia"), e.partners("rus"));
        assertEquals(List.of("rus"), e.partners("rusia"));
        assertEquals(List.of(), e.partners("foo"), "a blocked partner is never added");
        assertEquals(2, e.size());
    }

    @Test
    void rejectsMultiTokenSpellings() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Exonyms.load(new StringReader("United States\tअमेरिका\n"), false));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void jarCarriesTheRepositoryTable() throws IOException {
        try (InputStream bundled = Exonyms.class.getClassLoader().getResourceAsStream(Exonyms.BUNDLED_RESOURCE)) {
            assertNotNull(bundled, "build copies mappings/exonyms.tsv into the jar");
            Path source =
                    Path.of("").toAbsolutePath().resolveSibling("mappings").resolve("exonyms.tsv");
            if (Files.isRegularFile(source)) {
                assertEquals(
                        Files.readString(source),
                        new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
