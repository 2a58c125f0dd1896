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

    public static String of(ElasticsearchException e) {
        var error = e.error();
        String reason = error.reason() == null ? error.type() : error.type() + ": " + error.reason();
        return reason + " (HTTP " + e.status() + ")";
    }

    public static ClusterUnavailableException unreachable(IOException e) {
        Throwable root = rootCause(e);
        String message;
        if (root instanceof ConnectException) {
            message = "cannot connect to Elasticsearch (" + root.getMessage() + ")";
        } else if (root instanceof SSLException || root instanceof java.security.cert.CertificateException) {
            message = "TLS handshake with Elasticsearch failed; check SAMACHAR_ES_CA or SAMACHAR_ES_CA_FINGERPRINT ("
                    + root.getMessage() + ")";
        } else if (e instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 401) {
            message = "Elasticsearch rejected the credentials (HTTP 401)";
        } else if (e instanceof TransportException te && te.statusCode() == 401) {
            message = "Elasticsearch rejected the credentials (HTTP 401)";
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
