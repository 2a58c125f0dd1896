package dev.samachar.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the distribution zip into the install directory.
 *
 * <p>The zip is extracted into a hidden sibling directory and then renamed into place, so an interrupted
 * install (Ctrl-C, full disk) never leaves a half-populated install dir that would later look complete.
 */
final class DistributionInstaller {

    private static final String STAGING_PREFIX = ".install-";

    private final PrintStream progress;

    DistributionInstaller(PrintStream progress) {
        this.progress = progress;
    }

    static boolean isInstalled(Path installDir) {
        return Files.isRegularFile(installDir.resolve("bin").resolve("elasticsearch"))
                && Files.isDirectory(installDir.resolve("lib"));
    }

    /** @param installDir named after the zip's single top folder, e.g. {@code elasticsearch-8.19.21} */
    void install(Path zip, Path installDir) {
        Path parent = installDir.toAbsolutePath().getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, installDir);
            staging = Files.createTempDirectory(parent, STAGING_PREFIX);
            extract(zip, staging);
            Path top = staging.resolve(installDir.getFileName().toString());
            if (!isInstalled(top)) {
                throw new LocalNodeException(zip + " does not look like an Elasticsearch distribution: expected a top"
                        + " folder " + installDir.getFileName() + "/ with bin/elasticsearch inside. Is "
                        + DistributionLocator.ENV_DIST + " pointing at the right version?");
            }
            makeScriptsExecutable(top);
            Files.move(top, installDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalNodeException(
                    "Cannot install Elasticsearch from " + zip + " into " + installDir + ": " + IoErrors.describe(e),
                    e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /** Clears what an interrupted earlier install left: staging dirs, or an install dir without its launcher. */
    private void removeLeftovers(Path parent, Path installDir) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(parent, STAGING_PREFIX + "*")) {
            for (Path dir : stale) {
                deleteRecursively(dir);
            }
        }
        if (Files.exists(installDir) && !isInstalled(installDir)) {
            progress.println("Removing incomplete Elasticsearch install at " + installDir);
            deleteRecursively(installDir);
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                // Refuse "zip slip": an entry like ../../etc/x must not escape the staging dir.
                if (!out.startsWith(root)) {
                    throw new LocalNodeException(zip + " contains an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** java.util.zip does not restore Unix modes, and the launcher scripts must be executable. */
    private static void makeScriptsExecutable(Path top) throws IOException {
        try (Stream<Path> files = Files.walk(top)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)
                        && (insideBinDir(top, file) || file.toString().endsWith(".sh"))) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                    perms.add(PosixFilePermission.OWNER_EXECUTE);
                    perms.add(PosixFilePermission.GROUP_EXECUTE);
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(file, perms);
                }
            }
        }
    }

    /** Covers the top-level bin/ and native helpers that some modules keep in their own bin/ folders. */
    private static boolean insideBinDir(Path top, Path file) {
        for (Path segment : top.relativize(file.getParent())) {
            if (segment.toString().equals("bin")) {
                return true;
            }
        }
        return false;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot delete " + dir + ": " + IoErrors.describe(e), e);
        }
    }

    /** For cleanup in finally blocks, where a second failure must not hide the first. */
    private void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (LocalNodeException e) {
            progress.println("Could not remove temporary folder " + dir + "; it is removed on the next install.");
        }
    }
}
