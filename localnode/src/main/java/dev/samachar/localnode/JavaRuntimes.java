package dev.samachar.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The feature version of a JDK folder, read from its {@code release} file: no JVM is started to ask. */
final class JavaRuntimes {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?(?:1\\.)?(\\d+)");

    private JavaRuntimes() {}

    /** Empty when {@code home} has no bin/java or no readable release file naming its version. */
    static Optional<Integer> featureVersion(Path home) {
        if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
