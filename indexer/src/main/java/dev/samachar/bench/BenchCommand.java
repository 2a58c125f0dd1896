package dev.samachar.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark helpers.",
        subcommands = {BenchCommand.Corpus.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Write a deterministic corpus of generated Hindi and English scraped pages.")
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--count", paramLabel = "N", required = true, description = "Number of articles.")
        int count;
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path out;
        @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            if (count < 1) {
                throw new IllegalArgumentException("--count must be positive");
            }
            long start = System.nanoTime();
            var files = new CorpusGenerator(seed).write(out, count);
            long bytes = 0;
            for (Path file : files) {
                bytes += java.nio.file.Files.size(file);
            }
            System.out.printf("Wrote %d articles (%.1f MB, %.1f KB each) to %s in %.1f s%n", files.size(),
                    bytes / 1e6, bytes / 1e3 / files.size(), out, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
