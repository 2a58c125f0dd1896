package dev.samachar.ingest.files;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the paths given on the command line into the article files to read. Directories are
 * walked recursively (following symlinks, with loops reported, not followed forever); hidden
 * files and files of other types inside directories are skipped. A file named explicitly is
 * always read, whatever its extension.
 */
public final class ArticleFiles {

    static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "jsonl", "html", "htm");

    /**
     * @param files   in path order, without repeats; built afresh on each access (see {@link FileList})
     * @param skipped files inside the folders that are not read
     */
    public record Listing(List<Path> files, List<IngestFailure> failures, Skipped skipped) {}

    /**
     * Files a folder walk passes over, so that a run can say why it read fewer files than the folder holds.
     *
     * @param hidden          files whose name starts with a dot
     * @param hiddenFolders   folders whose name starts with a dot (not entered, so their files are not counted)
     * @param otherExtensions files of other types, per lower-case extension ("" for none), most frequent first
     */
    public record Skipped(int hidden, int hiddenFolders, Map<String, Integer> otherExtensions) {
        public int otherTypes() {
            return otherExtensions.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int total() {
            return hidden + otherTypes();
        }
    }

    private ArticleFiles() {}

    public static Listing expand(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        List<IngestFailure> failures = new ArrayList<>();
        SkipCount skips = new SkipCount();
        for (Path given : paths) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                failures.add(new IngestFailure(path.toString(), "read", "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                walk(path, files, failures, skips);
            } else {
                files.add(path);
            }
        }
        // The sorted set is dropped here; the run keeps only the compact list.
        return new Listing(new FileList(files), failures, skips.result());
    }

    /** ".htm, .html, .jsonl, .text, .txt", for messages. */
    public static String extensionList() {
        return String.join(
                ", ",
                new TreeSet<>(ARTICLE_EXTENSIONS).stream().map(e -> "." + e).toList());
    }

    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Counts what a walk passes over. */
    private static final class SkipCount {
        private int hidden;
        private int hiddenFolders;
        private final Map<String, Integer> byExtension = new HashMap<>();

        void skipped(Path file) {
            if (isHidden(file)) {
                hidden++;
            } else {
                byExtension.merge(extension(file), 1, Integer::sum);
            }
        }

        void hiddenFolder() {
            hiddenFolders++;
        }

        Skipped result() {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            byExtension.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return new Skipped(hidden, hiddenFolders, sorted);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    private static void walk(Path root, Set<Path> files, List<IngestFailure> failures, SkipCount skips) {
        try {
            Files.walkFileTree(
                    root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && isHidden(dir)) {
                                skips.hiddenFolder();
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // Not only regular files: a broken link or a pipe named like an article is
                            // listed so that reading it reports why, instead of it vanishing silently.
                            if (attrs.isDirectory()) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (!isHidden(file) && isArticleFile(file)) {
                                files.add(file.toAbsolutePath().normalize());
                            } else {
                                skips.skipped(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException
                                    ? "symbolic link loop, not followed"
                                    : "cannot be read: " + describe(e);
                            failures.add(new IngestFailure(file.toString(), "read", reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.add(new IngestFailure(root.toString(), "read", "cannot be listed: " + describe(e)));
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
    }
}
