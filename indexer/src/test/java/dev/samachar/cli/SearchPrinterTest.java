package dev.samachar.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.search.SearchQuery;
import dev.samachar.search.SearchResults;
import dev.samachar.search.TranslationLink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPrinterTest {

    private static String print(SearchResults results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SearchPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)
                .print(
                        new SearchQuery(
                                "", List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 10, 0, false),
                        results);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHitShowsItsPeopleOrganisationsEventsAndTranslationLink() {
        SearchResults.Hit hit = new SearchResults.Hit(
                "en1",
                "pib-en.txt",
                "Talks",
                "en",
                null,
                List.of("KZ"),
                List.of("Nurlan Yermekbayev"),
                List.of("UNIFIL"),
                List.of("KAZIND"),
                List.of("hi1"),
                "PIB Delhi",
                null,
                null,
                null,
                List.of(new TranslationLink("hi1", 0.91, TranslationLink.STRONG, "same release")));
        String out = print(new SearchResults(
                1, List.of(hit), Map.of("events", List.of(new SearchResults.FacetValue("KAZIND", 1)))));
        assertTrue(out.contains("     Nurlan Yermekbayev · UNIFIL · KAZIND\n"), out);
        assertTrue(out.contains("     Hindi version: hi1 (score 0.91)\n"), out);
        assertTrue(out.contains("Events:    KAZIND 1\n"), out);
    }
}
