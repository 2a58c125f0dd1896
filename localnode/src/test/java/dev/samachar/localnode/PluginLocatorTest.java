package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLocatorTest {

    @TempDir
    Path dir;

    @Test
    void prefersTheBuildsZipThenTheLocalRepository() throws Exception {
        Path built = Files.writeString(dir.resolve("built.zip"), "zip");
        Path userHome = dir.resolve("user");
        Path inM2 = userHome.resolve(".m2/repository/dev/samachar/samachar-es-plugin/0.1.0-SNAPSHOT/"
                + "samachar-es-plugin-0.1.0-SNAPSHOT.zip");
        PluginLocator locator = new PluginLocator(build(built.toString()), Map.of(), userHome);

        assertEquals(List.of(built, inM2), locator.candidates());
        assertEquals(Optional.of(built), locator.locate());

        Files.delete(built);
        assertEquals(Optional.empty(), locator.locate());
        Files.createDirectories(inM2.getParent());
        Files.writeString(inM2, "zip");
        assertEquals(Optional.of(inM2), locator.locate());
    }

    @Test
    void theEnvironmentOverridesTheBuild() throws Exception {
        Path built = Files.writeString(dir.resolve("built.zip"), "zip");
        Path mine = Files.writeString(dir.resolve("mine.zip"), "zip");
        PluginLocator locator =
                new PluginLocator(build(built.toString()), Map.of(PluginLocator.ENV_PLUGIN, " " + mine + " "), dir);
        assertEquals(Optional.of(mine), locator.locate());
    }

    @Test
    void aMissingOverrideIsAnErrorNotAFallback() throws Exception {
        Path built = Files.writeString(dir.resolve("built.zip"), "zip");
        PluginLocator locator = new PluginLocator(
                build(built.toString()),
                Map.of(PluginLocator.ENV_PLUGIN, dir.resolve("typo.zip").toString()),
                dir);
        LocalNodeException e = assertThrows(LocalNodeException.class, locator::locate);
        assertTrue(e.getMessage().contains("SAMACHAR_ES_PLUGIN is set to " + dir.resolve("typo.zip")), e.getMessage());
    }

    @Test
    void anUnfilteredBuildPropertiesIsIgnored() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("plugin.zip", "${dev.samachar:samachar-es-plugin:zip}");
        unfiltered.setProperty("version", "${project.version}");
        PluginLocator locator = new PluginLocator(unfiltered, Map.of(), dir);
        assertEquals(List.of(), locator.candidates());
        assertTrue(locator.notFoundMessage().contains("has no plugin.zip"), locator.notFoundMessage());
    }

    @Test
    void theNodeOf9GetsThe9ZipsAndNeverThe8OnesFromTheLocalRepository() throws Exception {
        Path zip8 = Files.createFile(dir.resolve("samachar-analysis-plugin-0.1.0-SNAPSHOT.zip"));
        Path zip9 = Files.createFile(dir.resolve("samachar-analysis-plugin-0.1.0-SNAPSHOT-es9.2.4.zip"));
        Path security9 = Files.createFile(dir.resolve("samachar-security-analysis-plugin-0.1.0-SNAPSHOT-es9.2.4.zip"));
        Properties properties = build(zip8.toString());
        properties.setProperty("elasticsearch.version", "8.19.21");
        properties.setProperty("elasticsearch9.version", "9.2.4");
        properties.setProperty("plugin9.zip", zip9.toString());
        properties.setProperty("security.plugin9.zip", security9.toString());
        ElasticsearchTarget nine = ElasticsearchTarget.supported(properties).get(0);
        Path userHome = dir.resolve("user-home");

        PluginLocator analysis =
                new PluginLocator(PluginLocator.ANALYSIS.forTarget(nine), properties, Map.of(), userHome);
        assertEquals(List.of(zip9), analysis.candidates());
        assertEquals(zip9, analysis.locate().orElseThrow());
        PluginLocator security =
                new PluginLocator(PluginLocator.SECURITY_ANALYSIS.forTarget(nine), properties, Map.of(), userHome);
        assertEquals(security9, security.locate().orElseThrow());
        assertTrue(
                security.notFoundMessage().contains("samachar-security-analysis-plugin-*-es9.2.4.zip"),
                security.notFoundMessage());

        ElasticsearchTarget eight = ElasticsearchTarget.supported(properties).get(1);
        assertEquals(PluginLocator.ANALYSIS, PluginLocator.ANALYSIS.forTarget(eight));
    }

    private static Properties build(String zip) {
        Properties properties = new Properties();
        properties.setProperty("plugin.zip", zip);
        properties.setProperty("version", "0.1.0-SNAPSHOT");
        return properties;
    }
}
