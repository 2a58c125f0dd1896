package dev.samachar.pipeline;

import java.io.PrintStream;

/** Redraws "files 120/5000 · 118 docs · 2 failed · 85 files/s · ETA 57 s" at most 4 times a second. */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 250_000_000L;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(int filesDone, int filesTotal, long articles, int failures) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && filesDone < filesTotal) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = filesDone / seconds;
        long eta = rate > 0 ? Math.round((filesTotal - filesDone) / rate) : 0;
        out.printf("\r\u001b[Kfiles %d/%d · %d docs · %d failed · %.0f files/s · ETA %d s",
                filesDone, filesTotal, articles, failures, rate, eta);
        out.flush();
        drawn = true;
    }

    @Override
    public void finish() {
        if (drawn) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
