package dev.samachar.ingest;

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
import java.util.List;
import java.util.Locale;
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

    /** @param files in path order, without repeats; built afresh on each access (see {@link FileList}) */
    public record Listing(List<Path> files, List<IngestFailure> failures) {
    }

    private ArticleFiles() {
    }

    public static Listing expand(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        List<IngestFailure> failures = new ArrayList<>();
        for (Path given : paths) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                failures.add(new IngestFailure(path.toString(), "read", "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                walk(path, files, failures);
            } else {
                files.add(path);
            }
        }
        // The sorted set is dropped here; the run keeps only the compact list.
        return new Listing(new FileList(files), failures);
    }

    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static void walk(Path root, Set<Path> files, List<IngestFailure> failures) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // Not only regular files: a broken link or a pipe named like an article is
                            // listed so that reading it reports why, instead of it vanishing silently.
                            if (!attrs.isDirectory() && !isHidden(file) && isArticleFile(file)) {
                                files.add(file.toAbsolutePath().normalize());
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

    static String describe(IOException e) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
    }
}
