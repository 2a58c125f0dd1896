package dev.samachar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.parse.Article;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The document id recipe, pinned: an index run after an upgrade must give every article the id it
 * already has, or each one is indexed a second time beside itself. A change here is a migration
 * (a new schema_version and a full reindex), never a refactoring. Where an article was read from is
 * not part of its identity, so the file and line differ between rows without mattering. The expected
 * ids were computed outside Java from the recipe in docs/architecture.md ("Document ids").
 */
class DocumentIdGoldenTest {

    private static final Enricher PLUGIN = Enricher.load(AnalysisMode.PLUGIN);
    private static final Enricher PORTABLE = Enricher.load(AnalysisMode.PORTABLE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            english release  | /data/pib/1548656.txt | 0 | text  | Talks held in Delhi         | Both sides met in Delhi.             | 2018-10-04T19:50+05:30 | PIB Delhi | en | 1548656 | NULL                              | bbf4f4ae1db603eeae43ab2fe699f85e
            hindi, undated   | /data/x/हिंदी.txt     | 0 | text  | भारत और कजाखस्तान की वार्ता | नई दिल्ली, पीटीआइ। दोनों पक्ष मिले। | NULL                   | NULL      | hi | NULL    | NULL                              | 333dbff26f8056f431e2fbf2acb56d6c
            jsonl with url   | /data/feed.jsonl      | 7 | jsonl | Monsoon reaches Kerala      | The monsoon arrived on Friday.       | 2021-06-04T09:15+05:30 | PTI       | en | NULL    | https://example.org/news/monsoon | e7297c279f6fdd8e864711480fab8dff
            empty title      | /data/y.txt           | 0 | text  | ''                          | A body.                              | NULL                   | NULL      | en | NULL    | NULL                              | 2f22d996090bae21b0dcadab73d56f57
            """)
    void idsOfFixedArticlesNeverChange(
            String name,
            String file,
            int line,
            String format,
            String title,
            String body,
            String published,
            String source,
            String lang,
            String releaseId,
            String url,
            String expectedId) {
        Article article = new Article(
                Path.of(file),
                line,
                format,
                title,
                body,
                published == null ? null : OffsetDateTime.parse(published),
                source,
                lang,
                releaseId,
                url);
        assertEquals(expectedId, Enricher.documentId(article), "Enricher.documentId");
        assertEquals(expectedId, PLUGIN.enrich(article).id(), "id of a plugin-mode document");
        assertEquals(expectedId, PORTABLE.enrich(article).id(), "id of a portable-mode document");
    }
}
