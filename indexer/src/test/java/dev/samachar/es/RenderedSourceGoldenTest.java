package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.NdJsonpSerializable;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.enrich.ArticleDocument;
import dev.samachar.enrich.Enricher;
import dev.samachar.ingest.files.ArticleFiles;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bulk body sent for real pages is byte for byte the one the client wrote when it was given the
 * {@code _source} map: {@link RenderedSource} must not change a single {@code _source}.
 */
class RenderedSourceGoldenTest {

    /** As {@link ClientFactory} builds the client's mapper. */
    private static final JsonpMapper CLIENT_MAPPER = new JacksonJsonpMapper(new ObjectMapper());

    private static final Instant INDEXED_AT = Instant.parse("2026-12-06T03:00:00.123456789Z");
    private static final ArticleReader READER = new ArticleReader();
    private static final Enricher ENRICHER = Enricher.load(AnalysisMode.PLUGIN);

    @Test
    void seedPages() throws IOException {
        assertSameBulkBodies(TestData.seeds(), 5);
    }

    @Test
    void samplePages() throws IOException {
        assertSameBulkBodies(TestData.samples(), 5);
    }

    @Test
    void realNewsPages() throws IOException {
        assertSameBulkBodies(TestData.realNews(), 2_000);
    }

    private static void assertSameBulkBodies(Path folder, int atLeast) throws IOException {
        List<BulkOperation> asMaps = new ArrayList<>();
        List<BulkOperation> rendered = new ArrayList<>();
        for (Path file : ArticleFiles.expand(List.of(folder)).files()) {
            for (Article article : READER.read(file).articles()) {
                ArticleDocument document = ENRICHER.enrich(article);
                Map<String, Object> source = document.source(INDEXED_AT);
                source.put("file_hash", "3b2ee203d687f6233b2ee203d687f623");
                asMaps.add(BulkOperation.of(
                        op -> op.index(i -> i.index("news").id(document.id()).document(source))));
                BinaryData json = RenderedSource.of(source).json();
                rendered.add(BulkOperation.of(
                        op -> op.index(i -> i.index("news").id(document.id()).document(json))));
            }
        }
        assertTrue(asMaps.size() >= atLeast, "only " + asMaps.size() + " articles in " + folder);
        byte[] expected = wire(BulkRequest.of(b -> b.operations(asMaps)));
        byte[] actual = wire(BulkRequest.of(b -> b.operations(rendered)));
        assertArrayEquals(
                expected,
                actual,
                () -> "bulk bodies differ for " + folder + "; first lines:\n"
                        + new String(expected, 0, Math.min(expected.length, 600), StandardCharsets.UTF_8) + "\n---\n"
                        + new String(actual, 0, Math.min(actual.length, 600), StandardCharsets.UTF_8));
    }

    /** The request body as the client's transport writes it: each line serialised by the mapper, then a newline. */
    private static byte[] wire(BulkRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLines(request, out);
        return out.toByteArray();
    }

    private static void writeLines(NdJsonpSerializable value, ByteArrayOutputStream out) throws IOException {
        Iterator<?> items = value._serializables();
        while (items.hasNext()) {
            Object item = items.next();
            if (item instanceof NdJsonpSerializable nested && item != value) {
                writeLines(nested, out);
            } else {
                ByteBuffer line = BinaryData.of(item, CLIENT_MAPPER).asByteBuffer();
                out.write(line.array(), line.arrayOffset() + line.position(), line.remaining());
                out.write('\n');
            }
        }
    }
}
