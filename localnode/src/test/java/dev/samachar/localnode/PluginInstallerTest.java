package dev.samachar.localnode;

import static dev.samachar.localnode.PluginInstaller.Action.INSTALL;
import static dev.samachar.localnode.PluginInstaller.Action.KEEP;
import static dev.samachar.localnode.PluginInstaller.Action.MISSING;
import static dev.samachar.localnode.PluginInstaller.Action.REPLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

    private static final String NAME = "samachar-analysis";
    private static final PluginInstaller.Installed A = new PluginInstaller.Installed(NAME, "aaaa");
    private static final PluginInstaller.Installed B = new PluginInstaller.Installed(NAME, "bbbb");

    @TempDir
    Path dir;

    private NodeLayout layout;
    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);
    private final Path javaHome = Path.of(System.getProperty("java.home"));

    @BeforeEach
    void fakeDistribution() throws Exception {
        layout = new NodeLayout(dir.resolve("home"), "8.19.21");
        Files.createDirectories(layout.configDir());
        Files.createDirectories(layout.pluginsDir());
        Files.createDirectories(layout.pluginCli().getParent());
        // Stands in for bin/elasticsearch-plugin: logs its call, then unpacks the zip as the real one would.
        Files.writeString(
                layout.pluginCli(),
                String.join(
                        "\n",
                        "#!/bin/sh",
                        "set -e",
                        "home=\"$(cd \"$(dirname \"$0\")/..\" && pwd)\"",
                        "echo \"$* ES_JAVA_HOME=$ES_JAVA_HOME ES_PATH_CONF=$ES_PATH_CONF JAVA_HOME=${JAVA_HOME:-unset}\""
                                + " >> \"$home/cli.log\"",
                        "if [ -f \"$home/fail\" ]; then echo 'ERROR: jar hell!' >&2; exit 74; fi",
                        "zip=\"${3#file://}\"",
                        "mkdir -p \"$home/plugins/.installing-42\" \"$home/plugins/" + NAME + "\"",
                        "cd \"$home/plugins/" + NAME + "\" && \"$ES_JAVA_HOME/bin/jar\" xf \"$zip\"",
                        "rmdir \"$home/plugins/.installing-42\"",
                        ""));
        Files.setPosixFilePermissions(layout.pluginCli(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    // The decision alone.

    @Test
    void nothingInstalledMeansInstall() {
        assertEquals(INSTALL, PluginInstaller.decide(Optional.empty(), Optional.of(A), name -> false));
        // A marker whose plugin folder was deleted since does not count.
        assertEquals(INSTALL, PluginInstaller.decide(Optional.of(A), Optional.of(A), name -> false));
    }

    @Test
    void theSameZipIsKept() {
        assertEquals(KEEP, PluginInstaller.decide(Optional.of(A), Optional.of(A), name -> true));
    }

    @Test
    void aChangedZipIsReinstalled() {
        assertEquals(REPLACE, PluginInstaller.decide(Optional.of(A), Optional.of(B), name -> true));
    }

    @Test
    void aPluginInstalledWithoutMarkerIsReplaced() {
        assertEquals(REPLACE, PluginInstaller.decide(Optional.empty(), Optional.of(A), name -> true));
    }

    @Test
    void aRenamedPluginReplacesTheOldOne() {
        PluginInstaller.Installed renamed = new PluginInstaller.Installed("samachar-next", "aaaa");
        assertEquals(REPLACE, PluginInstaller.decide(Optional.of(A), Optional.of(renamed), NAME::equals));
    }

    @Test
    void withoutAZipAnInstalledPluginWillDo() {
        assertEquals(KEEP, PluginInstaller.decide(Optional.of(A), Optional.empty(), name -> true));
        assertEquals(MISSING, PluginInstaller.decide(Optional.of(A), Optional.empty(), name -> false));
        assertEquals(MISSING, PluginInstaller.decide(Optional.empty(), Optional.empty(), name -> true));
    }

    // The whole install, with a stand-in elasticsearch-plugin.

    @Test
    void installsOnceThenKeepsTheSameZip() throws Exception {
        Path zip = pluginZip("one.zip", Map.of("samachar-es-plugin.jar", "v1"));
        PluginInstaller installer = installer(Map.of(PluginLocator.ENV_PLUGIN, zip.toString()));

        installer.ensureInstalled(javaHome);

        Path installed = layout.pluginsDir().resolve(NAME);
        assertEquals("v1", Files.readString(installed.resolve("samachar-es-plugin.jar")));
        assertTrue(installer.isInstalled(NAME));
        List<String> calls = cliCalls();
        assertEquals(1, calls.size(), calls.toString());
        assertEquals(
                "install --batch " + zip.toUri() + " ES_JAVA_HOME=" + javaHome + " ES_PATH_CONF=" + layout.configDir()
                        + " JAVA_HOME=unset",
                calls.get(0));
        assertEquals(Optional.of(new PluginInstaller.Installed(NAME, PluginZip.sha256(zip))), installer.readMarker());
        assertTrue(progress().contains("Installing the Elasticsearch plugin " + NAME), progress());

        installer.ensureInstalled(javaHome);
        assertEquals(1, cliCalls().size(), "an unchanged zip is not installed again");
    }

    @Test
    void aRebuiltZipReplacesTheInstalledPlugin() throws Exception {
        Path zip = pluginZip("plugin.zip", Map.of("samachar-es-plugin.jar", "v1", "old-dependency.jar", "x"));
        PluginInstaller installer = installer(Map.of(PluginLocator.ENV_PLUGIN, zip.toString()));
        installer.ensureInstalled(javaHome);

        pluginZip("plugin.zip", Map.of("samachar-es-plugin.jar", "v2"));
        installer.ensureInstalled(javaHome);

        Path installed = layout.pluginsDir().resolve(NAME);
        assertEquals("v2", Files.readString(installed.resolve("samachar-es-plugin.jar")));
        assertFalse(Files.exists(installed.resolve("old-dependency.jar")), "nothing of the old version is left");
        assertEquals(2, cliCalls().size());
        assertEquals(PluginZip.sha256(zip), installer.readMarker().orElseThrow().sha256());
        assertTrue(progress().contains("Updating the Elasticsearch plugin " + NAME), progress());
    }

    @Test
    void clearsLeftoversOfAnInterruptedInstall() throws Exception {
        Files.createDirectories(layout.pluginsDir().resolve(".installing-7/lib"));
        Files.createDirectories(layout.pluginsDir().resolve(".removing-" + NAME));
        Files.createDirectories(layout.pluginsDir().resolve(NAME));
        Files.writeString(layout.pluginsDir().resolve(NAME).resolve("half-copied.jar"), "x");
        Path zip = pluginZip("plugin.zip", Map.of("samachar-es-plugin.jar", "v1"));

        installer(Map.of(PluginLocator.ENV_PLUGIN, zip.toString())).ensureInstalled(javaHome);

        assertEquals(List.of(NAME), list(layout.pluginsDir()));
        assertEquals(
                List.of("samachar-es-plugin.jar", PluginZip.STABLE_DESCRIPTOR),
                list(layout.pluginsDir().resolve(NAME)));
    }

    @Test
    void aFailedInstallSaysWhyAndIsRetriedNextTime() throws Exception {
        Path zip = pluginZip("plugin.zip", Map.of("samachar-es-plugin.jar", "v1"));
        PluginInstaller installer = installer(Map.of(PluginLocator.ENV_PLUGIN, zip.toString()));
        Files.writeString(layout.installDir().resolve("fail"), "");

        LocalNodeException e = assertThrows(LocalNodeException.class, () -> installer.ensureInstalled(javaHome));

        assertTrue(e.getMessage().contains("Cannot install the Elasticsearch plugin " + NAME), e.getMessage());
        assertTrue(e.getMessage().contains("exited with 74"), e.getMessage());
        assertTrue(e.getMessage().contains("ERROR: jar hell!"), e.getMessage());
        assertEquals(Optional.empty(), installer.readMarker());

        Files.delete(layout.installDir().resolve("fail"));
        installer.ensureInstalled(javaHome);
        assertTrue(installer.isInstalled(NAME));
        assertEquals(2, cliCalls().size());
    }

    @Test
    void withoutAZipTheInstalledPluginIsKept() throws Exception {
        Path zip = pluginZip("plugin.zip", Map.of("samachar-es-plugin.jar", "v1"));
        installer(Map.of(PluginLocator.ENV_PLUGIN, zip.toString())).ensureInstalled(javaHome);

        installer(Map.of()).ensureInstalled(javaHome);

        assertTrue(progress().contains("keeping the installed " + NAME + " plugin"), progress());
        assertEquals(1, cliCalls().size());
    }

    @Test
    void withoutAZipOrAnInstalledPluginStartingFailsWithAHint() {
        LocalNodeException e =
                assertThrows(LocalNodeException.class, () -> installer(Map.of()).ensureInstalled(javaHome));
        assertTrue(e.getMessage().contains("plugin zip was not found"), e.getMessage());
        assertTrue(e.getMessage().contains(PluginLocator.ENV_PLUGIN), e.getMessage());
    }

    @Test
    void aZipThatIsNoPluginIsRefused() throws Exception {
        Path zip = dir.resolve("not-a-plugin.zip");
        writeZip(zip, Map.of("README", "hello"));
        LocalNodeException e = assertThrows(
                LocalNodeException.class,
                () -> installer(Map.of(PluginLocator.ENV_PLUGIN, zip.toString()))
                        .ensureInstalled(javaHome));
        assertTrue(e.getMessage().contains("is not an Elasticsearch plugin"), e.getMessage());
        assertEquals(List.of(), cliCalls());
    }

    private PluginInstaller installer(Map<String, String> env) {
        return new PluginInstaller(
                layout, new PluginLocator(new Properties(), env, dir.resolve("user-home")), progress);
    }

    private Path pluginZip(String fileName, Map<String, String> jars) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(PluginZip.STABLE_DESCRIPTOR, "name=" + NAME + "\nversion=1\n");
        entries.putAll(jars);
        Path zip = dir.resolve(fileName);
        writeZip(zip, entries);
        return zip;
    }

    private static void writeZip(Path zip, Map<String, String> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
    }

    private List<String> cliCalls() throws Exception {
        Path log = layout.installDir().resolve("cli.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private String progress() {
        return progressBytes.toString(StandardCharsets.UTF_8);
    }

    private static List<String> list(Path folder) throws Exception {
        try (var children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
