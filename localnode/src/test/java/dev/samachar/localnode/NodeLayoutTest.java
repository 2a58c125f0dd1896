package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeLayoutTest {

    private final NodeLayout first = new NodeLayout(Path.of("/h"), "8.19.21");

    @Test
    void nodeOneKeepsTheSingleNodePlaces() {
        assertEquals(Path.of("/h/es/data"), first.dataDir());
        assertEquals(Path.of("/h/es/logs"), first.logsDir());
        assertEquals(Path.of("/h/es/node.json"), first.stateFile());
        assertEquals(Path.of("/h/es/elasticsearch-8.19.21/config"), first.configDir());
        assertEquals("samachar-1", first.nodeName());
    }

    @Test
    void otherNodesLiveInTheirOwnFolderAndShareTheInstall() {
        NodeLayout third = first.forNode(3);
        assertEquals(Path.of("/h/es/node-3/data"), third.dataDir());
        assertEquals(Path.of("/h/es/node-3/logs"), third.logsDir());
        assertEquals(Path.of("/h/es/node-3/tmp"), third.tmpDir());
        assertEquals(Path.of("/h/es/node-3/node.json"), third.stateFile());
        assertEquals(Path.of("/h/es/node-3/config/elasticsearch.yml"), third.configFile());
        assertEquals(Path.of("/h/es/node-3/logs/elasticsearch.pid"), third.pidFile());
        assertEquals("samachar-3", third.nodeName());
        assertEquals(first.installDir(), third.installDir());
        assertEquals(first.pluginsDir(), third.pluginsDir());
        assertEquals(first.lockFile(), third.lockFile());
        assertEquals(first.installConfigDir(), third.installConfigDir());
    }

    @Test
    void nodesCountFromOne() {
        assertThrows(IllegalArgumentException.class, () -> first.forNode(0));
    }
}
