package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security is asked for once and then sticks to the home; the node's settings follow the mode. */
class NodeSecurityTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path home;

    private NodeSecurity security(Map<String, String> env) {
        return new NodeSecurity(new NodeLayout(home, "8.19.21"), env, QUIET);
    }

    @Test
    void offUntilAskedForThenOnUntilTurnedOff() throws Exception {
        assertFalse(security(Map.of()).wanted());
        assertEquals("xpack.security.enabled: false\n", security(Map.of()).settings());

        NodeSecurity on = security(Map.of(NodeSecurity.ENV_SECURITY, "on"));
        assertTrue(on.wanted());
        assertTrue(on.changeRequested(), "a node launched without security must restart");
        Files.createDirectories(on.dir());
        on.recordLaunchMode();

        NodeSecurity later = security(Map.of());
        assertTrue(later.wanted(), "stays on for this home");
        assertFalse(later.changeRequested());
        assertEquals("https", later.scheme());
        assertTrue(later.settings().contains("xpack.security.enabled: true"), later.settings());
        assertTrue(later.settings().contains("xpack.security.http.ssl.enabled: true"), later.settings());
        assertEquals(
                home.resolve("es/security/ca.crt"),
                later.clientAccess().orElseThrow().caCertificate());

        NodeSecurity off = security(Map.of(NodeSecurity.ENV_SECURITY, "off"));
        assertTrue(off.changeRequested());
        off.recordLaunchMode();
        assertEquals("http", security(Map.of()).scheme());
        assertTrue(security(Map.of()).clientAccess().isEmpty());
    }

    @Test
    void aTypoIsAnErrorNotSilentlyOff() {
        assertThrows(
                LocalNodeException.class,
                () -> security(Map.of(NodeSecurity.ENV_SECURITY, "yse")).wanted());
    }

    @Test
    void secretsAreWrittenReadableByTheOwnerOnly() throws Exception {
        Path file = home.resolve("secret");
        NodeSecurity.writeSecret(file, "pw");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("pw", Files.readString(file));
    }
}
