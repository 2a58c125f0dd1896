package dev.samachar.pipeline;

import java.io.PrintStream;

/** Progress of a long run. On a terminal it redraws one status line; elsewhere it stays quiet. */
public interface Progress {

    /** What a run is doing; reading and sending overlap, the later phases follow one another. */
    enum Phase {
        READING("reading"),
        SENDING("sending"),
        WAITING("waiting for acknowledgements"),
        LINKING("linking translations");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param documents documents acknowledged by Elasticsearch so far */
    void update(int filesDone, int filesTotal, long documents, int failures);

    /** The run moved on to {@code phase}; shown at once, since a later phase may see no update for a while. */
    void phase(Phase phase);

    void finish();

    static Progress silent() {
        return new Progress() {
            @Override
            public void update(int filesDone, int filesTotal, long articles, int failures) {}

            @Override
            public void phase(Phase phase) {}

            @Override
            public void finish() {}
        };
    }

    static Progress forTerminal(PrintStream out) {
        return new TerminalProgress(out);
    }
}
