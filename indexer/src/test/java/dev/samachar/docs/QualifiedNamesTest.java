package dev.samachar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samachar.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names other classes through imports, so that a file's imports list what it depends on. A fully
 * qualified name in the code is allowed only where an import cannot serve: the simple name is taken by an
 * import, by a type the file declares, by a class of the same package, or by another qualified name in the
 * file.
 */
class QualifiedNamesTest {

    /** A qualified class name: lower-case package segments, then the class (java.util.List, co.elastic._types.X). */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");

    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)\\.(\\w+)\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

    private final Path root = TestData.repoRoot();

    @Test
    void mainCodeImportsWhatItNames() throws IOException {
        List<String> inline = new ArrayList<>();
        int files = 0;
        for (Path source : mainSources()) {
            files++;
            inline.addAll(inlineQualifiedNames(source));
        }
        assertTrue(files > 100, "found only " + files + " main source files: the search is broken");
        assertTrue(
                inline.isEmpty(),
                "fully qualified names in main code; import them instead (or keep the name qualified only when"
                        + " the simple name clashes):\n" + String.join("\n", inline));
    }

    @Test
    void findsQualifiedNamesInCodeOnly() {
        String code = """
                package dev.samachar.example;

                import java.util.List;

                /** Reads a {@link java.nio.file.Path}. */
                final class Example {
                    // java.util.Map in a comment
                    String text = "java.util.Set in a string";
                    java.util.Locale locale = java.util.Locale.ROOT;
                    List<String> names = new java.util.ArrayList<>();
                    java.awt.List awtList;
                }
                """;
        assertEquals(
                List.of("java.util.Locale", "java.util.Locale", "java.util.ArrayList"),
                inlineQualifiedNames(code, Set.of("Example")));
    }

    @Test
    void keepsANameQualifiedWhenItsSimpleNameIsTaken() {
        String code = """
                package dev.samachar.example;

                import java.util.List;

                final class Example {
                    java.awt.List awtList;
                    java.sql.Date sqlDate;
                    java.util.Date utilDate;
                    dev.samachar.other.Example other;
                    dev.samachar.other.Neighbour neighbour;
                }
                """;
        assertEquals(List.of(), inlineQualifiedNames(code, Set.of("Example", "Neighbour")));
    }

    private List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
        }
        return sources;
    }

    private List<String> inlineQualifiedNames(Path source) throws IOException {
        Set<String> samePackage = new HashSet<>();
        try (Stream<Path> siblings = Files.list(source.getParent())) {
            siblings.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .forEach(name -> samePackage.add(name.substring(0, name.length() - ".java".length())));
        }
        String where = root.relativize(source).toString();
        return inlineQualifiedNames(Files.readString(source, StandardCharsets.UTF_8), samePackage).stream()
                .map(name -> where + ": " + name)
                .toList();
    }

    /** The qualified names in {@code java}'s code whose simple name an import could give. */
    static List<String> inlineQualifiedNames(String java, Set<String> samePackage) {
        String code = codeOnly(java);
        Matcher packageLine = PACKAGE.matcher(code);
        String thisPackage = packageLine.find() ? packageLine.group(1) : "";
        Map<String, String> imported = new HashMap<>();
        Matcher importLine = IMPORT.matcher(code);
        while (importLine.find()) {
            imported.put(importLine.group(2), importLine.group(1) + "." + importLine.group(2));
        }
        Set<String> declared = new HashSet<>();
        Matcher declaration = DECLARED.matcher(code);
        while (declaration.find()) {
            declared.add(declaration.group(1));
        }
        List<String[]> found = new ArrayList<>();
        Map<String, Set<String>> packagesBySimpleName = new HashMap<>();
        for (String line : code.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("import ") || trimmed.startsWith("package ")) {
                continue;
            }
            Matcher qualified = QUALIFIED.matcher(line);
            while (qualified.find()) {
                String pkg = qualified.group(1).substring(0, qualified.group(1).length() - 1);
                found.add(new String[] {pkg, qualified.group(2)});
                packagesBySimpleName
                        .computeIfAbsent(qualified.group(2), k -> new HashSet<>())
                        .add(pkg);
            }
        }
        List<String> inline = new ArrayList<>();
        for (String[] name : found) {
            String pkg = name[0];
            String simple = name[1];
            String full = pkg + "." + simple;
            boolean otherPackage = !pkg.equals(thisPackage);
            boolean taken = packagesBySimpleName.get(simple).size() > 1
                    || (imported.containsKey(simple) && !imported.get(simple).equals(full))
                    || (otherPackage && (declared.contains(simple) || samePackage.contains(simple)));
            if (!taken) {
                inline.add(full);
            }
        }
        return inline;
    }

    /** {@code java} with comments, string and char literals blanked out (line breaks kept). */
    static String codeOnly(String java) {
        StringBuilder code = new StringBuilder(java.length());
        int i = 0;
        while (i < java.length()) {
            int end;
            if (java.startsWith("//", i)) {
                end = java.indexOf('\n', i);
                end = end < 0 ? java.length() : end;
            } else if (java.startsWith("/*", i)) {
                end = java.indexOf("*/", i + 2);
                end = end < 0 ? java.length() : end + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? java.length() : end + 3;
            } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
                char quote = java.charAt(i);
                end = i + 1;
                while (end < java.length() && java.charAt(end) != quote) {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, java.length());
            } else {
                code.append(java.charAt(i++));
                continue;
            }
            for (int j = i; j < end; j++) {
                code.append(java.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.toString();
    }
}
