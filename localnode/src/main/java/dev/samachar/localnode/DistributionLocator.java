package dev.samachar.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the Elasticsearch distribution zip. The Maven build downloads it and records its path in
 * {@code dev/samachar/build.properties}; the other places cover jars built elsewhere and IDE runs, where
 * that resource may be missing or unfiltered.
 */
final class DistributionLocator {

    static final String BUILD_PROPERTIES = "dev/samachar/build.properties";
    static final String ENV_DIST = "SAMACHAR_ES_DIST";

    private final ElasticsearchTarget target;
    private final Properties buildProperties;
    private final Map<String, String> env;
    private final Path userHome;

    /** The locator of the main version (elasticsearch.version). */
    DistributionLocator(Properties buildProperties, Map<String, String> env, Path userHome) {
        this(ElasticsearchTarget.main(buildProperties), buildProperties, env, userHome);
    }

    DistributionLocator(
            ElasticsearchTarget target, Properties buildProperties, Map<String, String> env, Path userHome) {
        this.target = target;
        this.buildProperties = buildProperties;
        this.env = env;
        this.userHome = userHome;
    }

    static DistributionLocator fromClasspath(ElasticsearchTarget target, Map<String, String> env) {
        return new DistributionLocator(target, loadBuildProperties(), env, Path.of(System.getProperty("user.home")));
    }

    String version() {
        return target.version();
    }

    /** The places looked at, in order of preference. */
    List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String fromBuild = resolved(buildProperties.getProperty(target.distributionKey()));
        if (fromBuild != null) {
            candidates.add(Path.of(fromBuild));
        }
        String fromEnv = env.get(ENV_DIST);
        if (fromEnv != null && !fromEnv.isBlank()) {
            candidates.add(Path.of(fromEnv.strip()));
        }
        String v = version();
        candidates.add(userHome.resolve(Path.of(
                ".m2",
                "repository",
                "org",
                "elasticsearch",
                "distribution",
                "integ-test-zip",
                "elasticsearch",
                v,
                "elasticsearch-" + v + ".zip")));
        return candidates;
    }

    Path locate() {
        List<Path> candidates = candidates();
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return candidate;
            }
        }
        StringBuilder message = new StringBuilder()
                .append("The Elasticsearch ")
                .append(version())
                .append(" distribution zip was not found. Looked at:");
        for (Path candidate : candidates) {
            message.append("\n  ").append(candidate);
        }
        message.append("\nRun `mvn -B package` in the Samachar repository (or scripts/samachar, which builds first)")
                .append(" to download it, or set ")
                .append(ENV_DIST)
                .append(" to the path of elasticsearch-")
                .append(version())
                .append(".zip.");
        throw new LocalNodeException(message.toString());
    }

    /** An unfiltered resource still holds the literal ${...} placeholder, which is no value at all. */
    static String resolved(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return null;
        }
        return value.strip();
    }

    static Properties loadBuildProperties() {
        Properties properties = new Properties();
        ClassLoader loader = DistributionLocator.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + BUILD_PROPERTIES, e);
        }
        return properties;
    }
}
