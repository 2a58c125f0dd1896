package dev.samachar.cli;

import dev.samachar.pipeline.IndexRun;
import dev.samachar.state.IndexState;
import java.io.PrintStream;

/**
 * While an `index` run lasts, a Ctrl-C (SIGINT) or SIGTERM tells the user what was recorded and that the same
 * command resumes: the signal starts the JVM's shutdown, and this hook runs before it exits. The state journal
 * needs nothing more than a sync: each file is in it once all of its documents were acknowledged.
 */
final class InterruptNotice implements AutoCloseable {

    private final Thread hook;

    private InterruptNotice(Thread hook) {
        this.hook = hook;
    }

    static InterruptNotice during(IndexRun run, IndexState state, PrintStream err) {
        Thread hook = new Thread(
                () -> {
                    state.checkpoint();
                    err.println();
                    err.println(message(run.recorded()));
                    err.flush();
                },
                "samachar-index-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptNotice(hook);
    }

    static String message(IndexRun.Recorded recorded) {
        if (recorded.linking()) {
            return "samachar: stopped while linking translations. Every file was recorded (" + recorded.files()
                    + " files, " + recorded.documents() + " documents acknowledged); run the same command again"
                    + " to make the links.";
        }
        return "samachar: stopped. Recorded by this run: " + recorded.files()
                + (recorded.files() == 1 ? " file" : " files") + " (" + recorded.documents()
                + " documents acknowledged by Elasticsearch); files still in flight were not recorded."
                + " Run the same command again to resume: recorded files are skipped.";
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown already began: the hook runs (or ran) and says what was recorded.
        }
    }
}
