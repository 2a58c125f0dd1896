package dev.samachar.benchmarks;

import dev.samachar.ingest.files.ArticleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark corpus made of real pages (a folder such as {@code ../shared/realnews-dev}) instead of
 * generated ones, repeated to the size asked for. Only page files count (text and HTML, one article
 * each): a {@code .jsonl} there is more often metadata about the pages (truth.jsonl) than articles.
 *
 * <p>Every repetition after the first gets its copy number as a last paragraph: the indexer knows an
 * article by its content, and an unchanged copy would be recognised as already indexed and never sent,
 * while one short paragraph more leaves the work of reading and enriching the page as it was.
 */
final class RealCorpus {

    private RealCorpus() {}

    /** The pages of {@code source}, in path order. */
    static List<Path> pages(Path source) {
        ArticleFiles.Listing listing = ArticleFiles.expand(List.of(source));
        if (!listing.failures().isEmpty()) {
            throw new IllegalArgumentException("cannot list " + source + ": " + listing.failures());
        }
        List<Path> pages = new ArrayList<>(
                listing.files().stream().filter(RealCorpus::isPage).toList());
        pages.sort(Comparator.naturalOrder());
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no pages (.txt, .text, .html, .htm)");
        }
        return pages;
    }

    /** Writes {@code articles} pages into {@code target}: the source's pages, repeated as often as needed. */
    static List<Path> write(Path source, Path target, int articles) throws IOException {
        List<Path> pages = pages(source);
        Path root = source.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            Path page = pages.get(i % pages.size()).toAbsolutePath().normalize();
            int copy = i / pages.size();
            Path out =
                    target.resolve("copy-" + copy).resolve(root.relativize(page).toString());
            Files.createDirectories(out.getParent());
            byte[] bytes = Files.readAllBytes(page);
            Files.write(out, copy == 0 ? bytes : numbered(bytes, copy, isHtml(page)));
            written.add(out);
        }
        return written;
    }

    private static byte[] numbered(byte[] page, int copy, boolean html) {
        String text = new String(page, StandardCharsets.UTF_8);
        if (!html) {
            return (text.stripTrailing() + "\n\n" + copy + "\n").getBytes(StandardCharsets.UTF_8);
        }
        String paragraph = "<p>" + copy + "</p>";
        int end = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String numbered = end < 0 ? text + paragraph : text.substring(0, end) + paragraph + text.substring(end);
        return numbered.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || isHtml(file);
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
