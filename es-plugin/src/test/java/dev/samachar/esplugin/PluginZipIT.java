package dev.samachar.esplugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged zip is what `elasticsearch-plugin install` expects of a stable plugin. */
class PluginZipIT {

    private static final Path ZIP = Path.of(System.getProperty("samachar.plugin.zip"));
    private static final Path WORK = Path.of(System.getProperty("samachar.plugin.work"));
    private static final Path ZIP9 = Path.of(System.getProperty("samachar.plugin9.zip"));

    @Test
    void holdsDescriptorComponentsAndJarsAtItsRoot() throws Exception {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream()
                    .map(ZipEntry::getName)
                    .sorted()
                    .toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("/")), "everything at the root: " + names);
            assertTrue(names.contains("stable-plugin-descriptor.properties"), names.toString());
            assertTrue(names.contains("named_components.json"), names.toString());
            assertFalse(names.contains("plugin-descriptor.properties"), "a stable plugin has no classic descriptor");
            for (String jar : List.of("samachar-es-plugin-", "samachar-analysis-", "icu4j-")) {
                assertTrue(names.stream().anyMatch(n -> n.startsWith(jar) && n.endsWith(".jar")), jar + " in " + names);
            }
            // The server has these; a second copy in the plugin fails the install with "jar hell".
            assertTrue(
                    names.stream()
                            .noneMatch(n -> n.startsWith("lucene-")
                                    || n.startsWith("elasticsearch-")
                                    || n.startsWith("junit")
                                    || n.startsWith("jackson")),
                    names.toString());
        }
    }

    @Test
    void descriptorHasExactlyTheStableKeys() throws Exception {
        Properties descriptor = new Properties();
        try (ZipFile zip = new ZipFile(ZIP.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("stable-plugin-descriptor.properties"))) {
            descriptor.load(in);
        }
        // Elasticsearch refuses a descriptor with any other key.
        assertEquals(
                Set.of("name", "description", "version", "elasticsearch.version", "java.version", "modular"),
                descriptor.stringPropertyNames());
        assertEquals(System.getProperty("samachar.plugin.name"), descriptor.getProperty("name"));
        assertEquals("8.19.21", descriptor.getProperty("elasticsearch.version"));
        assertEquals("17", descriptor.getProperty("java.version"));
        assertEquals("false", descriptor.getProperty("modular"));
        descriptor
                .stringPropertyNames()
                .forEach(key -> assertFalse(
                        descriptor.getProperty(key).contains("${"),
                        key + " is not filled in: " + descriptor.getProperty(key)));
    }

    @Test
    void namedComponentsAreTheGeneratedOnes() throws Exception {
        try (ZipFile zip = new ZipFile(ZIP.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("named_components.json"))) {
            assertArrayEquals(Files.readAllBytes(WORK.resolve("named_components.json")), in.readAllBytes());
        }
    }

    @Test
    void thePluginJarHasTheFactoriesButNotTheBuildTool() throws Exception {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            ZipEntry jarEntry = Collections.list(zip.entries()).stream()
                    .filter(e -> e.getName().startsWith("samachar-es-plugin-"))
                    .findFirst()
                    .orElseThrow();
            List<String> classes = new java.util.ArrayList<>();
            try (JarInputStream jar = new JarInputStream(zip.getInputStream(jarEntry))) {
                for (var entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                    classes.add(entry.getName());
                }
            }
            assertTrue(classes.contains("dev/samachar/esplugin/LookupFoldFilterFactory.class"), classes.toString());
            assertTrue(classes.contains("dev/samachar/esplugin/FoldedAnalyzerFactory.class"), classes.toString());
            assertTrue(
                    classes.stream().noneMatch(c -> c.startsWith("dev/samachar/esplugin/build/")), classes.toString());
            assertNotNull(jarEntry);
        }
    }

    /** The Elasticsearch 9 zip is the same files; only the descriptor names another server version. */
    @Test
    void theElasticsearch9ZipDiffersOnlyInTheDescriptorsVersion() throws Exception {
        try (ZipFile eight = new ZipFile(ZIP.toFile());
                ZipFile nine = new ZipFile(ZIP9.toFile())) {
            List<String> names = Collections.list(eight.entries()).stream()
                    .map(ZipEntry::getName)
                    .sorted()
                    .toList();
            assertEquals(
                    names,
                    Collections.list(nine.entries()).stream()
                            .map(ZipEntry::getName)
                            .sorted()
                            .toList());
            for (String name : names) {
                byte[] a;
                byte[] b;
                try (InputStream in8 = eight.getInputStream(eight.getEntry(name));
                        InputStream in9 = nine.getInputStream(nine.getEntry(name))) {
                    a = in8.readAllBytes();
                    b = in9.readAllBytes();
                }
                if (name.equals("stable-plugin-descriptor.properties")) {
                    Properties p8 = new Properties();
                    Properties p9 = new Properties();
                    p8.load(new java.io.ByteArrayInputStream(a));
                    p9.load(new java.io.ByteArrayInputStream(b));
                    assertEquals("9.2.4", p9.getProperty("elasticsearch.version"));
                    p8.remove("elasticsearch.version");
                    p9.remove("elasticsearch.version");
                    assertEquals(p8, p9);
                } else {
                    assertArrayEquals(a, b, name);
                }
            }
        }
    }
}
