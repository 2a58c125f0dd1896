package dev.samachar.es;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.elasticsearch.client.ResponseException;

/**
 * When and how long to wait before sending a bulk request (or some of its items) again.
 *
 * <p>Retried: item statuses 429 (queue full) and 5xx except 501, and whole requests that failed with an
 * I/O error, 429 or 5xx. Never retried: 4xx item errors such as mapping or parse errors, which would
 * fail the same way every time. The wait doubles from {@code initialWait} up to {@code maxWait}, with
 * jitter so that concurrent senders that were rejected together do not come back together.
 *
 * @param maxRetries how many times one item or request is sent again before it is reported as failed
 */
public record RetryPolicy(int maxRetries, Duration initialWait, Duration maxWait) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("--max-retries must be 0 or more");
        }
        if (initialWait.isNegative() || maxWait.compareTo(initialWait) < 0) {
            throw new IllegalArgumentException(
                    "--retry-max-wait must be at least the initial wait of " + initialWait.toMillis() + " ms");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8));
    }

    /** The wait before retry number {@code attempt + 1}: half the exponential step plus up to half as jitter. */
    public Duration delay(int attempt) {
        long step = initialWait.toMillis() << Math.min(attempt, 20);
        long capped = Math.min(step, maxWait.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }

    /** Bulk item statuses worth another try: the node was busy or briefly unavailable. */
    public static boolean retryableItem(int status) {
        return status == 429 || (status >= 500 && status != 501);
    }

    /** A request the cluster answered with 429 or 5xx: busy, not gone. */
    public static boolean overloaded(Throwable failure) {
        int status = -1;
        if (failure instanceof ElasticsearchException e) {
            status = e.status();
        } else if (failure instanceof TransportException e) {
            status = e.statusCode();
        } else if (failure instanceof ResponseException e) {
            status = e.getResponse().getStatusLine().getStatusCode();
        } else if (failure.getCause() instanceof ResponseException e) {
            status = e.getResponse().getStatusLine().getStatusCode();
        }
        return status > 0 && retryableItem(status);
    }

    /** Whole-request failures worth another try: network errors, overload, node restarts. */
    public static boolean retryableRequest(Throwable failure) {
        if (failure instanceof ElasticsearchException e) {
            return retryableItem(e.status());
        }
        if (failure instanceof TransportException e) {
            return e.statusCode() <= 0 || retryableItem(e.statusCode()) || e.getCause() instanceof IOException;
        }
        if (failure instanceof ResponseException e) {
            return retryableItem(e.getResponse().getStatusLine().getStatusCode());
        }
        if (failure.getCause() instanceof ResponseException e) {
            return retryableItem(e.getResponse().getStatusLine().getStatusCode());
        }
        return failure instanceof IOException || failure.getCause() instanceof IOException;
    }
}
