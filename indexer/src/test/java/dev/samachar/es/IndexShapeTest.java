package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexShapeTest {

    @Test
    void countsComeFromTheEnvironmentAsWholeNumbers() {
        assertEquals(Optional.of(3), IndexShape.parse("SAMACHAR_SHARDS", Optional.of(" 3 ")));
        assertEquals(Optional.empty(), IndexShape.parse("SAMACHAR_SHARDS", Optional.empty()));
        ConfigException e =
                assertThrows(ConfigException.class, () -> IndexShape.parse("SAMACHAR_REPLICAS", Optional.of("one")));
        assertTrue(e.getMessage().contains("SAMACHAR_REPLICAS"), e.getMessage());
    }

    @Test
    void rejectsShapesElasticsearchWouldRefuse() {
        assertThrows(ConfigException.class, () -> new IndexShape(Optional.of(0), Optional.empty()));
        assertThrows(
                ConfigException.class, () -> new IndexShape(Optional.of(IndexShape.MAX_SHARDS + 1), Optional.empty()));
        assertThrows(ConfigException.class, () -> new IndexShape(Optional.empty(), Optional.of(-1)));
        assertEquals(Optional.of(0), new IndexShape(Optional.of(1), Optional.of(0)).replicas());
    }
}
