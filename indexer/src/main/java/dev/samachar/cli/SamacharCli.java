package dev.samachar.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.samachar.config.Settings;
import dev.samachar.es.ClusterUnavailableException;
import dev.samachar.es.ConfigException;
import dev.samachar.es.ErrorMessages;
import dev.samachar.localnode.LocalNodeException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "samachar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Bilingual (Hindi + English) news indexer and search for Elasticsearch.",
        subcommands = {
            EsCommand.class,
            SetupCommand.class,
            IndexCommand.class,
            FailuresCommand.class,
            SearchCommand.class,
            GetCommand.class,
            StatusCommand.class,
            RemoveCommand.class,
            DeleteCommand.class,
            ServeCommand.class,
            AnalyzeCommand.class,
            SynonymsCommand.class,
            KibanaCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything done",
            "1:partial: some files failed (listed)",
            "2:usage or configuration error: a bad option, a path that does not exist, a search Elasticsearch rejects",
            "3:cluster (or Kibana) unreachable or not Elasticsearch, credentials rejected or writes refused",
            "4:internal error (a bug; --debug prints the stack trace)",
            "130:index stopped by Ctrl-C (143: by SIGTERM); the same command resumes"
        },
        footer = "%nCauses and fixes of common errors: docs/troubleshooting.md")
public final class SamacharCli implements Runnable {

    @CommandLine.Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, also print the stack trace (for a bug report).")
    boolean debug;

    final Settings settings;
    final PrintStream out;
    final PrintStream err;

    SamacharCli(Settings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    /** True when stderr is an interactive terminal, so progress lines may be redrawn there. */
    boolean interactive() {
        return System.console() != null && err == System.err;
    }

    /** Runs the CLI in-process; tests call this with their own environment and streams. */
    public static int run(Settings settings, PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new SamacharCli(settings, out, err));
        // `search Rajnath -Shoigu`: a word to exclude is part of the query, not an unknown option.
        CommandLine search = cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExitCodeExceptionMapper(SamacharCli::exitCode);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("samachar: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        args = ExclusionWords.afterDoubleDash(search.getCommandSpec(), args);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            int code = exitCode(e);
            boolean debug = debugAsked(parseResult);
            if (code == ExitCodes.INTERNAL) {
                err.println(
                        "samachar: internal error: " + e
                                + (debug
                                        ? ""
                                        : "; this is a bug: please report it with the output of the same command run with --debug"));
            } else if (e instanceof ElasticsearchException ee) {
                err.println("samachar: " + ErrorMessages.of(ee));
            } else {
                err.println("samachar: " + e.getMessage());
            }
            if (debug) {
                e.printStackTrace(err);
            }
            return code;
        });
        return cli.execute(args);
    }

    /** --debug anywhere on the command line (it is inherited by every subcommand). */
    private static boolean debugAsked(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    static int exitCode(Throwable e) {
        if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        // An answer of the cluster that no command caught (401, 403, ...): the cluster refused, not a bug.
        if (e instanceof ClusterUnavailableException
                || e instanceof LocalNodeException
                || e instanceof ElasticsearchException) {
            return ExitCodes.CLUSTER;
        }
        return ExitCodes.INTERNAL;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        try {
            System.exit(run(Settings.fromSystem(), out, err, args));
        } catch (OutOfMemoryError e) {
            // scripts/samachar caps the heap so memory stays flat; a very large collection can outgrow it.
            err.println("samachar: out of memory (heap limit "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); for a very large collection raise it, e.g. SAMACHAR_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx1g\""
                    + " (docs/operations.md, Memory and start-up)");
            System.exit(ExitCodes.INTERNAL);
        }
    }
}
