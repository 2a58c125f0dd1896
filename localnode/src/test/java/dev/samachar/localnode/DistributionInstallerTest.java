package dev.samachar.localnode;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionInstallerTest {

    private static final String TOP = "elasticsearch-8.19.21/";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final DistributionInstaller installer =
            new DistributionInstaller(new PrintStream(progressBytes, true, StandardCharsets.UTF_8));

    @Test
    void unpacksAndMakesScriptsExecutable() throws Exception {
        Path zip = zip(distribution());
        Path install = dir.resolve("es/elasticsearch-8.19.21");

        installer.install(zip, install);

        assertTrue(DistributionInstaller.isInstalled(install));
        assertEquals("#!/bin/bash\n", Files.readString(install.resolve("bin/elasticsearch")));
        assertTrue(Files.isExecutable(install.resolve("bin/elasticsearch")));
        assertTrue(Files.isExecutable(install.resolve("bin/elasticsearch-env")));
        assertTrue(Files.isExecutable(install.resolve("modules/x/platform/bin/controller")));
        assertTrue(Files.isExecutable(install.resolve("lib/tools/run.sh")));
        assertFalse(Files.isExecutable(install.resolve("config/elasticsearch.yml")));
        assertFalse(Files.isExecutable(install.resolve("lib/server.jar")));
        assertEquals(List.of("elasticsearch-8.19.21"), list(dir.resolve("es")), "no staging folder is left");
    }

    @Test
    void leavesNothingBehindWhenTheZipIsNotADistribution() throws Exception {
        Map<String, String> wrongTop = new LinkedHashMap<>();
        wrongTop.put("elasticsearch-9.0.0/bin/elasticsearch", "#!/bin/bash\n");
        wrongTop.put("elasticsearch-9.0.0/lib/server.jar", "jar");
        Path install = dir.resolve("es/elasticsearch-8.19.21");

        LocalNodeException e = assertThrows(LocalNodeException.class, () -> installer.install(zip(wrongTop), install));

        assertTrue(e.getMessage().contains("elasticsearch-8.19.21/"), e.getMessage());
        assertEquals(List.of(), list(dir.resolve("es")), "neither an install dir nor a staging dir remains");
    }

    @Test
    void refusesEntriesThatEscapeTheFolder() throws Exception {
        Map<String, String> entries = distribution();
        entries.put("../../evil.txt", "x");
        Path install = dir.resolve("es/elasticsearch-8.19.21");

        LocalNodeException e = assertThrows(LocalNodeException.class, () -> installer.install(zip(entries), install));

        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertFalse(Files.exists(install));
    }

    @Test
    void replacesAnIncompleteInstallAndLeftoverStaging() throws Exception {
        Path install = dir.resolve("es/elasticsearch-8.19.21");
        Files.createDirectories(install.resolve("config"));
        Files.createDirectories(dir.resolve("es/.install-123/elasticsearch-8.19.21/bin"));

        installer.install(zip(distribution()), install);

        assertTrue(DistributionInstaller.isInstalled(install));
        assertEquals(List.of("elasticsearch-8.19.21"), list(dir.resolve("es")));
        assertTrue(progressBytes.toString(StandardCharsets.UTF_8).contains("Removing incomplete"));
    }

    @Test
    void reportsAnUnreadableZipClearly() {
        Path install = dir.resolve("es/elasticsearch-8.19.21");
        LocalNodeException e =
                assertThrows(LocalNodeException.class, () -> installer.install(dir.resolve("missing.zip"), install));
        assertTrue(
                e.getMessage().startsWith("Cannot install Elasticsearch from " + dir.resolve("missing.zip")),
                e.getMessage());
    }

    private static Map<String, String> distribution() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(TOP, null);
        entries.put(TOP + "bin/", null);
        entries.put(TOP + "bin/elasticsearch", "#!/bin/bash\n");
        entries.put(TOP + "bin/elasticsearch-env", "#!/bin/bash\n");
        entries.put(TOP + "config/elasticsearch.yml", "# default\n");
        entries.put(TOP + "lib/server.jar", "jar");
        entries.put(TOP + "lib/tools/run.sh", "#!/bin/sh\n");
        entries.put(TOP + "modules/x/platform/bin/controller", "binary");
        return entries;
    }

    /** Entries with a null body are directories. */
    private Path zip(Map<String, String> entries) throws Exception {
        Path zip = Files.createTempFile(dir, "dist", ".zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static List<String> list(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
