package dev.samachar.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    /** The compact listing gives the paths a sorted set of paths would: in path order, once, exactly. */
    @Test
    void listsEveryArticleOnceInPathOrder(@TempDir Path dir) throws IOException {
        Path root = dir.toRealPath();
        List<String> articles = List.of(
                "a/b.txt",
                "a/b/x.txt",
                "a/c.html",
                "a/b/y/z.jsonl",
                "a.txt",
                "हिंदी/समाचार.txt",
                "a/b/x.TXT",
                "top.htm");
        for (String name : articles) {
            Files.createDirectories(root.resolve(name).getParent());
            Files.writeString(root.resolve(name), "x");
        }
        Files.writeString(root.resolve("a/.hidden.txt"), "x");
        Files.writeString(root.resolve("a/notes.md"), "x");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config.txt"), "x");
        Path explicit = root.resolve("a/notes.md");

        // A folder, a file inside it given again, and a file of another type given by name.
        ArticleFiles.Listing listing = ArticleFiles.expand(List.of(root, root.resolve("a/c.html"), explicit));

        TreeSet<Path> expected = new TreeSet<>();
        articles.forEach(name -> expected.add(root.resolve(name)));
        expected.add(explicit);
        assertEquals(new ArrayList<>(expected), new ArrayList<>(listing.files()));
        assertEquals(expected.size(), listing.files().size());
        assertEquals(List.of(), listing.failures());
        for (Path file : listing.files()) {
            assertEquals(file.toString(), file.toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void countsWhatTheFolderWalkSkipsAndWhy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".draft.txt"), "x");
        Files.writeString(dir.resolve("scan.pdf"), "x");
        Files.writeString(dir.resolve("scan2.PDF"), "x");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.writeString(dir.resolve("README"), "x");
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.writeString(dir.resolve(".git/objects/a.txt"), "x");

        ArticleFiles.Skipped skipped = ArticleFiles.expand(List.of(dir)).skipped();

        assertEquals(1, skipped.hidden());
        assertEquals(1, skipped.hiddenFolders());
        assertEquals(java.util.Map.of("pdf", 2, "docx", 1, "", 1), skipped.otherExtensions());
        assertEquals(
                List.of("pdf", "", "docx"),
                List.copyOf(skipped.otherExtensions().keySet()),
                "most frequent first, then by name");
        assertEquals(5, skipped.total());
    }

    @Test
    void aFileNamedExplicitlyIsNeverSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".notes.md"), "x");
        ArticleFiles.Listing listing = ArticleFiles.expand(List.of(dir.resolve(".notes.md")));
        assertEquals(1, listing.files().size());
        assertEquals(0, listing.skipped().total());
    }
}
