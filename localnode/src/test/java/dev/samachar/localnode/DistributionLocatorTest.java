package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionLocatorTest {

    @TempDir
    Path dir;

    @Test
    void prefersThePathRecordedByTheBuild() throws Exception {
        Path built = touch(dir.resolve("built.zip"));
        Path fromEnv = touch(dir.resolve("env.zip"));
        Path userHome = dir.resolve("home");
        touch(m2Zip(userHome, "8.19.21"));

        DistributionLocator locator = new DistributionLocator(
                props("8.19.21", built.toString()), Map.of(DistributionLocator.ENV_DIST, fromEnv.toString()), userHome);
        assertEquals(built, locator.locate());
    }

    @Test
    void fallsBackToTheEnvironmentWhenTheBuildPathIsGone() throws Exception {
        Path fromEnv = touch(dir.resolve("env.zip"));
        DistributionLocator locator = new DistributionLocator(
                props("8.19.21", dir.resolve("deleted.zip").toString()),
                Map.of(DistributionLocator.ENV_DIST, fromEnv.toString()),
                dir.resolve("home"));
        assertEquals(fromEnv, locator.locate());
    }

    @Test
    void fallsBackToTheLocalMavenRepository() throws Exception {
        Path userHome = dir.resolve("home");
        Path m2 = touch(m2Zip(userHome, "8.19.21"));
        DistributionLocator locator = new DistributionLocator(props("8.19.21", "${unfiltered}"), Map.of(), userHome);
        assertEquals(m2, locator.locate());
    }

    @Test
    void unfilteredBuildPropertiesNameNoVersionAndSaySo() {
        for (Properties build : List.of(props("${elasticsearch.version}", "${x}"), new Properties())) {
            LocalNodeException e =
                    assertThrows(LocalNodeException.class, () -> new DistributionLocator(build, Map.of(), dir));
            assertTrue(e.getMessage().contains("names no Elasticsearch version"), e.getMessage());
        }
    }

    @Test
    void placeholdersAreNotPaths() {
        DistributionLocator locator = new DistributionLocator(props("8.19.21", "${x}"), Map.of(), dir);
        assertEquals(1, locator.candidates().size(), locator.candidates().toString());
    }

    @Test
    void explainsHowToGetTheZipWhenNothingIsFound() {
        DistributionLocator locator = new DistributionLocator(
                props("8.19.21", dir.resolve("a.zip").toString()),
                Map.of(DistributionLocator.ENV_DIST, dir.resolve("b.zip").toString()),
                dir.resolve("home"));
        LocalNodeException e = assertThrows(LocalNodeException.class, locator::locate);
        assertTrue(e.getMessage().contains("mvn -B package"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("a.zip").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("b.zip").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(m2Zip(dir.resolve("home"), "8.19.21").toString()), e.getMessage());
    }

    @Test
    void theBuildRecordsTheZipOnTheClasspath() {
        Properties build = DistributionLocator.loadBuildProperties();
        DistributionLocator locator = DistributionLocator.fromClasspath(ElasticsearchTarget.main(build), Map.of());
        assertEquals("8.19.21", locator.version());
        assertTrue(
                locator.candidates().get(0).toString().endsWith("elasticsearch-8.19.21.zip"),
                "build.properties names the zip: " + locator.candidates());
    }

    @Test
    void theBuildFetchesTheSecondVersionAndRecordsItsZip() {
        Properties build = DistributionLocator.loadBuildProperties();
        ElasticsearchTarget nine = ElasticsearchTarget.supported(build).get(0);
        assertEquals("9.2.4", nine.version());
        Path zip = new DistributionLocator(nine, build, Map.of(), dir).locate();
        assertTrue(zip.endsWith("elasticsearch-9.2.4.zip"), zip.toString());
    }

    private static Path m2Zip(Path userHome, String version) {
        return userHome.resolve(".m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + version
                + "/elasticsearch-" + version + ".zip");
    }

    private static Properties props(String version, String zip) {
        Properties properties = new Properties();
        properties.setProperty("elasticsearch.version", version);
        properties.setProperty("elasticsearch.zip", zip);
        return properties;
    }

    private static Path touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {1});
    }
}
