package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

    @TempDir
    Path dir;

    private Path jdk(String release) throws IOException {
        Path home = Files.createTempDirectory(dir, "jdk");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        return home;
    }

    @Test
    void readsTheFeatureVersionOfTheReleaseFile() throws IOException {
        assertEquals(
                Optional.of(25),
                JavaRuntimes.featureVersion(
                        jdk(
                                "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\nJAVA_VERSION=\"25.0.3\"\n")));
        assertEquals(Optional.of(8), JavaRuntimes.featureVersion(jdk("JAVA_VERSION=\"1.8.0_402\"\n")));
    }

    @Test
    void theRunningJdkIsRecognised() {
        assertEquals(
                Optional.of(Runtime.version().feature()),
                JavaRuntimes.featureVersion(Path.of(System.getProperty("java.home"))));
    }

    @Test
    void noJavaOrNoReleaseFileIsNoJdk() throws IOException {
        assertEquals(Optional.empty(), JavaRuntimes.featureVersion(jdk(null)));
        assertEquals(Optional.empty(), JavaRuntimes.featureVersion(dir.resolve("missing")));
    }
}
