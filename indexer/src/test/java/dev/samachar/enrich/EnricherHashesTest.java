package dev.samachar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samachar.es.AnalysisMode;
import dev.samachar.ingest.parse.Article;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * enrich() feeds the digests the UTF-8 it encoded once; the id and content hash must be those of
 * the strings they are defined on, whatever the title and body hold.
 */
class EnricherHashesTest {

    private static final Enricher ENRICHER = Enricher.load(AnalysisMode.PLUGIN);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ascii               | Talks held                  | Both sides met in Delhi.             | 2018-10-04T19:50+05:30 | PIB Delhi | 1548656
            devanagari          | भारत और कजाखस्तान की वार्ता | नई दिल्ली, पीटीआइ। दोनों पक्ष मिले। | NULL                   | NULL      | NULL
            empty title         | ''                          | A body.                              | NULL                   | PTI       | NULL
            newline in title    | 'line one\nline two'        | A body.                              | 2021-04-09T19:41+05:30 | NULL      | NULL
            lone high surrogate | 'title \uD83D'              | '\uDE00 body'                         | NULL                   | NULL      | NULL
            emoji               | 'title 😀'                   | body 😀 ✓                              | NULL                   | NULL      | 7
            """)
    void idAndContentHashAreThoseOfTheirStrings(
            String name, String title, String body, String published, String source, String releaseId) {
        Article article = new Article(
                Path.of("/tmp/x.txt"),
                0,
                "text",
                unescape(title),
                unescape(body),
                published == null ? null : OffsetDateTime.parse(published),
                source,
                "en",
                releaseId,
                null);
        ArticleDocument document = ENRICHER.enrich(article);
        assertEquals(Enricher.documentId(article), document.id());
        assertEquals(Enricher.sha256(article.title() + "\n" + article.body()).substring(0, 32), document.contentHash());
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\uD83D", "\uD83D").replace("\\uDE00", "\uDE00");
    }
}
