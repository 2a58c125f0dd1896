package dev.samachar.localnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionChoiceTest {

    private static final Path RUNNING = Path.of("/jdk/17");
    private static final Path TEMURIN = VersionChoice.TEMURIN_25;

    private final Map<Path, Integer> jdks = new HashMap<>(Map.of(RUNNING, 17));

    private static List<ElasticsearchTarget> supported() {
        Properties build = new Properties();
        build.setProperty("elasticsearch.version", "8.19.21");
        build.setProperty("elasticsearch9.version", "9.2.4");
        return ElasticsearchTarget.supported(build);
    }

    private VersionChoice.Choice choose(Map<String, String> env, String homeVersion) {
        return new VersionChoice(supported(), env, RUNNING, home -> Optional.ofNullable(jdks.get(home)))
                .choose(homeVersion);
    }

    @Test
    void newestFirstFromBuildProperties() {
        assertEquals(
                List.of("9.2.4", "8.19.21"),
                supported().stream().map(ElasticsearchTarget::version).toList());
        assertEquals(21, supported().get(0).minimumJava());
        assertEquals(17, supported().get(1).minimumJava());
    }

    @Test
    void aNewHomeGetsTheNewestVersionWhenAJdk21IsFound() {
        jdks.put(TEMURIN, 25);
        VersionChoice.Choice choice = choose(Map.of(), null);
        assertEquals("9.2.4", choice.version());
        assertEquals(TEMURIN, choice.javaHome());
        assertTrue(
                choice.explanation().contains("newest supported version; Java 25 found at " + TEMURIN),
                choice.explanation());
    }

    @Test
    void esJavaHomeComesBeforeJavaHomeAndTheTemurinPath() {
        jdks.put(TEMURIN, 25);
        jdks.put(Path.of("/jdk/21"), 21);
        jdks.put(Path.of("/jdk/22"), 22);
        VersionChoice.Choice choice = choose(Map.of("ES_JAVA_HOME", "/jdk/21", "JAVA_HOME", "/jdk/22"), null);
        assertEquals(Path.of("/jdk/21"), choice.javaHome());
        assertTrue(choice.reason().contains("(ES_JAVA_HOME)"), choice.reason());
    }

    @Test
    void withoutAJdk21ItFallsBackTo8AndSaysWhy() {
        jdks.put(Path.of("/jdk/old"), 17);
        VersionChoice.Choice choice = choose(Map.of("JAVA_HOME", "/jdk/old"), null);
        assertEquals("8.19.21", choice.version());
        assertEquals(RUNNING, choice.javaHome(), "8.x runs on Samachar's own JVM");
        assertTrue(choice.explanation().contains("no Java 21 or newer for Elasticsearch 9.2.4"), choice.explanation());
        assertTrue(choice.explanation().contains("/jdk/old (JAVA_HOME)"), choice.explanation());
    }

    @Test
    void theVariablePicksAVersionByNumberOrMajor() {
        jdks.put(TEMURIN, 25);
        assertEquals(
                "8.19.21",
                choose(Map.of("SAMACHAR_ES_VERSION", "8.19.21"), null).version());
        assertEquals("8.19.21", choose(Map.of("SAMACHAR_ES_VERSION", "8"), null).version());
        VersionChoice.Choice nine = choose(Map.of("SAMACHAR_ES_VERSION", " 9 "), null);
        assertEquals("9.2.4", nine.version());
        assertEquals("SAMACHAR_ES_VERSION=9", nine.reason());
    }

    @Test
    void anUnsupportedVersionNamesTheSupportedOnes() {
        LocalNodeException e =
                assertThrows(LocalNodeException.class, () -> choose(Map.of("SAMACHAR_ES_VERSION", "9.1"), null));
        assertEquals(
                "SAMACHAR_ES_VERSION=9.1 is not a version Samachar supports; choose one of 9.2.4, 8.19.21.",
                e.getMessage());
    }

    @Test
    void askingFor9WithoutAJdk21SaysWhereItLooked() {
        LocalNodeException e =
                assertThrows(LocalNodeException.class, () -> choose(Map.of("SAMACHAR_ES_VERSION", "9.2.4"), null));
        assertTrue(e.getMessage().startsWith("Elasticsearch 9.2.4 needs Java 21 or newer; none found"), e.getMessage());
        assertTrue(e.getMessage().contains(TEMURIN + " (the Temurin 25 path)"), e.getMessage());
        assertTrue(e.getMessage().contains("SAMACHAR_ES_VERSION"), e.getMessage());
    }

    @Test
    void anExplicitNodeJdkIsTheOnlyOneLookedAt() {
        jdks.put(TEMURIN, 25);
        jdks.put(Path.of("/jdk/own17"), 17);
        VersionChoice.Choice choice = choose(Map.of("SAMACHAR_ES_JAVA_HOME", "/jdk/own17"), null);
        assertEquals("8.19.21", choice.version());
        assertEquals(Path.of("/jdk/own17"), choice.javaHome());
    }

    @Test
    void aHomeKeepsTheVersionItsNodeRan() {
        jdks.put(TEMURIN, 25);
        VersionChoice.Choice choice = choose(Map.of(), "8.19.21");
        assertEquals("8.19.21", choice.version());
        assertTrue(choice.reason().startsWith("this home's node already runs it"), choice.reason());
        assertEquals(
                "9.2.4", choose(Map.of("SAMACHAR_ES_VERSION", "9"), "8.19.21").version(), "an upgrade is allowed");
    }

    @Test
    void dataWrittenBy9IsNeverHandedTo8() {
        jdks.put(TEMURIN, 25);
        LocalNodeException e =
                assertThrows(LocalNodeException.class, () -> choose(Map.of("SAMACHAR_ES_VERSION", "8"), "9.2.4"));
        assertTrue(e.getMessage().contains("ran Elasticsearch 9.2.4; 8.19.21 cannot read its data"), e.getMessage());
    }

    @Test
    void aHomeOfAVersionNoLongerSupportedGetsTheDefault() {
        jdks.put(TEMURIN, 25);
        assertEquals("9.2.4", choose(Map.of(), "8.17.0").version());
    }
}
