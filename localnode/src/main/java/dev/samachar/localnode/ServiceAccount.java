package dev.samachar.localnode;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which OS user runs Elasticsearch. Elasticsearch refuses to run as root, so when Samachar itself
 * runs as root the node runs as the dedicated system user {@value #USER}, which then must own the node's
 * directories and be able to reach them. Otherwise the node runs as the current user and nothing changes.
 */
final class ServiceAccount {

    static final String USER = "samachar-es";

    private final boolean root;
    private final PrintStream progress;

    ServiceAccount(boolean root, PrintStream progress) {
        this.root = root;
        this.progress = progress;
    }

    static ServiceAccount forCurrentUser(PrintStream progress) {
        return new ServiceAccount(currentUserIsRoot(), progress);
    }

    boolean isRoot() {
        return root;
    }

    /**
     * Makes the node's directories usable by the node's user. As root: creates the user if missing, lets it
     * traverse every directory leading to {@code mustReach} (the node's dirs, its Java) and hands it
     * {@code ownedDirs}.
     */
    void prepare(List<Path> mustReach, List<Path> ownedDirs) {
        if (!root) {
            return;
        }
        ensureUserExists();
        mustReach.forEach(this::ensureTraversable);
        List<String> chown = new ArrayList<>(List.of(Commands.executable("chown"), "-R", USER + ":"));
        ownedDirs.forEach(dir -> chown.add(dir.toString()));
        Commands.runOrFail(chown, "give " + USER + " ownership of the Elasticsearch directories");
    }

    /** Wraps the launch command so that it runs as the node's user. */
    List<String> wrap(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(Commands.executable("runuser"), "-u", USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void ensureUserExists() {
        if (Commands.run(List.of(Commands.executable("id"), "-u", USER)).ok()) {
            return;
        }
        Commands.runOrFail(
                List.of(
                        Commands.executable("useradd"),
                        "--system",
                        "--no-create-home",
                        "--home-dir",
                        "/nonexistent",
                        "--shell",
                        "/usr/sbin/nologin",
                        USER),
                "create the system user " + USER);
        progress.println("Created system user " + USER + " to run Elasticsearch (it refuses to run as root).");
    }

    /**
     * Adds only the search (o+x) bit, never read or write, to directories on the way to {@code target}: a
     * home under /root (mode 0700) would otherwise be unreachable for the node's user. Both the path as given
     * and its symlink-free form are checked, since the kernel walks through both when resolving it.
     */
    private void ensureTraversable(Path target) {
        Set<Path> dirs = new LinkedHashSet<>(chain(target.toAbsolutePath().normalize()));
        try {
            dirs.addAll(chain(target.toRealPath()));
        } catch (IOException e) {
            // Not created yet: the literal chain is all there is to check.
        }
        for (Path dir : dirs) {
            try {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(dir, perms);
                    progress.println("Notice: added o+x (traverse only, no read) to " + dir + " so user " + USER
                            + " can reach " + target + ".");
                }
            } catch (IOException e) {
                throw new LocalNodeException(
                        "Cannot make " + dir + " traversable for user " + USER + ": " + IoErrors.describe(e), e);
            }
        }
    }

    /** The path's ancestors from the filesystem root down, ending with the path itself. */
    private static List<Path> chain(Path path) {
        List<Path> chain = new ArrayList<>();
        for (Path p = path; p != null; p = p.getParent()) {
            chain.add(0, p);
        }
        return chain;
    }

    static boolean currentUserIsRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            // Not a Unix JVM: there is no root to avoid.
            return false;
        }
    }
}
