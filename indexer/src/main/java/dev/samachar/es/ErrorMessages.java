package dev.samachar.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.http.ConnectionClosedException;
import org.apache.http.ParseException;
import org.apache.http.ProtocolException;
import org.elasticsearch.client.ResponseException;

/** Turns client exceptions into one-line messages a user can act on. */
public final class ErrorMessages {

    private ErrorMessages() {}

    static final String AUTH_FAILED = "authentication failed (HTTP 401): Elasticsearch rejected the credentials, or"
            + " needs some; check SAMACHAR_ES_API_KEY (or _API_KEY_FILE), or SAMACHAR_ES_USER and SAMACHAR_ES_PASSWORD"
            + " (or _PASSWORD_FILE)";

    public static String of(ElasticsearchException e) {
        if (e.status() == 401) {
            return AUTH_FAILED;
        }
        var error = e.error();
        String reason = error.reason() == null ? error.type() : error.type() + ": " + error.reason();
        if (e.status() == 403) {
            // The reason names the action and the privileges that grant it.
            return "permission denied (HTTP 403): " + error.reason()
                    + "; docs/security.md lists the role Samachar needs";
        }
        return reason + " (HTTP " + e.status() + ")";
    }

    /**
     * The most specific reason Elasticsearch gave: a search that fails on every shard says "all shards failed"
     * at the top and why in its root cause.
     */
    public static String reason(ElasticsearchException e) {
        var error = e.error();
        var root = error.rootCause().isEmpty() ? error : error.rootCause().get(0);
        String reason = root.reason() == null ? error.reason() : root.reason();
        return reason == null ? root.type() : reason;
    }

    /** A search Elasticsearch refused as malformed (HTTP 400): the query is to blame, not the cluster. */
    public static boolean isBadRequest(ElasticsearchException e) {
        return e.status() == 400;
    }

    public static QueryRejectedException rejectedQuery(ElasticsearchException e) {
        return new QueryRejectedException(reason(e));
    }

    public static ClusterUnavailableException unreachable(IOException e) {
        return unreachable("Elasticsearch", e);
    }

    /** @param where the URL (or a description) of what was asked, for the message */
    public static ClusterUnavailableException unreachable(String where, IOException e) {
        return new ClusterUnavailableException(describe(where, e), e);
    }

    static String describe(String where, IOException e) {
        Throwable root = rootCause(e);
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof ConnectException) {
            return "cannot connect to " + where + " (" + detail + "); start it (samachar es start for the local"
                    + " node) or check --es-url / SAMACHAR_ES_URL";
        }
        if (root instanceof SSLException && detail.toLowerCase(Locale.ROOT).contains("unrecognized ssl message")) {
            return where + " answered a TLS handshake in plain text: it serves HTTP, not HTTPS; use an http:// URL";
        }
        if (isUntrustedCertificate(root)) {
            return "TLS handshake with " + where + " failed: its certificate is not trusted; set SAMACHAR_ES_CA to"
                    + " the cluster's CA certificate (PEM) or SAMACHAR_ES_CA_FINGERPRINT to its SHA-256 fingerprint ("
                    + detail + ")";
        }
        if (root instanceof SSLException) {
            return "TLS handshake with " + where + " failed (" + detail + "); check that the URL names an HTTPS port";
        }
        if (e instanceof ResponseException re
                && re.getResponse().getStatusLine().getStatusCode() == 401) {
            return AUTH_FAILED;
        }
        if (e instanceof TransportException te && te.statusCode() == 401) {
            return AUTH_FAILED;
        }
        if (root instanceof ConnectionClosedException
                || root instanceof ProtocolException
                || root instanceof ParseException) {
            return where + " did not answer in HTTP (" + detail + "): the URL may name Elasticsearch's transport port"
                    + " (9300) instead of its HTTP port (9200), or a TLS port with http:// (use https:// then)";
        }
        return "request to " + where + " failed: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    private static boolean isUntrustedCertificate(Throwable root) {
        return root instanceof CertificateException
                || root instanceof CertPathValidatorException
                || root instanceof CertPathBuilderException
                || (root instanceof SSLException
                        && root.getMessage() != null
                        && root.getMessage().contains("PKIX"));
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
