package dev.samachar.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Changed paths held back until they are quiet: a path is ready once nothing touched it for the quiet period,
 * so a file still being written is read after its last write, not half-way. A path touched without pause
 * (a feed appended to every second) is released anyway once it has waited {@code maxWait} since its first
 * touch; a later write makes it pending again. Used by the watch loop's one thread only.
 */
public final class QuietPeriod {

    private record Pending(long first, long last) {}

    private final long quietMillis;
    private final long maxWaitMillis;
    private final Map<Path, Pending> pending = new HashMap<>();

    public QuietPeriod(Duration quiet, Duration maxWait) {
        if (quiet.isNegative() || maxWait.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("the quiet period must be 0 or more and at most the longest wait");
        }
        this.quietMillis = quiet.toMillis();
        this.maxWaitMillis = maxWait.toMillis();
    }

    /** Something happened to {@code path} at {@code atMillis} (epoch millis: an event now, or a file's own time). */
    public void touch(Path path, long atMillis) {
        pending.merge(
                path,
                new Pending(atMillis, atMillis),
                (old, now) -> new Pending(Math.min(old.first, atMillis), Math.max(old.last, atMillis)));
    }

    /** Removes and returns the paths that are ready at {@code nowMillis}, in path order. */
    public List<Path> takeReady(long nowMillis) {
        List<Path> ready = new ArrayList<>();
        for (Iterator<Map.Entry<Path, Pending>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Pending> entry = it.next();
            if (readyAt(entry.getValue()) <= nowMillis) {
                ready.add(entry.getKey());
                it.remove();
            }
        }
        ready.sort(null);
        return ready;
    }

    /** How long until the next path is ready: 0 if one is, {@link Long#MAX_VALUE} if none is pending. */
    public long millisUntilReady(long nowMillis) {
        long soonest = Long.MAX_VALUE;
        for (Pending p : pending.values()) {
            soonest = Math.min(soonest, readyAt(p));
        }
        return soonest == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, soonest - nowMillis);
    }

    public int size() {
        return pending.size();
    }

    private long readyAt(Pending p) {
        return Math.min(p.last + quietMillis, p.first + maxWaitMillis);
    }
}
