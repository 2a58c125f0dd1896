package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterStartTest {

    @Test
    void aNodeGetsTheInstallsConfigButNotItsSettingsOrKeystore(@TempDir Path dir) throws Exception {
        Path install = dir.resolve("install-config");
        Files.createDirectories(install.resolve("jvm.options.d"));
        Files.writeString(install.resolve("jvm.options"), "-Xss1m\n");
        Files.writeString(install.resolve("jvm.options.d/gc.options"), "-XX:+UseG1GC\n");
        Files.writeString(install.resolve("elasticsearch.yml"), "node.name: samachar-1\n");
        Files.writeString(install.resolve("elasticsearch.keystore"), "node 1's secrets");
        Path node = dir.resolve("node-2/config");
        Files.createDirectories(node);
        Files.writeString(node.resolve("elasticsearch.yml"), "node.name: samachar-2\n");
        Files.writeString(node.resolve("jvm.options"), "stale\n");

        ClusterStart.copyConfig(install, node);

        assertEquals("-Xss1m\n", Files.readString(node.resolve("jvm.options")), "refreshed from the install");
        assertEquals("-XX:+UseG1GC\n", Files.readString(node.resolve("jvm.options.d/gc.options")));
        assertEquals("node.name: samachar-2\n", Files.readString(node.resolve("elasticsearch.yml")));
        assertFalse(Files.exists(node.resolve("elasticsearch.keystore")), "each node creates its own keystore");
    }
}
