package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.enrich.ArticleDocument;
import dev.samachar.ingest.entities.Entities;
import dev.samachar.ingest.parse.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RunArticlesTest {

    private static ArticleDocument document(String id, String lang, OffsetDateTime published, String body) {
        Article article = new Article(
                Path.of("/tmp/" + id + ".txt"),
                0,
                "text",
                "Title " + id,
                body,
                published,
                "PIB Delhi",
                lang,
                "b".equals(id) ? "1548656" : null,
                null);
        Entities entities = new Entities(
                new TreeSet<>(Set.of("Nurlan Yermekbayev")), new TreeSet<>(Set.of("NATO")), new TreeSet<>());
        return new ArticleDocument(
                id, article, new TreeSet<>(Set.of("IN", "KZ")), entities, List.of(), List.of(), "hash-" + id, null);
    }

    @Test
    void givesBackTheArticlesOfTheWantedIstDaysWithWhatTheLinkerReadsFromTheIndex() {
        try (RunArticles run = new RunArticles()) {
            // 20:00 UTC on the 3rd is already the 4th in India.
            run.add(document("a", "en", OffsetDateTime.of(2018, 10, 3, 20, 0, 0, 0, ZoneOffset.UTC), "body a"));
            run.add(document("b", "hi", OffsetDateTime.of(2018, 10, 4, 10, 0, 0, 0, RunArticles.IST), "बॉडी b"));
            run.add(document("c", "en", OffsetDateTime.of(2018, 10, 5, 10, 0, 0, 0, RunArticles.IST), "body c"));

            Map<String, RunArticles.Facts> found = run.on(Set.of(LocalDate.of(2018, 10, 4)));

            assertEquals(List.of("a", "b"), List.copyOf(found.keySet()));
            RunArticles.Facts b = found.get("b");
            assertEquals("hi", b.lang());
            assertEquals(LocalDate.of(2018, 10, 4), b.day());
            assertEquals(OffsetDateTime.of(2018, 10, 4, 10, 0, 0, 0, RunArticles.IST), b.published());
            assertEquals("1548656", b.releaseId());
            assertEquals(null, found.get("a").releaseId());
            assertEquals("Title b\nबॉडी b", b.text());
            assertEquals(
                    Set.of("persons:Nurlan Yermekbayev", "orgs:NATO", "countries:IN", "countries:KZ"), b.entities());
            assertEquals(
                    List.of("c"),
                    List.copyOf(run.on(Set.of(LocalDate.of(2018, 10, 5))).keySet()));
            assertEquals(Map.of("2018-10-04", 2, "2018-10-05", 1), run.articlesPerDay());
        }
    }

    @Test
    void skipsUndatedArticlesKeepsTheLastOfARepeatedIdAndLongBodies() {
        String longBody = "क".repeat(70_000); // over DataOutputStream.writeUTF's 64 KB
        try (RunArticles run = new RunArticles()) {
            OffsetDateTime day = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, RunArticles.IST);
            run.add(document("undated", "en", null, "x"));
            run.add(document("same", "en", day, "first"));
            run.add(document("same", "en", day, longBody));

            Map<String, RunArticles.Facts> found = run.on(Set.of(LocalDate.of(2020, 1, 1)));

            assertEquals(2, run.size());
            assertEquals(Set.of("same"), found.keySet());
            assertEquals("Title same\n" + longBody, found.get("same").text());
            assertTrue(run.on(Set.of(LocalDate.of(2020, 1, 2))).isEmpty());
        }
    }
}
