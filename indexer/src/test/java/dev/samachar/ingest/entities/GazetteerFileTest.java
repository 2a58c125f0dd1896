package dev.samachar.ingest.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GazetteerFileTest {

    private static final String TITLES = "military\ttitle\t\t\tGeneral\tजनरल\n";

    @Test
    void bundledFileHasEveryTypeTitlesAndBlocks() {
        GazetteerFile.Contents c = GazetteerFile.readResource();
        Set<EntityType> types = c.entries().stream().map(GazetteerEntry::type).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(EntityType.class), types);
        assertTrue(c.entries().size() > 100, "entries: " + c.entries().size());
        assertTrue(c.titles().containsKey("military") && c.titles().containsKey("civil"));
        assertTrue(c.blocks().contains("Ajay Kumar Mishra"));
    }

    @Test
    void trailingEmptyColumnsMayBeMissing() throws IOException {
        GazetteerFile.Contents c = read("Dustlik\tevent\t\texercise\tDustlik\n");
        GazetteerEntry e = c.entries().get(0);
        assertEquals("Dustlik", e.canonical());
        assertEquals(null, e.country());
        assertEquals(java.util.List.of(), e.hindi());
    }

    @Test
    void titledCellNamesItsGroup() throws IOException {
        GazetteerEntry e = read(TITLES
                        + "Bipin Rawat\tperson\tIN\tCDS\tBipin Rawat\tबिपिन रावत\t\t\tmilitary: Rawat | रावत\n")
                .entries()
                .get(0);
        assertEquals("military", e.titleGroup());
        assertEquals(java.util.List.of("Rawat", "रावत"), e.titled());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                // what is wrong, the file, a fragment of the message
                Arguments.of("too few columns", "X\tperson\tIN\n", "columns"),
                Arguments.of("unknown type", "X\tpeople\tIN\t\tX\n", "unknown type"),
                Arguments.of("lower-case country", "X\tperson\tin\t\tX\n", "alpha-2"),
                Arguments.of("Hindi in the latin column", "X\tperson\tIN\t\tराजनाथ\n", "Latin-script"),
                Arguments.of("Latin in the hindi column", "X\tperson\tIN\t\tX\tRajnath\n", "Devanagari"),
                Arguments.of("lower-case acronym", "X\torg\t\t\tX\t\thal\n", "capital"),
                Arguments.of("no spellings", "X\tperson\tIN\trole\t\n", "no spellings"),
                Arguments.of("twice the same name", "X\tperson\t\t\tX\nX\tperson\t\t\tXx\n", "twice"),
                Arguments.of("titled without group", "X\tperson\t\t\tX\t\t\t\tRawat\n", "group: form"),
                Arguments.of("titled with an unknown group", "X\tperson\t\t\tX\t\t\t\tnaval: Rawat\n", "no title rows"),
                Arguments.of("block row with a name", "Y\tblock\t\t\tSome Phrase\n", "'-'"),
                Arguments.of("title row with an alone cell", "military\ttitle\t\t\tGeneral\t\t\tGen\n", "column 8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void badRowsFailWithTheirLine(String what, String file, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(file));
        assertTrue(e.getMessage().contains("line ") && e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void oneSpellingForTwoEntitiesIsRejected() throws IOException {
        // "Yermekbaev" and "Yermekbayev" have one loose form, so they cannot name two people.
        GazetteerFile.Contents c =
                read("A\tperson\t\t\tA Person\t\t\tYermekbayev\nB\tperson\t\t\tB Person\t\t\tYermekbaev\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new EntityMatcher(c));
        assertTrue(e.getMessage().contains("Yermekbaev") && e.getMessage().contains("Yermekbayev"), e.getMessage());
    }

    private static GazetteerFile.Contents read(String tsv) throws IOException {
        return GazetteerFile.read(new StringReader("# header\n" + tsv));
    }
}
