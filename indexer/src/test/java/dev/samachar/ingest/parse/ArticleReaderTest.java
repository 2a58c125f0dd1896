package dev.samachar.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.ingest.dates.DatelineParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @Test
    void aFileOverTheLimitIsReportedWithItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.txt");
        Files.writeString(file, "x".repeat(2048));
        ArticleReader.Loaded loaded = new ArticleReader(new DatelineParser(), 1024).load(file);
        assertFalse(loaded.ok());
        assertEquals(
                "file is 2048 bytes, over the limit of 1024 bytes (--max-file-size)",
                loaded.failure().reason());
    }

    @Test
    void aFileReadsWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.txt");
        byte[] text = "पहली पंक्ति\nsecond line\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        ArticleReader.Loaded loaded = new ArticleReader(new DatelineParser(), text.length).load(file);
        assertTrue(loaded.ok());
        assertArrayEquals(text, loaded.bytes());
    }

    // The file's size is asked before it is read; these are the reads where the two differ.
    @Test
    void aFileThatShrankBeforeItWasReadGivesWhatItHolds() throws IOException {
        byte[] held = bytes(10);
        assertArrayEquals(held, ArticleReader.readUpTo(new ByteArrayInputStream(held), 25, 100));
    }

    @Test
    void aFileThatGrewBeforeItWasReadIsReadOnUpToTheLimit() throws IOException {
        byte[] held = bytes(60);
        assertArrayEquals(held, ArticleReader.readUpTo(new ByteArrayInputStream(held), 20, 100));
        assertArrayEquals(Arrays.copyOf(held, 41), ArticleReader.readUpTo(new ByteArrayInputStream(held), 20, 41));
        assertArrayEquals(Arrays.copyOf(held, 20), ArticleReader.readUpTo(new ByteArrayInputStream(held), 20, 20));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (i * 7 + 1);
        }
        return bytes;
    }

    @Test
    void theSameBytesHaveTheSameHash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "same");
        Files.writeString(dir.resolve("b.txt"), "same");
        ArticleReader reader = new ArticleReader();
        assertEquals(
                reader.load(dir.resolve("a.txt")).hash(),
                reader.load(dir.resolve("b.txt")).hash());
    }

    @Test
    void htmlBecomesTitleAndTextWithoutPageChrome(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.htm");
        Files.writeString(
                page,
                "<html><head><title>Ignored when there is an h1</title><script>x=1</script></head>"
                        + "<body><nav>Home World Sports</nav><main><h1>सेना प्रमुख ने लद्दाख का दौरा किया</h1>"
                        + "<p>नई दिल्ली, 4 अक्टूबर 2018। सेना प्रमुख ने आज लद्दाख में अग्रिम चौकियों का दौरा किया और सैनिकों से बात की।</p>"
                        + "</main><footer>© Paper</footer></body></html>");
        ReadResult result = new ArticleReader().read(page);
        assertEquals(1, result.articles().size(), result.failures().toString());
        Article article = result.articles().get(0);
        assertEquals("सेना प्रमुख ने लद्दाख का दौरा किया", article.title());
        assertTrue(article.body().contains("अग्रिम चौकियों"), article.body());
        assertFalse(article.body().contains("Home World"), article.body());
        assertEquals("hi", article.lang());
    }

    @Test
    void aDirectoryOrBrokenLinkIsNotOpened(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("folder.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        ArticleReader reader = new ArticleReader();
        assertEquals(
                "is a directory",
                reader.load(dir.resolve("folder.txt")).failure().reason());
        assertTrue(reader.load(dir.resolve("gone.txt")).failure().reason().startsWith("broken symbolic link"));
    }

    @Test
    void aLatin1PageIsIndexedWithAWarningNamingTheFile(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("business.txt");
        Files.write(
                page,
                ("Ad sales boost Time Warner profit\n\nQuarterly profits at the media giant jumped 76% to "
                                + "\u00A3600m for the three months to December.\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ReadResult result = new ArticleReader().read(page);
        assertEquals(List.of(), result.failures());
        assertTrue(
                result.articles().get(0).body().contains("£600m"),
                result.articles().get(0).body());
        assertEquals(
                List.of(page + ": not valid UTF-8: 1 byte from byte offset 86 read as windows-1252"),
                result.warnings());
    }

    @Test
    void aFileThatIsNeitherUtf8NorWindows1252IsRejected(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("odd.txt");
        Files.write(page, new byte[] {'I', 'n', 'd', 'i', 'a', ' ', (byte) 0x8D, '\n'});
        ReadResult result = new ArticleReader().read(page);
        assertEquals(
                "invalid UTF-8 at byte offset 6, and byte 0x8D is not windows-1252 either",
                result.failures().get(0).reason());
    }
}
