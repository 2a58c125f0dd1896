package dev.samachar.esplugin.build;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.settings.AnalysisSettings;

/**
 * Writes the plugin's {@code named_components.json}: for each extensible interface (one annotated
 * {@code @Extensible}, e.g. {@code org.elasticsearch.plugin.analysis.TokenFilterFactory}), the component names
 * and the classes that implement them:
 *
 * <pre>{"org.elasticsearch.plugin.analysis.TokenFilterFactory": {"samachar_fold": "dev.samachar.esplugin.LookupFoldFilterFactory"}}</pre>
 *
 * <p>Elasticsearch reads only this file to find a stable plugin's components; Elastic's Gradle build writes
 * it by scanning the classes, and the Maven build runs this class after compilation to do the same. It also
 * checks what Elasticsearch would otherwise reject only when an index first uses the component: one public
 * constructor, no-arg or {@code @Inject} with {@code @AnalysisSettings} parameters; and it fails on a concrete
 * factory that lacks {@code @NamedComponent}, which Elasticsearch would silently ignore.
 *
 * <p>Build-time only: the plugin jar leaves this package out.
 */
public final class NamedComponentsGenerator {

    private NamedComponentsGenerator() {}

    /** Arguments: the compiled classes directory, the JSON file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: NamedComponentsGenerator CLASSES_DIR OUTPUT_JSON");
        }
        Path classesDir = Path.of(args[0]);
        Path output = Path.of(args[1]);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Map<String, Map<String, String>> components = components(loadAll(classesDir, loader));
        if (components.isEmpty()) {
            throw new IllegalStateException(
                    "No @NamedComponent class in " + classesDir + ": the plugin would be empty.");
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, toJson(components), StandardCharsets.UTF_8);
    }

    /** The binary names of the classes under {@code classesDir}, sorted. */
    public static List<String> classNames(Path classesDir) throws IOException {
        try (Stream<Path> files = Files.walk(classesDir)) {
            return files.filter(Files::isRegularFile)
                    .map(classesDir::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(classesDir.getFileSystem().getSeparator(), "."))
                    .sorted()
                    .toList();
        }
    }

    /** Loads (without initialising) every class under {@code classesDir}. */
    public static List<Class<?>> loadAll(Path classesDir, ClassLoader loader) throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : classNames(classesDir)) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot load " + name + " from " + classesDir + ": " + e, e);
            }
        }
        return classes;
    }

    /**
     * Extensible interface name → (component name → class name), both levels sorted.
     *
     * @throws IllegalStateException listing every problem found, so one build shows them all
     */
    public static Map<String, Map<String, String>> components(Collection<Class<?>> classes) {
        Map<String, Map<String, String>> result = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            NamedComponent named = type.getAnnotation(NamedComponent.class);
            Set<Class<?>> extensibles = extensiblesOf(type);
            if (named == null) {
                if (!extensibles.isEmpty() && isInstantiable(type)) {
                    problems.add(type.getName() + " implements " + names(extensibles) + " but has no @NamedComponent:"
                            + " annotate it, or make it abstract if it is a base class.");
                }
                continue;
            }
            List<String> own = check(type, named, extensibles);
            if (!own.isEmpty()) {
                problems.addAll(own);
                continue;
            }
            String extensible = extensibles.iterator().next().getName();
            String previous =
                    result.computeIfAbsent(extensible, k -> new TreeMap<>()).putIfAbsent(named.value(), type.getName());
            if (previous != null) {
                problems.add("Two " + extensible + " components are named \"" + named.value() + "\": " + previous
                        + " and " + type.getName() + ".");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid named components:\n  " + String.join("\n  ", problems));
        }
        return result;
    }

    private static List<String> check(Class<?> type, NamedComponent named, Set<Class<?>> extensibles) {
        List<String> problems = new ArrayList<>();
        String name = type.getName();
        if (named.value() == null || named.value().isBlank()) {
            problems.add(name + ": @NamedComponent needs a name.");
        }
        if (!isInstantiable(type)) {
            problems.add(name + ": a named component must be a public, concrete, top-level or static nested class.");
        }
        if (extensibles.size() != 1) {
            problems.add(name + ": a named component implements exactly one extensible interface (TokenFilterFactory,"
                    + " TokenizerFactory, CharFilterFactory, AnalyzerFactory), not " + extensibles.size()
                    + (extensibles.isEmpty() ? "" : " (" + names(extensibles) + ")") + ".");
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            problems.add(
                    name + ": Elasticsearch needs exactly one public constructor, found " + constructors.length + ".");
        } else if (constructors[0].getParameterCount() > 0) {
            Constructor<?> constructor = constructors[0];
            if (!constructor.isAnnotationPresent(Inject.class)) {
                problems.add(name + ": a public constructor with parameters must be annotated @Inject.");
            }
            for (Class<?> parameter : constructor.getParameterTypes()) {
                if (!parameter.isInterface() || !parameter.isAnnotationPresent(AnalysisSettings.class)) {
                    problems.add(name + ": constructor parameter " + parameter.getName() + " must be an interface"
                            + " annotated @AnalysisSettings.");
                }
            }
        }
        return problems;
    }

    private static boolean isInstantiable(Class<?> type) {
        int modifiers = type.getModifiers();
        return Modifier.isPublic(modifiers)
                && !Modifier.isAbstract(modifiers)
                && !type.isInterface()
                && !type.isAnnotation()
                && !type.isEnum()
                && (type.getEnclosingClass() == null || Modifier.isStatic(modifiers))
                && !type.isAnonymousClass()
                && !type.isLocalClass();
    }

    /** The interfaces annotated @Extensible that {@code type} implements, directly or through its supertypes. */
    static Set<Class<?>> extensiblesOf(Class<?> type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        collectExtensibles(type, found, new LinkedHashSet<>());
        return found;
    }

    private static void collectExtensibles(Class<?> type, Set<Class<?>> found, Set<Class<?>> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type.isInterface() && type.isAnnotationPresent(Extensible.class)) {
            found.add(type);
        }
        for (Class<?> parent : type.getInterfaces()) {
            collectExtensibles(parent, found, seen);
        }
        collectExtensibles(type.getSuperclass(), found, seen);
    }

    private static String names(Set<Class<?>> types) {
        return String.join(", ", types.stream().map(Class::getName).toList());
    }

    /** Stable output (sorted, two-space indent, trailing newline), so the file is reproducible. */
    public static String toJson(Map<String, Map<String, String>> components) {
        StringBuilder json = new StringBuilder("{");
        String outerSep = "\n";
        for (Map.Entry<String, Map<String, String>> extensible : components.entrySet()) {
            json.append(outerSep)
                    .append("  ")
                    .append(quote(extensible.getKey()))
                    .append(": {");
            String innerSep = "\n";
            for (Map.Entry<String, String> component : extensible.getValue().entrySet()) {
                json.append(innerSep)
                        .append("    ")
                        .append(quote(component.getKey()))
                        .append(": ")
                        .append(quote(component.getValue()));
                innerSep = ",\n";
            }
            json.append("\n  }");
            outerSep = ",\n";
        }
        return json.append("\n}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
