package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtraNodeSettingsTest {

    @Test
    void settingsAreSplitOnSemicolonsOrNewlines() {
        assertEquals(
                List.of("thread_pool.write.size: 1", "thread_pool.write.queue_size: 1"),
                ExtraNodeSettings.parse("thread_pool.write.size: 1; thread_pool.write.queue_size=1\n"));
    }

    @Test
    void aLineThatIsNotKeyValueIsRefused() {
        assertThrows(LocalNodeException.class, () -> ExtraNodeSettings.parse("just words"));
        assertThrows(LocalNodeException.class, () -> ExtraNodeSettings.parse("bad key: 1"));
    }
}
