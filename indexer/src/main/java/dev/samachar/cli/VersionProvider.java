package dev.samachar.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version from the build, so `--version` never disagrees with the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/samachar/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Missing build info only degrades --version; never fail a command for it.
        }
        return properties;
    }

    @Override
    public String[] getVersion() {
        Properties build = buildProperties();
        return new String[]{
                "samachar " + build.getProperty("version", "unknown"),
                "local Elasticsearch " + build.getProperty("elasticsearch.version", "unknown")
                        + ", Java " + System.getProperty("java.version")};
    }
}
