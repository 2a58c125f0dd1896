package dev.samachar.benchmarks.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.samachar.corpus.CorpusGenerator;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.ingest.parse.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @Test
    void sameSeedGivesIdenticalFiles(@TempDir Path dir) throws IOException {
        List<Path> first = new CorpusGenerator(7).write(dir.resolve("a"), 40);
        List<Path> second = new CorpusGenerator(7).write(dir.resolve("b"), 40);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
        }
    }

    @Test
    void everyGeneratedPageParsesWithTitleDateAndWithoutChrome(@TempDir Path dir) throws IOException {
        ArticleReader reader = new ArticleReader();
        for (Path file : new CorpusGenerator(11).write(dir, 200)) {
            ReadResult result = reader.read(file);
            assertEquals(List.of(), result.failures(), file.toString());
            Article article = result.articles().get(0);
            assertNotNull(article.published(), "dated: " + file);
            assertNotNull(article.source(), "source: " + file);
            for (String chrome : List.of("Also Read", "यह भी पढ़ें", "Visitor Counter", "chat bot", "Follow us")) {
                assertFalse(article.body().contains(chrome), chrome + " in " + file);
            }
        }
    }
}
