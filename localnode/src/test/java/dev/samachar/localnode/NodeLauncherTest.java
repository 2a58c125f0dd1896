package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeLauncherTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private final NodeLayout layout = new NodeLayout(Path.of("/srv/samachar"), "8.19.21");

    @Test
    void defaultHeapIsModest() {
        assertEquals("-Xms512m -Xmx1g", NodeLauncher.javaOpts(null));
        assertEquals("-Xms512m -Xmx1g", NodeLauncher.javaOpts(" "));
    }

    @Test
    void eachNodeOfSeveralGetsASmallFixedHeapUnlessTold() {
        assertEquals("-Xms512m -Xmx512m", NodeLauncher.javaOpts(null, 3));
        assertEquals("-Xms768m -Xmx768m", NodeLauncher.javaOpts("768m", 3));
        assertEquals("-Xms512m -Xmx1g", NodeLauncher.javaOpts(null, 1));
    }

    @Test
    void nodesOfAClusterHaveTheirOwnPidFiles() {
        NodeLauncher second = new NodeLauncher(layout.forNode(2), Map.of(), new ServiceAccount(false, QUIET), 2);
        assertEquals(
                List.of(
                        "/srv/samachar/es/elasticsearch-8.19.21/bin/elasticsearch",
                        "-d",
                        "-p",
                        "/srv/samachar/es/node-2/logs/elasticsearch.pid"),
                second.command());
    }

    @Test
    void heapSettingSetsMinAndMaxAlike() {
        assertEquals("-Xms1g -Xmx1g", NodeLauncher.javaOpts("1g"));
        assertEquals("-Xms768m -Xmx768m", NodeLauncher.javaOpts(" 768m "));
        assertEquals("-Xms2G -Xmx2G", NodeLauncher.javaOpts("2G"));
    }

    @Test
    void rejectsHeapSettingsThatAreNotSizes() {
        for (String bad : List.of("lots", "-Xmx1g", "1 g", "0", "1g -XX:+Evil")) {
            LocalNodeException e = assertThrows(LocalNodeException.class, () -> NodeLauncher.javaOpts(bad), bad);
            assertTrue(e.getMessage().contains(NodeLauncher.ENV_HEAP), e.getMessage());
        }
    }

    @Test
    void runsTheNodeWithThisJvmUnlessOverridden() {
        assertEquals(Path.of(System.getProperty("java.home")), NodeLauncher.javaHome(null));
        LocalNodeException e = assertThrows(LocalNodeException.class, () -> NodeLauncher.javaHome("/no/such/jdk"));
        assertTrue(e.getMessage().contains(NodeLauncher.ENV_JAVA_HOME), e.getMessage());
    }

    @Test
    void launchesAsDaemonWithPidFile() {
        NodeLauncher launcher = new NodeLauncher(layout, Map.of(), new ServiceAccount(false, QUIET));
        assertEquals(
                List.of(
                        "/srv/samachar/es/elasticsearch-8.19.21/bin/elasticsearch",
                        "-d",
                        "-p",
                        "/srv/samachar/es/logs/elasticsearch.pid"),
                launcher.command());
    }

    @Test
    void checksSettingsBeforeLaunching() {
        assertThrows(
                LocalNodeException.class,
                () -> new NodeLauncher(
                        layout, Map.of(NodeLauncher.ENV_HEAP, "huge"), new ServiceAccount(false, QUIET)));
    }
}
