package dev.samachar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samachar.enrich.Enricher;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of pages repeated to size: every copy reads as its page and is a new article for the indexer. */
class RealCorpusTest {

    @Test
    void pagesRepeatedToSizeAreDistinctArticlesWithTheSameText(@TempDir Path dir) throws IOException {
        Path source = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(
                source.resolve("a.txt"),
                "Talks on defence held in Astana\n\nIndia and Kazakhstan agreed to widen"
                        + " their defence cooperation on Thursday.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                source.resolve("b.html"),
                "<html><head><title>Budget passed</title></head><body><h1>Budget"
                        + " passed</h1><p>The lower house passed the budget after a long debate.</p></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(source.resolve("truth.jsonl"), "{\"path\": \"a.txt\"}\n", StandardCharsets.UTF_8);

        List<Path> written = RealCorpus.write(source, dir.resolve("corpus"), 5);

        assertEquals(5, written.size());
        assertArrayEquals(Files.readAllBytes(source.resolve("a.txt")), Files.readAllBytes(written.get(0)));
        ArticleReader reader = new ArticleReader();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            List<Article> articles = reader.read(written.get(i)).articles();
            assertEquals(1, articles.size(), written.get(i).toString());
            Article page = reader.read(source.resolve(i % 2 == 0 ? "a.txt" : "b.html"))
                    .articles()
                    .get(0);
            assertEquals(page.title(), articles.get(0).title());
            ids.add(Enricher.documentId(articles.get(0)));
        }
        assertEquals(5, ids.size(), "each copy is an article of its own");
    }
}
