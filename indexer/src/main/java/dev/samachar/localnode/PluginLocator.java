package dev.samachar.localnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the zip of Samachar's Elasticsearch analysis plugin. {@value #ENV_PLUGIN}, when set, is the only place
 * looked at; otherwise the path the Maven build recorded in {@code dev/samachar/build.properties}
 * ({@code es-plugin/target/…zip}), then the local Maven repository.
 */
final class PluginLocator {

    static final String ENV_PLUGIN = "SAMACHAR_ES_PLUGIN";
    /** {@value #ENV_PLUGIN}={@value #NONE} runs the node without the plugin: portable mode, as on a managed cluster. */
    static final String NONE = "none";

    private final Properties buildProperties;
    private final Map<String, String> env;
    private final Path userHome;

    PluginLocator(Properties buildProperties, Map<String, String> env, Path userHome) {
        this.buildProperties = buildProperties;
        this.env = env;
        this.userHome = userHome;
    }

    static PluginLocator fromClasspath(Map<String, String> env) {
        return new PluginLocator(DistributionLocator.loadBuildProperties(), env,
                Path.of(System.getProperty("user.home")));
    }

    boolean disabled() {
        return NONE.equalsIgnoreCase(String.valueOf(env.get(ENV_PLUGIN)).strip());
    }

    /** The places looked at, in order of preference. */
    List<Path> candidates() {
        String fromEnv = env.get(ENV_PLUGIN);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return List.of(Path.of(fromEnv.strip()));
        }
        List<Path> candidates = new ArrayList<>();
        String fromBuild = DistributionLocator.resolved(buildProperties.getProperty("plugin.zip"));
        if (fromBuild != null) {
            // The build writes it as indexer/../es-plugin/target/...; shown to users, so without the detour.
            candidates.add(Path.of(fromBuild).normalize());
        }
        String version = DistributionLocator.resolved(buildProperties.getProperty("version"));
        if (version != null) {
            candidates.add(userHome.resolve(Path.of(".m2", "repository", "dev", "samachar", "samachar-es-plugin",
                    version, "samachar-es-plugin-" + version + ".zip")));
        }
        return candidates;
    }

    /**
     * The plugin zip, or empty when there is none: the caller decides whether an installed plugin will do.
     *
     * @throws LocalNodeException when {@value #ENV_PLUGIN} names a file that is not there: an explicit choice
     *                            must not silently fall back to another zip
     */
    Optional<Path> locate() {
        String fromEnv = env.get(ENV_PLUGIN);
        for (Path candidate : candidates()) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        if (fromEnv != null && !fromEnv.isBlank()) {
            throw new LocalNodeException(ENV_PLUGIN + " is set to " + fromEnv.strip()
                    + ", which is not a readable file. Point it at samachar-analysis-plugin-*.zip or unset it.");
        }
        return Optional.empty();
    }

    /** Why {@link #locate()} found nothing, and what to do about it. */
    String notFoundMessage() {
        StringBuilder message = new StringBuilder("The Samachar analysis plugin zip was not found. Looked at:");
        List<Path> candidates = candidates();
        if (candidates.isEmpty()) {
            message.append("\n  (nothing: ").append(DistributionLocator.BUILD_PROPERTIES)
                    .append(" has no plugin.zip; this jar was not built by Maven)");
        }
        for (Path candidate : candidates) {
            message.append("\n  ").append(candidate);
        }
        return message.append("\nRun `mvn -B package` in the Samachar repository (or scripts/samachar, which builds")
                .append(" first) to build it, or set ").append(ENV_PLUGIN)
                .append(" to the path of samachar-analysis-plugin-*.zip.").toString();
    }
}
