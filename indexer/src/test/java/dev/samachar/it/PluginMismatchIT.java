package dev.samachar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.config.Settings;
import dev.samachar.localnode.LocalElasticsearch;
import dev.samachar.testing.CliRun;
import dev.samachar.testing.TestCluster;
import dev.samachar.testing.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster whose samachar-analysis plugin is another Samachar's (here: this build's zip with an older version in
 * its descriptor, which is all that tells two builds apart): `index` says so and what to install, and uses portable
 * mode, whose searches still find across scripts.
 */
class PluginMismatchIT {

    private static final String ALIAS = "it-mismatch";
    private static final String OLD_VERSION = "0.0.1-old";

    @TempDir
    static Path dir;

    private static Settings settings;
    private static CliRun index;

    @BeforeAll
    static void indexIntoANodeWithAnotherSamacharsPlugin() throws Exception {
        Path zip = olderPlugin(dir.resolve("samachar-analysis-plugin-" + OLD_VERSION + ".zip"));
        settings = TestCluster.dedicatedWith("old-plugin", Map.of("SAMACHAR_ES_PLUGIN", zip.toString()));
        index = CliRun.run(
                settings, "index", TestData.repoRoot().resolve("samples").toString(), "--alias", ALIAS, "--json");
    }

    /** The zip the build made for the version under test, its descriptor saying it is an older Samachar. */
    private static Path olderPlugin(Path target) throws Exception {
        Properties build = LocalElasticsearch.buildProperties();
        boolean main = TestCluster.version().equals(build.getProperty("elasticsearch.version"));
        Path built = Path.of(build.getProperty(main ? "plugin.zip" : "plugin9.zip"));
        try (ZipFile in = new ZipFile(built.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    if (entry.getName().equals("stable-plugin-descriptor.properties")) {
                        String descriptor = new String(content.readAllBytes(), StandardCharsets.UTF_8)
                                .replaceFirst("(?m)^version=.*$", "version=" + OLD_VERSION);
                        out.write(descriptor.getBytes(StandardCharsets.UTF_8));
                    } else {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    @Test
    void indexSaysWhichPluginToInstallAndUsesPortableMode() {
        assertEquals(0, index.exitCode(), index.toString());
        assertEquals("portable", index.json().get("analysis").asText(), index.toString());
        assertTrue(index.json().get("index").asText().endsWith("-portable"), index.toString());
        String version = LocalElasticsearch.buildProperties().getProperty("version");
        assertTrue(
                index.err()
                        .contains("notice: the cluster's samachar-analysis plugin is version " + OLD_VERSION
                                + " but this Samachar is " + version),
                index.err());
        assertTrue(index.err().contains("samachar-analysis-plugin-" + version), index.err());
    }

    @Test
    void theLatinNameStillFindsTheHindiArticle() {
        CliRun search = CliRun.run(settings, "search", "Yermekbayev", "--alias", ALIAS, "--json", "--size", "20");
        assertEquals(0, search.exitCode(), search.toString());
        assertTrue(search.json().toString().contains("pib-hi-kazakh-defence-talks.txt"), search.toString());
    }
}
