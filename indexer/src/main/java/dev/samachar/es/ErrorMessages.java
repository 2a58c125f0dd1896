package dev.samachar.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;

/** Turns client exceptions into one-line messages a user can act on. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

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

    public static ClusterUnavailableException unreachable(IOException e) {
        Throwable root = rootCause(e);
        String message;
        if (root instanceof ConnectException) {
            message = "cannot connect to Elasticsearch (" + root.getMessage() + ")";
        } else if (root instanceof SSLException || root instanceof java.security.cert.CertificateException
                || root instanceof java.security.GeneralSecurityException) {
            message = "TLS handshake with Elasticsearch failed: its certificate is not trusted; set SAMACHAR_ES_CA to"
                    + " the cluster's CA certificate (PEM) or SAMACHAR_ES_CA_FINGERPRINT to its SHA-256 fingerprint ("
                    + root.getMessage() + ")";
        } else if (e instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 401) {
            message = AUTH_FAILED;
        } else if (e instanceof TransportException te && te.statusCode() == 401) {
            message = AUTH_FAILED;
        } else if (root instanceof org.apache.http.ConnectionClosedException) {
            message = "Elasticsearch closed the connection (" + root.getMessage() + "); if the cluster uses TLS,"
                    + " its URL must start with https://";
        } else {
            message = "Elasticsearch request failed: " + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
        }
        return new ClusterUnavailableException(message, e);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
