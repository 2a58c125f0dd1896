package dev.samachar.localnode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which Elasticsearch the local node runs, on which JDK, and why. {@value #ENV_VERSION} decides when set;
 * otherwise a home keeps the version its node already ran (its data stays readable); a new home gets the newest
 * supported version whose JDK is found, which is 8.x when no JDK 21+ is there.
 */
final class VersionChoice {

    static final String ENV_VERSION = "SAMACHAR_ES_VERSION";
    /** Where this project's machines have a JDK 21+ besides the build JDK. */
    static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    record Choice(ElasticsearchTarget target, Path javaHome, String reason) {
        String version() {
            return target.version();
        }

        /** One line for `es start`: the version and why. */
        String explanation() {
            return "Elasticsearch " + version() + ": " + reason + ".";
        }
    }

    /** A JDK folder and where its path came from, for messages. */
    record JavaCandidate(Path home, String source) {}

    private final List<ElasticsearchTarget> supported;
    private final Map<String, String> env;
    private final Path runningJavaHome;
    private final Function<Path, Optional<Integer>> javaVersion;

    /**
     * @param supported       newest first ({@link ElasticsearchTarget#supported})
     * @param runningJavaHome the JVM running Samachar, the JDK 8.x has always run on
     * @param javaVersion     a JDK folder's feature version, empty when it is no JDK
     */
    VersionChoice(
            List<ElasticsearchTarget> supported,
            Map<String, String> env,
            Path runningJavaHome,
            Function<Path, Optional<Integer>> javaVersion) {
        this.supported = supported;
        this.env = env;
        this.runningJavaHome = runningJavaHome;
        this.javaVersion = javaVersion;
    }

    static VersionChoice fromEnvironment(Map<String, String> env) {
        return new VersionChoice(
                ElasticsearchTarget.supported(DistributionLocator.loadBuildProperties()),
                env,
                Path.of(System.getProperty("java.home")),
                JavaRuntimes::featureVersion);
    }

    /**
     * @param homeVersion the version this home's node last ran (node.json), or null for a new home
     * @throws LocalNodeException when {@value #ENV_VERSION} names no supported version, when the chosen version's
     *                            JDK is missing, or when the home's data is from a newer major than the choice
     */
    Choice choose(String homeVersion) {
        String wanted = value(ENV_VERSION);
        if (wanted != null) {
            ElasticsearchTarget target = supported.stream()
                    .filter(t -> t.matches(wanted))
                    .findFirst()
                    .orElseThrow(() -> new LocalNodeException(ENV_VERSION + "=" + wanted
                            + " is not a version Samachar supports; choose one of " + versions() + "."));
            refuseDowngrade(target, homeVersion);
            return new Choice(target, requireJava(target), ENV_VERSION + "=" + wanted);
        }
        if (homeVersion != null) {
            Optional<ElasticsearchTarget> same = supported.stream()
                    .filter(t -> t.version().equals(homeVersion))
                    .findFirst();
            if (same.isPresent()) {
                return new Choice(
                        same.get(),
                        requireJava(same.get()),
                        "this home's node already runs it (" + ENV_VERSION + " picks another of " + versions() + ")");
            }
        }
        ElasticsearchTarget newest = supported.get(0);
        Optional<JavaCandidate> java = javaFor(newest);
        if (java.isPresent()) {
            return new Choice(
                    newest,
                    java.get().home(),
                    supported.size() > 1
                            ? "the newest supported version; Java "
                                    + javaVersion.apply(java.get().home()).orElse(0) + " found at "
                                    + java.get().home() + " (" + java.get().source() + ")"
                            : "the supported version");
        }
        ElasticsearchTarget fallback = supported.stream()
                .filter(t -> javaFor(t).isPresent())
                .findFirst()
                .orElseThrow(() -> new LocalNodeException(noJavaMessage(newest)));
        refuseDowngrade(fallback, homeVersion);
        return new Choice(
                fallback,
                javaFor(fallback).orElseThrow().home(),
                "no Java " + newest.minimumJava()
                        + " or newer for Elasticsearch " + newest.version() + " (looked at "
                        + describe(candidates(newest))
                        + "); set ES_JAVA_HOME to one to run it");
    }

    /** An index written by Elasticsearch 9 cannot be opened by 8; starting 8 on it would only fail later. */
    private static void refuseDowngrade(ElasticsearchTarget target, String homeVersion) {
        if (homeVersion != null && ElasticsearchTarget.major(homeVersion) > target.major()) {
            throw new LocalNodeException("This home's node ran Elasticsearch " + homeVersion + "; "
                    + target.version() + " cannot read its data. Unset " + ENV_VERSION
                    + " or use another SAMACHAR_HOME.");
        }
    }

    private Path requireJava(ElasticsearchTarget target) {
        return javaFor(target)
                .map(JavaCandidate::home)
                .orElseThrow(() -> new LocalNodeException(noJavaMessage(target)));
    }

    private String noJavaMessage(ElasticsearchTarget target) {
        return "Elasticsearch " + target.version() + " needs Java " + target.minimumJava() + " or newer; none found"
                + " (looked at " + describe(candidates(target)) + "). Set ES_JAVA_HOME to such a JDK"
                + (supported.size() > 1
                        ? " or choose another version with " + ENV_VERSION + " (" + versions() + ")"
                        : "")
                + ".";
    }

    private Optional<JavaCandidate> javaFor(ElasticsearchTarget target) {
        return candidates(target).stream()
                .filter(c -> javaVersion
                        .apply(c.home())
                        .map(v -> v >= target.minimumJava())
                        .orElse(false))
                .findFirst();
    }

    /**
     * SAMACHAR_ES_JAVA_HOME alone when set. Otherwise 8.x keeps running on Samachar's own JVM, as it always has;
     * 9.x looks where a JDK 21+ is usually named.
     */
    List<JavaCandidate> candidates(ElasticsearchTarget target) {
        String explicit = value(NodeLauncher.ENV_JAVA_HOME);
        if (explicit != null) {
            return List.of(new JavaCandidate(Path.of(explicit), NodeLauncher.ENV_JAVA_HOME));
        }
        List<JavaCandidate> candidates = new ArrayList<>();
        if (target.minimumJava() > ElasticsearchTarget.JAVA_FOR_8) {
            for (String variable : List.of("ES_JAVA_HOME", "JAVA_HOME")) {
                String path = value(variable);
                if (path != null) {
                    candidates.add(new JavaCandidate(Path.of(path), variable));
                }
            }
            candidates.add(new JavaCandidate(TEMURIN_25, "the Temurin 25 path"));
        }
        candidates.add(new JavaCandidate(runningJavaHome, "the JVM running Samachar"));
        return candidates;
    }

    private static String describe(List<JavaCandidate> candidates) {
        return candidates.stream().map(c -> c.home() + " (" + c.source() + ")").collect(Collectors.joining(", "));
    }

    private String versions() {
        return supported.stream().map(ElasticsearchTarget::version).collect(Collectors.joining(", "));
    }

    private String value(String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
