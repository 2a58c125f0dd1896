package dev.samachar.cli;

import dev.samachar.watch.WatchLoop;
import dev.samachar.watch.WatchTotals;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link WatchLoop} until SIGTERM or Ctrl-C, then prints the summary and exits with the code of what
 * happened (0; 1 if files that failed during the watch still fail;
 * 3 if stopped while the cluster was away) rather than the JVM's 143 or 130,
 * which service managers would count as a failure. The signal starts the JVM's shutdown; its hook stops the
 * loop, waits for the batch in progress, and ends the process with that code.
 */
final class IndexWatch {

    /** How long a stop waits for the batch in progress; systemd's default stop timeout is 90 s. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final WatchLoop loop;
    private final WatchOutput output;
    private final AtomicBoolean summarised = new AtomicBoolean();
    private final AtomicInteger exitCode = new AtomicInteger(ExitCodes.OK);
    private final CountDownLatch finished = new CountDownLatch(1);

    IndexWatch(WatchLoop loop, WatchOutput output) {
        this.loop = loop;
        this.output = output;
    }

    int run() throws IOException {
        Thread onSignal = new Thread(this::stopAndExit, "samachar-watch-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            loop.run();
            summarise(false);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // A signal stopped the loop: the hook ends the process with the exit code set here.
            }
        }
        return exitCode.get();
    }

    private void stopAndExit() {
        loop.stop();
        try {
            finished.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        summarise(true);
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(exitCode.get());
    }

    /** Prints the summary once, from whichever thread gets here first. */
    private void summarise(boolean cutShort) {
        if (!summarised.compareAndSet(false, true)) {
            return;
        }
        WatchTotals.Snapshot totals = loop.totals();
        boolean unsent = loop.waitingForCluster();
        exitCode.set(unsent ? ExitCodes.CLUSTER : totals.failing() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK);
        output.summary(totals, unsent, cutShort);
    }
}
