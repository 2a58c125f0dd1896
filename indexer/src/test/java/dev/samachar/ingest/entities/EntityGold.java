package dev.samachar.ingest.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.ingest.parse.Article;
import dev.samachar.ingest.parse.ArticleReader;
import dev.samachar.ingest.parse.ReadResult;
import dev.samachar.testing.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The hand-written annotations of entities-gold.json, and the article text each one is about:
 * title and body as {@link ArticleReader} extracts them, so page chrome plays no part.
 */
final class EntityGold {

    /** One annotated article. {@code expected} holds persons, orgs and events together. */
    record Item(String key, String text, Entities expected) {}

    private static final String RESOURCE = "/dev/samachar/ingest/entities-gold.json";

    private EntityGold() {}

    /**
     * Every annotated article that can be read here: the seed files only where ../shared/seeds
     * exists (see {@link #seedsPresent()}).
     */
    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = gold().get("files").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String text = text(e.getKey());
            if (text != null) {
                items.add(new Item(e.getKey(), text, entities(e.getValue())));
            }
        }
        return items;
    }

    /** Whether the shared seed articles are beside the repository. */
    static boolean seedsPresent() {
        return Files.isDirectory(seedsDir());
    }

    private static Path seedsDir() {
        return TestData.repoRoot().resolveSibling("shared").resolve("seeds");
    }

    private static JsonNode gold() {
        try (InputStream in = EntityGold.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entities entities(JsonNode node) {
        return new Entities(names(node, "persons"), names(node, "orgs"), names(node, "events"));
    }

    private static SortedSet<String> names(JsonNode node, String field) {
        SortedSet<String> out = new TreeSet<>();
        node.get(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Title and body of the article a key names; null for a seed when the seeds are absent. */
    private static String text(String key) {
        int hash = key.indexOf('#');
        String path = hash < 0 ? key : key.substring(0, hash);
        int line = hash < 0 ? 0 : Integer.parseInt(key.substring(hash + 1));
        Path file;
        if (path.startsWith("seeds/")) {
            if (!seedsPresent()) {
                return null;
            }
            file = seedsDir().resolve(path.substring("seeds/".length()));
        } else if (path.startsWith("samples/")) {
            file = TestData.samples().resolve(path.substring("samples/".length()));
        } else {
            throw new IllegalStateException("gold key neither seeds/ nor samples/: " + key);
        }
        ReadResult read = new ArticleReader().read(file);
        if (!read.failures().isEmpty()) {
            throw new IllegalStateException(key + ": " + read.failures());
        }
        for (Article a : read.articles()) {
            if (a.line() == line) {
                return a.title() + "\n" + a.body();
            }
        }
        throw new IllegalStateException(key + ": no article at line " + line);
    }

    /** All names of an Entities, prefixed by type so that a name of two types counts twice. */
    static SortedSet<String> typed(Entities e) {
        SortedSet<String> out = new TreeSet<>();
        e.persons().forEach(n -> out.add("person:" + n));
        e.orgs().forEach(n -> out.add("org:" + n));
        e.events().forEach(n -> out.add("event:" + n));
        return out;
    }
}
