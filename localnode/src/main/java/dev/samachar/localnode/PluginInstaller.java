package dev.samachar.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Keeps Samachar's analysis plugin installed in the local node: installs it before the node starts when it is
 * missing or when the plugin zip changed since it was installed (a rebuilt plugin). The zip's SHA-256 is kept
 * in {@link NodeLayout#pluginMarkerFile()}; installing is {@code bin/elasticsearch-plugin install}, which also
 * checks the plugin against this Elasticsearch. Must run while the node is stopped: a node reads its plugins
 * once, at start.
 */
final class PluginInstaller {

    /** What {@link #decide} asks for. */
    enum Action {
        /** The installed plugin is the zip's (or there is no zip, and an installed plugin will do). */
        KEEP,
        /** Nothing installed yet. */
        INSTALL,
        /** Something is installed, but not provably this zip: remove it, then install. */
        REPLACE,
        /** No zip, and nothing installed to fall back on. */
        MISSING
    }

    /** What was installed, as recorded in the marker file. */
    record Installed(String name, String sha256) {}

    static final Duration CLI_TIMEOUT = Duration.ofMinutes(3);

    private final NodeLayout layout;
    private final PluginLocator locator;
    private final PrintStream progress;
    private final Path markerFile;

    PluginInstaller(NodeLayout layout, PluginLocator locator, PrintStream progress) {
        this(layout, locator, progress, layout.pluginMarkerFile());
    }

    /** @param markerFile where this plugin's installed zip hash is kept; one per plugin */
    PluginInstaller(NodeLayout layout, PluginLocator locator, PrintStream progress, Path markerFile) {
        this.layout = layout;
        this.locator = locator;
        this.progress = progress;
        this.markerFile = markerFile;
    }

    /**
     * @param recorded    the marker's content, if there is a marker
     * @param available   name and hash of the zip found, if any
     * @param isInstalled whether plugins/NAME holds an installed plugin
     */
    static Action decide(Optional<Installed> recorded, Optional<Installed> available, Predicate<String> isInstalled) {
        boolean recordedPresent =
                recorded.isPresent() && isInstalled.test(recorded.get().name());
        if (available.isEmpty()) {
            return recordedPresent ? Action.KEEP : Action.MISSING;
        }
        if (recordedPresent && recorded.get().equals(available.get())) {
            return Action.KEEP;
        }
        // Installed without a marker (by hand, or cut short) counts as unknown, hence replaced.
        return recordedPresent || isInstalled.test(available.get().name()) ? Action.REPLACE : Action.INSTALL;
    }

    /**
     * Installs or updates the plugin if needed.
     *
     * @param javaHome the Java that runs {@code elasticsearch-plugin} (the node's)
     * @throws LocalNodeException when no zip is found and none is installed, or the install fails
     */
    void ensureInstalled(Path javaHome) {
        if (locator.disabled()) {
            readMarker().ifPresent(installed -> {
                progress.println("Removing the Elasticsearch plugin " + installed.name() + " (" + locator.envVariable()
                        + "=" + PluginLocator.NONE + ")");
                deleteFile(markerFile);
                DistributionInstaller.deleteRecursively(layout.pluginsDir().resolve(installed.name()));
            });
            return;
        }
        Optional<PluginZip> zip = locator.locate().map(PluginZip::read);
        Optional<Installed> recorded = readMarker();
        Action action = decide(recorded, zip.map(z -> new Installed(z.name(), z.sha256())), this::isInstalled);
        switch (action) {
            case KEEP -> {
                if (zip.isEmpty()) {
                    progress.println("Notice: the plugin zip was not found; keeping the installed "
                            + recorded.orElseThrow().name() + " plugin.");
                }
            }
            case MISSING -> throw new LocalNodeException(locator.notFoundMessage());
            case INSTALL, REPLACE -> install(zip.orElseThrow(), recorded, action, javaHome);
        }
    }

    /** True when a plugin zip is available and differs from what is installed (or nothing is). */
    boolean needsUpdate() {
        if (locator.disabled()) {
            return readMarker().map(Installed::name).filter(this::isInstalled).isPresent();
        }
        Optional<PluginZip> zip = locator.locate().map(PluginZip::read);
        if (zip.isEmpty()) {
            return false;
        }
        Action action = decide(readMarker(), zip.map(z -> new Installed(z.name(), z.sha256())), this::isInstalled);
        return action == Action.INSTALL || action == Action.REPLACE;
    }

    /** True when plugins/NAME holds a plugin (a descriptor), not an empty or half-removed folder. */
    boolean isInstalled(String name) {
        Path dir = layout.pluginsDir().resolve(name);
        return Files.isRegularFile(dir.resolve(PluginZip.STABLE_DESCRIPTOR))
                || Files.isRegularFile(dir.resolve(PluginZip.CLASSIC_DESCRIPTOR));
    }

    private void install(PluginZip zip, Optional<Installed> recorded, Action action, Path javaHome) {
        progress.println((action == Action.REPLACE ? "Updating" : "Installing") + " the Elasticsearch plugin "
                + zip.name() + " from " + zip.path() + " ...");
        // Marker first: if anything below fails, the next start installs again instead of trusting a half-done job.
        deleteFile(markerFile);
        removeLeftovers();
        recorded.ifPresent(old ->
                DistributionInstaller.deleteRecursively(layout.pluginsDir().resolve(old.name())));
        DistributionInstaller.deleteRecursively(layout.pluginsDir().resolve(zip.name()));

        Map<String, String> environment = new HashMap<>();
        environment.put("ES_JAVA_HOME", javaHome.toString());
        // The node's own config dir, whatever ES_PATH_CONF the user may have set.
        environment.put("ES_PATH_CONF", layout.installConfigDir().toString());
        // Ignored by Elasticsearch in favour of ES_JAVA_HOME; dropped only to spare a warning.
        environment.put("JAVA_HOME", null);
        List<String> command = List.of(
                layout.pluginCli().toString(),
                "install",
                "--batch",
                zip.path().toUri().toString());
        Commands.Result result = Commands.run(command, environment, CLI_TIMEOUT);
        if (!result.ok()) {
            throw new LocalNodeException("Cannot install the Elasticsearch plugin " + zip.name() + " from "
                    + zip.path() + ": `" + String.join(" ", command) + "` exited with " + result.exitCode()
                    + (result.output().isEmpty() ? "." : ":\n" + result.output()));
        }
        if (!isInstalled(zip.name())) {
            throw new LocalNodeException("`" + String.join(" ", command) + "` succeeded but "
                    + layout.pluginsDir().resolve(zip.name()) + " holds no plugin. Its output:\n" + result.output());
        }
        writeMarker(new Installed(zip.name(), zip.sha256()), zip.path());
    }

    /**
     * elasticsearch-plugin stages into plugins/.installing-* and removes via plugins/.removing-*; one left by an
     * interrupted run would stop the node from starting (it takes every entry of plugins/ for a plugin).
     */
    private void removeLeftovers() {
        Path plugins = layout.pluginsDir();
        if (!Files.isDirectory(plugins)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(plugins, ".{installing,removing}-*")) {
            for (Path leftover : leftovers) {
                progress.println("Removing " + leftover + ", left by an interrupted plugin install.");
                DistributionInstaller.deleteRecursively(leftover);
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot list " + plugins + ": " + IoErrors.describe(e), e);
        }
    }

    Optional<Installed> readMarker() {
        Path marker = markerFile;
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            properties.load(in);
        } catch (IOException e) {
            // Unreadable bookkeeping only costs a reinstall.
            return Optional.empty();
        }
        String name = properties.getProperty("name");
        String sha256 = properties.getProperty("sha256");
        return name == null || sha256 == null ? Optional.empty() : Optional.of(new Installed(name, sha256));
    }

    private void writeMarker(Installed installed, Path zip) {
        Properties properties = new Properties();
        properties.setProperty("name", installed.name());
        properties.setProperty("sha256", installed.sha256());
        properties.setProperty("zip", zip.toString());
        Path marker = markerFile;
        try {
            Path temp = Files.createTempFile(marker.getParent(), ".samachar-plugin-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                properties.store(out, "Written by Samachar: the plugin zip installed into plugins/" + installed.name());
            }
            Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write " + marker + ": " + IoErrors.describe(e), e);
        }
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot delete " + file + ": " + IoErrors.describe(e), e);
        }
    }
}
