package dev.samachar.es;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * Asks a remote URL once, before any real request, whether it is Elasticsearch at all. Without it a web
 * server, a transport port or a proxy page surfaces later as a JSON parse error or a protocol error deep
 * inside the client, which names neither the URL nor the fix.
 */
public final class ClusterProbe {

    /** Elasticsearch (7.14 and later) sets it on every HTTP answer, errors included. */
    static final String PRODUCT_HEADER = "X-Elastic-Product";

    static final int PROBE_TIMEOUT_MILLIS = 10_000;

    private ClusterProbe() {}

    public static void check(RestClient rest, ClusterConnection connection) {
        String where = String.join(",", connection.urls());
        Request request = new Request("GET", "/");
        // Something that is not an HTTP server may accept the connection and never answer: do not wait long.
        request.setOptions(RequestOptions.DEFAULT.toBuilder()
                .setRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(5_000)
                        .setSocketTimeout(PROBE_TIMEOUT_MILLIS)
                        .build()));
        Response response;
        try {
            response = rest.performRequest(request);
        } catch (ResponseException e) {
            response = e.getResponse();
        } catch (SocketTimeoutException e) {
            throw new ClusterUnavailableException(
                    where + " accepted the connection but gave no HTTP answer within "
                            + PROBE_TIMEOUT_MILLIS / 1000 + " s: the URL may name Elasticsearch's transport port (9300)"
                            + " instead of its HTTP port (9200)",
                    e);
        } catch (IOException e) {
            throw ErrorMessages.unreachable(where, e);
        } catch (RuntimeException e) {
            // The low-level client wraps what it does not recognise (a protocol error, say) unchecked.
            throw ErrorMessages.unreachable(where, new IOException(e.getCause() == null ? e : e.getCause()));
        }
        int status = response.getStatusLine().getStatusCode();
        if ("Elasticsearch".equals(response.getHeader(PRODUCT_HEADER))) {
            return;
        }
        if (status == 401 || status == 403) {
            // A proxy in front of Elasticsearch may strip the header; the credentials are the problem to report.
            return;
        }
        String server = response.getHeader("Server");
        throw new ClusterUnavailableException(where + " answered HTTP " + status
                + (server == null ? "" : " as " + server) + ", but not as Elasticsearch; point --es-url"
                + " (or SAMACHAR_ES_URL) at an Elasticsearch node's HTTP port (9200 unless configured otherwise)");
    }
}
