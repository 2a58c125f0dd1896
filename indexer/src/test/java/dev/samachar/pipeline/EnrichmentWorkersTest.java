package dev.samachar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnrichmentWorkersTest {

    @Test
    void resultsComeBackOnTheCallingThreadInSubmissionOrderWhateverOrderTheyFinishIn() {
        List<Integer> handed = new ArrayList<>();
        List<Thread> handedOn = new ArrayList<>();
        List<String> ranOn = java.util.Collections.synchronizedList(new ArrayList<>());
        try (EnrichmentWorkers workers = new EnrichmentWorkers(3)) {
            for (int i = 0; i < 30; i++) {
                int n = i;
                workers.submit(
                        () -> {
                            // Early ones take longest, so later ones finish first.
                            Thread.sleep(Math.max(0, 12 - n));
                            ranOn.add(Thread.currentThread().getName());
                            return n;
                        },
                        result -> {
                            handed.add(result);
                            handedOn.add(Thread.currentThread());
                        },
                        10);
            }
            workers.drain();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add(i);
        }
        assertEquals(expected, handed);
        assertTrue(handedOn.stream().allMatch(t -> t == Thread.currentThread()));
        assertTrue(ranOn.stream().allMatch(name -> name.startsWith("enrich-")), ranOn.toString());
    }

    @Test
    void noMoreThanTheWindowIsInFlightAndLargeInputsNarrowIt() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger submittedUnfinished = new AtomicInteger();
        int[] most = new int[1];
        CountDownLatch never = new CountDownLatch(1);
        try (EnrichmentWorkers workers = new EnrichmentWorkers(2)) {
            for (int i = 0; i < 40; i++) {
                submittedUnfinished.incrementAndGet();
                workers.submit(
                        () -> {
                            running.incrementAndGet();
                            never.await(1, TimeUnit.MILLISECONDS);
                            running.decrementAndGet();
                            return 1;
                        },
                        r -> submittedUnfinished.decrementAndGet(),
                        1);
                most[0] = Math.max(most[0], submittedUnfinished.get()); // handed back: not yet
            }
            workers.drain();
            assertEquals(8, most[0], "four files per worker");
            assertEquals(0, running.get());

            most[0] = 0;
            long big = EnrichmentWorkers.MAX_BYTES_IN_FLIGHT / 3;
            for (int i = 0; i < 10; i++) {
                submittedUnfinished.incrementAndGet();
                workers.submit(() -> 1, r -> submittedUnfinished.decrementAndGet(), big);
                most[0] = Math.max(most[0], submittedUnfinished.get());
            }
            workers.drain();
            assertEquals(3, most[0], "bytes in flight stay within the budget");
            // One input larger than the whole budget still goes through, alone.
            submittedUnfinished.incrementAndGet();
            workers.submit(
                    () -> 1, r -> submittedUnfinished.decrementAndGet(), 4 * EnrichmentWorkers.MAX_BYTES_IN_FLIGHT);
            workers.drain();
        }
        assertEquals(0, submittedUnfinished.get());
    }

    @Test
    void aFailureInAWorkerReachesTheCallerAsItself() {
        try (EnrichmentWorkers workers = new EnrichmentWorkers(2)) {
            workers.submit(
                    () -> {
                        throw new IllegalStateException("parser bug");
                    },
                    r -> {},
                    1);
            IllegalStateException e = assertThrows(IllegalStateException.class, workers::drain);
            assertEquals("parser bug", e.getMessage());
        }
    }
}
