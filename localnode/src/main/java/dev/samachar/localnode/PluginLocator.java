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

    /**
     * Which plugin: the variable that overrides its zip, its key in build.properties, its Maven artifact and
     * how its zip is named (for messages).
     */
    record Spec(String envVariable, String buildProperty, String artifactId, String zipPattern) {

        /**
         * The zip built for {@code target}. Only the main version's zip is attached to the Maven artifact, so the
         * others are looked for where the build left them only.
         */
        Spec forTarget(ElasticsearchTarget target) {
            boolean main = target.pluginKey().equals(ANALYSIS.buildProperty());
            if (main) {
                return this;
            }
            String key = this.equals(SECURITY_ANALYSIS) ? target.securityPluginKey() : target.pluginKey();
            return new Spec(envVariable, key, null, zipPattern.replace("*.zip", "*-es" + target.version() + ".zip"));
        }
    }

    static final String ENV_PLUGIN = "SAMACHAR_ES_PLUGIN";
    /** Samachar's analysis plugin, which the local node always gets. */
    static final Spec ANALYSIS =
            new Spec(ENV_PLUGIN, "plugin.zip", "samachar-es-plugin", "samachar-analysis-plugin-*.zip");
    /** The .security index's analysis components, which the local node gets only with security on. */
    static final Spec SECURITY_ANALYSIS = new Spec(
            "SAMACHAR_ES_SECURITY_PLUGIN",
            "security.plugin.zip",
            "samachar-es-security-analysis",
            "samachar-security-analysis-plugin-*.zip");
    /** {@value #ENV_PLUGIN}={@value #NONE} runs the node without the plugin: portable mode, as on a managed cluster. */
    static final String NONE = "none";

    private final Spec spec;
    private final Properties buildProperties;
    private final Map<String, String> env;
    private final Path userHome;

    PluginLocator(Properties buildProperties, Map<String, String> env, Path userHome) {
        this(ANALYSIS, buildProperties, env, userHome);
    }

    PluginLocator(Spec spec, Properties buildProperties, Map<String, String> env, Path userHome) {
        this.spec = spec;
        this.buildProperties = buildProperties;
        this.env = env;
        this.userHome = userHome;
    }

    static PluginLocator fromClasspath(Map<String, String> env) {
        return fromClasspath(ANALYSIS, env);
    }

    static PluginLocator fromClasspath(Spec spec, Map<String, String> env) {
        return new PluginLocator(
                spec, DistributionLocator.loadBuildProperties(), env, Path.of(System.getProperty("user.home")));
    }

    String envVariable() {
        return spec.envVariable();
    }

    boolean disabled() {
        return NONE.equalsIgnoreCase(String.valueOf(env.get(spec.envVariable())).strip());
    }

    /** The places looked at, in order of preference. */
    List<Path> candidates() {
        String fromEnv = env.get(spec.envVariable());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return List.of(Path.of(fromEnv.strip()));
        }
        List<Path> candidates = new ArrayList<>();
        String fromBuild = DistributionLocator.resolved(buildProperties.getProperty(spec.buildProperty()));
        if (fromBuild != null) {
            // The build writes it as localnode/../es-plugin/target/...; shown to users, so without the detour.
            candidates.add(Path.of(fromBuild).normalize());
        }
        String version = DistributionLocator.resolved(buildProperties.getProperty("version"));
        if (version != null && spec.artifactId() != null) {
            candidates.add(userHome.resolve(Path.of(
                    ".m2",
                    "repository",
                    "dev",
                    "samachar",
                    spec.artifactId(),
                    version,
                    spec.artifactId() + "-" + version + ".zip")));
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
        String fromEnv = env.get(spec.envVariable());
        for (Path candidate : candidates()) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        if (fromEnv != null && !fromEnv.isBlank()) {
            throw new LocalNodeException(spec.envVariable() + " is set to " + fromEnv.strip()
                    + ", which is not a readable file. Point it at " + spec.zipPattern() + " or unset it.");
        }
        return Optional.empty();
    }

    /** Why {@link #locate()} found nothing, and what to do about it. */
    String notFoundMessage() {
        StringBuilder message =
                new StringBuilder("The Samachar plugin zip was not found (" + spec.zipPattern() + "). Looked at:");
        List<Path> candidates = candidates();
        if (candidates.isEmpty()) {
            message.append("\n  (nothing: ")
                    .append(DistributionLocator.BUILD_PROPERTIES)
                    .append(" has no ")
                    .append(spec.buildProperty())
                    .append("; this jar was not built by Maven)");
        }
        for (Path candidate : candidates) {
            message.append("\n  ").append(candidate);
        }
        return message.append("\nRun `mvn -B package` in the Samachar repository (or scripts/samachar, which builds")
                .append(" first) to build it, or set ")
                .append(spec.envVariable())
                .append(" to the path of ")
                .append(spec.zipPattern())
                .append(".")
                .toString();
    }
}
