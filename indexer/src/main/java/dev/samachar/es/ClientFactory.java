package dev.samachar.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds an elasticsearch-java client for a {@link ClusterConnection}. */
public final class ClientFactory {

    private ClientFactory() {
    }

    public static ElasticsearchClient create(ClusterConnection connection) {
        HttpHost[] hosts = connection.urls().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        connection.apiKey().ifPresent(key -> builder.setDefaultHeaders(
                new Header[]{new BasicHeader("Authorization", "ApiKey " + key)}));
        SSLContext ssl = sslContext(connection);
        builder.setHttpClientConfigCallback(http -> {
            if (connection.user().isPresent()) {
                var credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(
                        connection.user().get(), connection.password().orElse("")));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        builder.setRequestConfigCallback(request -> request.setConnectTimeout(5_000).setSocketTimeout(120_000));
        RestClient restClient = builder.build();
        var transport = new RestClientTransport(restClient, new JacksonJsonpMapper(new ObjectMapper()));
        return new ElasticsearchClient(transport);
    }

    private static SSLContext sslContext(ClusterConnection connection) {
        if (connection.caCertificate().isPresent()) {
            try {
                return TransportUtils.sslContextFromHttpCaCrt(connection.caCertificate().get().toFile());
            } catch (IOException | RuntimeException e) {
                throw new ConfigException("cannot read the CA certificate " + connection.caCertificate().get()
                        + ": " + e.getMessage());
            }
        }
        if (connection.caFingerprint().isPresent()) {
            return TransportUtils.sslContextFromCaFingerprint(connection.caFingerprint().get());
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
