package dev.samachar.cli;

import picocli.CommandLine.Option;

/** `--json`: machine-readable output, one JSON object on stdout. */
public class OutputOptions {

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;
}
