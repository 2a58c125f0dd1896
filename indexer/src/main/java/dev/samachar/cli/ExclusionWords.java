package dev.samachar.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * `search -Vietnam`, `search Rajnath -hindi`: a word to exclude that begins with one of search's short options
 * (-V, -h) would be read as that option with letters attached, so it prints the version or help instead of
 * searching. Such words are moved after a `--`, where everything is a query word; order among the query's words
 * does not change its meaning (all must match; an exclusion applies wherever it stands). Other words with one
 * dash already reach the query (unmatched options are positional for search).
 */
final class ExclusionWords {

    private ExclusionWords() {}

    /** {@code args} with the exclusions that look like short options after a `--`; unchanged when none or `--` is given. */
    static String[] afterDoubleDash(CommandSpec search, String[] args) {
        int command = 0;
        while (command < args.length && args[command].startsWith("-")) {
            command++;
        }
        if (command == args.length
                || !args[command].equals(search.name())
                || List.of(args).contains("--")) {
            return args;
        }
        List<String> shortNames = new ArrayList<>();
        for (OptionSpec option : search.options()) {
            for (String name : option.names()) {
                if (name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) != '-') {
                    shortNames.add(name);
                }
            }
        }
        List<String> kept = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean exclusion = i > command
                    && arg.length() > 2
                    && arg.charAt(1) != '-'
                    && !arg.contains("=")
                    && shortNames.stream().anyMatch(arg::startsWith);
            (exclusion ? moved : kept).add(arg);
        }
        if (moved.isEmpty()) {
            return args;
        }
        kept.add("--");
        kept.addAll(moved);
        return kept.toArray(String[]::new);
    }
}
