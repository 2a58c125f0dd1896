package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials and trust settings are read from the environment or files, checked, and never shown. */
class ClusterConnectionTest {

    private static final String URL = "https://es.example.org:9200";

    private static ClusterConnection connect(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        return ClusterConnection.remote(URL, new Settings(all));
    }

    @Test
    void readsThePasswordFromAFileWithoutItsNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "s3cret-value\n");
        ClusterConnection connection =
                connect(Map.of("SAMACHAR_ES_USER", "indexer", "SAMACHAR_ES_PASSWORD_FILE", file.toString()));
        assertEquals(Optional.of("s3cret-value"), connection.password());
        assertEquals(
                "Basic " + java.util.Base64.getEncoder().encodeToString("indexer:s3cret-value".getBytes()),
                ClientFactory.authorization(connection).orElseThrow());
        assertFalse(connection.toString().contains("s3cret"), connection.toString());
    }

    @Test
    void readsTheApiKeyFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "  a2V5OnNlY3JldA==  \n");
        ClusterConnection connection = connect(Map.of("SAMACHAR_ES_API_KEY_FILE", file.toString()));
        assertEquals(
                "ApiKey a2V5OnNlY3JldA==",
                ClientFactory.authorization(connection).orElseThrow());
        assertFalse(connection.describe().contains("a2V5"), connection.describe());
    }

    @Test
    void anUnreadableSecretFileIsAConfigErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> connect(Map.of("SAMACHAR_ES_USER", "u", "SAMACHAR_ES_PASSWORD_FILE", missing.toString())));
        assertTrue(
                e.getMessage().contains("SAMACHAR_ES_PASSWORD_FILE")
                        && e.getMessage().contains(missing.toString()),
                e.getMessage());
    }

    @Test
    void ambiguousCredentialsAreRefusedWithoutEchoingThem() {
        ConfigException both = assertThrows(
                ConfigException.class,
                () -> connect(Map.of(
                        "SAMACHAR_ES_API_KEY",
                        "key-value-1",
                        "SAMACHAR_ES_USER",
                        "u",
                        "SAMACHAR_ES_PASSWORD",
                        "pw-value-2")));
        assertFalse(
                both.getMessage().contains("key-value-1") || both.getMessage().contains("pw-value-2"));
        assertThrows(ConfigException.class, () -> connect(Map.of("SAMACHAR_ES_PASSWORD", "pw")));
        assertThrows(
                ConfigException.class,
                () -> connect(Map.of("SAMACHAR_ES_API_KEY", "k", "SAMACHAR_ES_API_KEY_FILE", "/etc/hostname")));
    }

    @Test
    void fingerprintsAreAcceptedAsOpensslAndElasticsearchPrintThem() {
        String hex = "0123456789abcdef".repeat(4);
        String colons = String.join(":", hex.toUpperCase().split("(?<=\\G..)"));
        assertEquals(
                Optional.of(hex),
                connect(Map.of("SAMACHAR_ES_CA_FINGERPRINT", colons)).caFingerprint());
        assertEquals(
                Optional.of(hex),
                connect(Map.of("SAMACHAR_ES_CA_FINGERPRINT", hex)).caFingerprint());
        assertThrows(ConfigException.class, () -> connect(Map.of("SAMACHAR_ES_CA_FINGERPRINT", "abc")));
    }
}
