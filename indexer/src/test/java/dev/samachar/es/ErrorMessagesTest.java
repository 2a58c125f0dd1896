package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.security.cert.CertPathValidatorException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.http.ConnectionClosedException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    private static final String WHERE = "https://127.0.0.1:9200";

    @Test
    void aPlainHttpAnswerToTlsSaysToUseHttpNotThatTheCertificateIsUntrusted() {
        String message = ErrorMessages.describe(
                WHERE, new IOException(new SSLException("Unsupported or unrecognized SSL message")));
        assertTrue(message.contains("use an http:// URL"), message);
        assertFalse(message.contains("not trusted"), message);
    }

    @Test
    void anUntrustedCertificateNamesTheSettingsThatTrustIt() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path validation failed");
        handshake.initCause(new CertPathValidatorException("signature check failed"));
        String message = ErrorMessages.describe(WHERE, new IOException(handshake));
        assertTrue(message.contains("not trusted"), message);
        assertTrue(message.contains("SAMACHAR_ES_CA"), message);
    }

    @Test
    void aConnectionClosedWithoutAnAnswerPointsAtTheTransportPort() {
        String message = ErrorMessages.describe(
                "http://127.0.0.1:9300",
                new IOException(new ConnectionClosedException("Connection closed unexpectedly")));
        assertTrue(message.startsWith("http://127.0.0.1:9300 did not answer in HTTP"), message);
        assertTrue(message.contains("transport port (9300)"), message);
    }

    @Test
    void aRefusedConnectionNamesTheUrlAndHowToStartTheNode() {
        String message = ErrorMessages.describe("http://127.0.0.1:1", new ConnectException("Connection refused"));
        assertTrue(message.startsWith("cannot connect to http://127.0.0.1:1 (Connection refused)"), message);
        assertTrue(message.contains("samachar es start"), message);
    }

    @Test
    void aRejectedSearchGivesTheRootCauseNotTheSummary() {
        ElasticsearchException e = new ElasticsearchException(
                "search",
                ErrorResponse.of(r -> r.status(400)
                        .error(err -> err.type("search_phase_execution_exception")
                                .reason("all shards failed")
                                .rootCause(cause -> cause.type("illegal_argument_exception")
                                        .reason("Result window is too large")))));
        assertTrue(ErrorMessages.isBadRequest(e));
        QueryRejectedException rejected = ErrorMessages.rejectedQuery(e);
        assertEquals("Result window is too large", rejected.reason());
        assertTrue(
                rejected.getMessage().startsWith("Elasticsearch rejected the search: Result window is too large"),
                rejected.getMessage());
    }

    @Test
    void withoutARootCauseTheTopReasonIsGiven() {
        ElasticsearchException e = new ElasticsearchException(
                "search",
                ErrorResponse.of(r ->
                        r.status(400).error(err -> err.type("parsing_exception").reason("unknown query [foo]"))));
        assertEquals("unknown query [foo]", ErrorMessages.reason(e));
    }
}
