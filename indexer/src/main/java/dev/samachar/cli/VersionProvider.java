package dev.samachar.cli;

import dev.samachar.localnode.LocalElasticsearch;
import java.util.Properties;
import picocli.CommandLine;

/** Version from the build, so `--version` never disagrees with the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static Properties buildProperties() {
        return LocalElasticsearch.buildProperties();
    }

    @Override
    public String[] getVersion() {
        Properties build = buildProperties();
        return new String[] {
            "samachar " + build.getProperty("version", "unknown"),
            "local Elasticsearch " + build.getProperty("elasticsearch.version", "unknown") + ", Java "
                    + System.getProperty("java.version")
        };
    }
}
