package dev.samachar.pipeline;

import java.io.PrintStream;

/** Progress of a long run. On a terminal it redraws one status line; elsewhere it stays quiet. */
public interface Progress {

    /** @param documents documents acknowledged by Elasticsearch so far */
    void update(int filesDone, int filesTotal, long documents, int failures);

    void finish();

    static Progress silent() {
        return new Progress() {
            @Override
            public void update(int filesDone, int filesTotal, long articles, int failures) {
            }

            @Override
            public void finish() {
            }
        };
    }

    static Progress forTerminal(PrintStream out) {
        return new TerminalProgress(out);
    }
}
