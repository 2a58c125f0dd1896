package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned certificate must anchor a chain that verifies; merely appearing in the chain is not enough, since a
 * CA certificate is public and anyone can send it along with a certificate of their own.
 */
class FingerprintTrustManagerTest {

    @TempDir
    static Path dir;

    private static X509Certificate pinned;
    private static X509Certificate stranger;

    @BeforeAll
    static void twoUnrelatedSelfSignedCertificates() throws Exception {
        pinned = selfSigned("pinned");
        stranger = selfSigned("stranger");
    }

    @Test
    void trustsTheChainOfThePinnedCertificate() throws Exception {
        var manager = new FingerprintTrustManager(FingerprintTrustManager.sha256(pinned));
        assertDoesNotThrow(() -> manager.checkServerTrusted(new X509Certificate[] {pinned}, "ECDHE_ECDSA"));
    }

    @Test
    void rejectsACertificateNotSignedByThePinnedOneEvenWhenThePinnedOneIsSentAlong() throws Exception {
        var manager = new FingerprintTrustManager(FingerprintTrustManager.sha256(pinned));
        assertThrows(
                CertificateException.class,
                () -> manager.checkServerTrusted(new X509Certificate[] {stranger, pinned}, "ECDHE_ECDSA"));
    }

    @Test
    void rejectsAChainWithoutThePinnedCertificate() throws Exception {
        var manager = new FingerprintTrustManager(FingerprintTrustManager.sha256(pinned));
        assertThrows(
                CertificateException.class,
                () -> manager.checkServerTrusted(new X509Certificate[] {stranger}, "ECDHE_ECDSA"));
    }

    /** keytool (in every JDK) makes a self-signed certificate; the JDK has no API for it. */
    private static X509Certificate selfSigned(String name) throws Exception {
        Path store = dir.resolve(name + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(
                        keytool.toString(),
                        "-genkeypair",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit",
                        "-alias",
                        name,
                        "-dname",
                        "CN=" + name,
                        "-keyalg",
                        "EC",
                        "-validity",
                        "2",
                        "-ext",
                        "bc:c"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        return (X509Certificate) keyStore.getCertificate(name);
    }
}
