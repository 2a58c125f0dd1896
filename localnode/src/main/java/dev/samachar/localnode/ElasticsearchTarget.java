package dev.samachar.localnode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * One Elasticsearch version Samachar supports, with the build.properties keys of the distribution zip and the
 * plugin zips built for it. The versions come from the parent pom through build.properties, never from code.
 *
 * @param minimumJava the oldest JDK its launcher accepts as ES_JAVA_HOME
 */
record ElasticsearchTarget(
        String version, int minimumJava, String distributionKey, String pluginKey, String securityPluginKey) {

    /** Elasticsearch 9 refuses to start on a JDK older than 21; 8.x runs on 17. */
    static final int JAVA_FOR_9 = 21;

    static final int JAVA_FOR_8 = 17;

    static ElasticsearchTarget forVersion(
            String version, String distributionKey, String pluginKey, String securityPluginKey) {
        int java = major(version) >= 9 ? JAVA_FOR_9 : JAVA_FOR_8;
        return new ElasticsearchTarget(version, java, distributionKey, pluginKey, securityPluginKey);
    }

    /**
     * The version everything is compiled and fully tested against (elasticsearch.version in the pom).
     *
     * @throws LocalNodeException when build.properties was not filled in by Maven: the code has no copy of the
     *                            number to fall back on
     */
    static ElasticsearchTarget main(Properties build) {
        String version = DistributionLocator.resolved(build.getProperty("elasticsearch.version"));
        if (version == null) {
            throw new LocalNodeException(DistributionLocator.BUILD_PROPERTIES + " names no Elasticsearch version: this"
                    + " Samachar was not built by Maven. Run `mvn -B package` in the Samachar repository (or"
                    + " scripts/samachar, which builds first).");
        }
        return forVersion(version, "elasticsearch.zip", "plugin.zip", "security.plugin.zip");
    }

    /** Every version this build supports, newest first. */
    static List<ElasticsearchTarget> supported(Properties build) {
        List<ElasticsearchTarget> targets = new ArrayList<>(List.of(main(build)));
        String nine = DistributionLocator.resolved(build.getProperty("elasticsearch9.version"));
        if (nine != null) {
            targets.add(forVersion(nine, "elasticsearch9.zip", "plugin9.zip", "security.plugin9.zip"));
        }
        targets.sort(Comparator.comparing(ElasticsearchTarget::version, ElasticsearchTarget::compareVersions)
                .reversed());
        return List.copyOf(targets);
    }

    int major() {
        return major(version);
    }

    /** True when {@code wanted} names this version exactly or by a prefix of whole parts: 9, 9.2, 9.2.4. */
    boolean matches(String wanted) {
        String w = wanted.strip();
        return version.equals(w) || version.startsWith(w + ".");
    }

    static int major(String version) {
        return Integer.parseInt(parts(version)[0]);
    }

    static int compareVersions(String a, String b) {
        String[] x = parts(a);
        String[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(
                    i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String[] parts(String version) {
        return version.replaceAll("[^0-9.].*$", "").split("\\.");
    }
}
