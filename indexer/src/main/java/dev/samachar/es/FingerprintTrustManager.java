package dev.samachar.es;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a server whose certificate chain contains the certificate with a given SHA-256 fingerprint
 * (SAMACHAR_ES_CA_FINGERPRINT), usually the cluster's CA, and whose chain verifies up to it.
 *
 * <p>Finding the fingerprint is not enough: the CA certificate is public, so anyone can send it along with a
 * certificate of their own. The pinned certificate therefore becomes the only trust anchor of an ordinary PKIX
 * validation of the chain, which checks every signature from the server's certificate up to it.
 */
final class FingerprintTrustManager implements X509TrustManager {

    private final String fingerprint;

    /** @param fingerprint 64 lower-case hex digits */
    FingerprintTrustManager(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        X509Certificate pinned = null;
        for (X509Certificate certificate : chain) {
            if (fingerprint.equals(sha256(certificate))) {
                pinned = certificate;
            }
        }
        if (pinned == null) {
            throw new CertificateException("no certificate the server sent has the SHA-256 fingerprint given in "
                    + "SAMACHAR_ES_CA_FINGERPRINT (the server's: " + sha256(chain[chain.length - 1]) + ")");
        }
        anchoredAt(pinned).checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client-side trust manager only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    static String sha256(X509Certificate certificate) throws CertificateException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new CertificateException("cannot compute a certificate fingerprint: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager anchoredAt(X509Certificate anchor) throws CertificateException {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("pinned", anchor);
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(trusted);
            for (var manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new CertificateException("no X.509 trust manager available");
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateException("cannot set up trust in the pinned certificate: " + e.getMessage(), e);
        }
    }
}
