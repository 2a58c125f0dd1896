package dev.samachar.es;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * A document's {@code _source} rendered to the JSON bytes of its bulk line, on the thread that enriched it:
 * the client copies {@link BinaryData} into the request as it is, instead of walking the map through its
 * JSON-P layer on a sender thread. The mapper is configured as {@link ClientFactory}'s client configures its
 * own, so the bytes are those the client would have written (SourceJsonGoldenTest holds them to that).
 *
 * @param approximateBytes the size {@link BulkIndexer} batches by, as it estimates it for a map
 */
public record RenderedSource(BinaryData json, long approximateBytes) {

    private static final ObjectMapper MAPPER = new JacksonJsonpMapper(new ObjectMapper()).objectMapper();

    public static RenderedSource of(Map<String, Object> source) {
        try {
            return new RenderedSource(
                    BinaryData.of(MAPPER.writeValueAsBytes(source), ContentType.APPLICATION_JSON),
                    BulkIndexer.approximateBytes(source));
        } catch (JsonProcessingException e) {
            // Strings, numbers and lists of strings only: Jackson cannot fail on them.
            throw new IllegalStateException("cannot render a document's _source as JSON", e);
        }
    }
}
