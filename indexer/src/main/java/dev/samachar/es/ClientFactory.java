package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds an elasticsearch-java client for a {@link ClusterConnection}. */
public final class ClientFactory {

    private ClientFactory() {}

    public static ElasticsearchClient create(ClusterConnection connection) {
        HttpHost[] hosts = connection.urls().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        authorization(connection)
                .ifPresent(value -> builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", value)}));
        SSLContext ssl = sslContext(connection);
        builder.setHttpClientConfigCallback(http -> {
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        builder.setRequestConfigCallback(
                request -> request.setConnectTimeout(5_000).setSocketTimeout(120_000));
        RestClient restClient = builder.build();
        var transport = new RestClientTransport(restClient, new JacksonJsonpMapper(new ObjectMapper()));
        return new ElasticsearchClient(transport);
    }

    /**
     * Sent with every request (basic auth preemptively, not after a 401 challenge: that would double every
     * request and resend bulk bodies).
     */
    static Optional<String> authorization(ClusterConnection connection) {
        if (connection.apiKey().isPresent()) {
            return Optional.of("ApiKey " + connection.apiKey().get());
        }
        return connection
                .user()
                .map(user -> "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (user + ":" + connection.password().orElse(""))
                                                .getBytes(StandardCharsets.UTF_8)));
    }

    private static SSLContext sslContext(ClusterConnection connection) {
        if (connection.caCertificate().isPresent()) {
            try {
                return TransportUtils.sslContextFromHttpCaCrt(
                        connection.caCertificate().get().toFile());
            } catch (IOException | RuntimeException e) {
                throw new ConfigException("cannot read the CA certificate "
                        + connection.caCertificate().get() + ": " + e.getMessage());
            }
        }
        if (connection.caFingerprint().isPresent()) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(
                        null,
                        new TrustManager[] {
                            new FingerprintTrustManager(
                                    connection.caFingerprint().get())
                        },
                        null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available in this Java: " + e.getMessage(), e);
            }
        }
        return null;
    }

    public static void closeQuietly(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
