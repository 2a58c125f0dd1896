package dev.samachar.benchmarks;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The word list of Debian's {@code hunspell-hi} package (hi_IN.dic), a real Hindi vocabulary of about
 * 16,000 headwords that no one tuned our rules on. Fetched once with {@code apt-get download} and
 * unpacked with {@code dpkg-deb -x} into a cache folder; later runs read the cache. Public for
 * {@code names.BenchNames}.
 */
public final class HunspellHi {

    private static final Path DIC = Path.of("usr", "share", "hunspell", "hi_IN.dic");

    private HunspellHi() {}

    /** Why the list is not available here, for a skip message. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** The distinct headwords, in NFC and in dictionary order. */
    public static List<String> words(Path cache) throws IOException, Unavailable {
        Path dic = cache.resolve(DIC);
        if (!Files.exists(dic)) {
            fetch(cache);
        }
        List<String> lines = Files.readAllLines(dic, StandardCharsets.UTF_8);
        Set<String> words = new LinkedHashSet<>();
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (String line : lines.subList(1, lines.size())) { // the first line is the word count
            String word = line.split("/", 2)[0].strip(); // word/AFFIX-FLAGS
            if (!word.isEmpty()) {
                words.add(nfc.normalize(word));
            }
        }
        return new ArrayList<>(words);
    }

    private static void fetch(Path cache) throws IOException, Unavailable {
        Files.createDirectories(cache);
        // Without package lists (a fresh container) the download fails; one apt-get update then fixes it.
        if (!run(cache, "apt-get", "download", "hunspell-hi")
                && !(run(cache, "apt-get", "update", "-qq") && run(cache, "apt-get", "download", "hunspell-hi"))) {
            throw new Unavailable("apt-get cannot download the Debian package hunspell-hi here");
        }
        Optional<Path> deb;
        try (Stream<Path> files = Files.list(cache)) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst();
        }
        if (deb.isEmpty()
                || !run(cache, "dpkg-deb", "-x", deb.get().getFileName().toString(), ".")) {
            throw new Unavailable("dpkg-deb cannot unpack hunspell-hi in " + cache);
        }
        if (!Files.exists(cache.resolve(DIC))) {
            throw new Unavailable("the hunspell-hi package has no " + DIC);
        }
    }

    /** True when the command ran and succeeded; a missing command is just false. */
    private static boolean run(Path dir, String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            try (InputStream out = process.getInputStream()) {
                out.readAllBytes();
            }
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
    }
}
