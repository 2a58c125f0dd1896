package dev.samachar.pipeline;

import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * Redraws "reading · files 120/5000 · 118 docs acknowledged · 2 failed · 85 files/s · ETA 57 s" at most 4 times a
 * second; after the files are read, the phase the run is in, until {@link #finish}.
 */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 250_000_000L;
    private final PrintStream out;
    private final EtaEstimator eta;
    private Phase phase = Phase.READING;
    private int filesDone;
    private int filesTotal;
    private long documents;
    private int failures;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream out) {
        this.out = out;
        this.eta = new EtaEstimator(System.nanoTime());
    }

    @Override
    public synchronized void update(int filesDone, int filesTotal, long documents, int failures) {
        this.filesDone = filesDone;
        this.filesTotal = filesTotal;
        this.documents = documents;
        this.failures = failures;
        long now = System.nanoTime();
        OptionalLong secondsLeft = eta.secondsLeft(filesDone, filesTotal, now);
        if (now - lastDraw < REDRAW_NANOS && filesDone < filesTotal) {
            return;
        }
        lastDraw = now;
        draw(line(phase, filesDone, filesTotal, documents, failures, eta.rate(), secondsLeft));
    }

    @Override
    public synchronized void phase(Phase phase) {
        this.phase = phase;
        draw(line(phase, filesDone, filesTotal, documents, failures, eta.rate(), OptionalLong.empty()));
    }

    /** The status line; the rate and ETA only while files are being read, and once there is an estimate. */
    static String line(
            Phase phase,
            int filesDone,
            int filesTotal,
            long documents,
            int failures,
            double rate,
            OptionalLong secondsLeft) {
        StringBuilder line = new StringBuilder(phase.label())
                .append(" · files ")
                .append(filesDone)
                .append('/')
                .append(filesTotal)
                .append(" · ")
                .append(documents)
                .append(" docs acknowledged");
        if (failures > 0) {
            line.append(" · ").append(failures).append(" failed");
        }
        if (phase == Phase.READING) {
            if (!Double.isNaN(rate)) {
                line.append(" · ").append(Math.round(rate)).append(" files/s");
            }
            line.append(
                    secondsLeft.isPresent()
                            ? " · ETA " + EtaEstimator.format(secondsLeft.getAsLong())
                            : " · ETA estimating…");
        } else {
            line.append(" …");
        }
        return line.toString();
    }

    private void draw(String line) {
        out.print("\r\u001b[K" + line);
        out.flush();
        drawn = true;
    }

    @Override
    public synchronized void finish() {
        if (drawn) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
