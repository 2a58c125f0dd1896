package dev.samachar.es;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void waitsDoubleWithJitterAndStopAtTheMaximum() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int round = 0; round < 200; round++) {
            long first = policy.delay(0).toMillis();
            long third = policy.delay(2).toMillis();
            long late = policy.delay(30).toMillis();
            assertTrue(first >= 50 && first <= 100, "first wait " + first);
            assertTrue(third >= 200 && third <= 400, "third wait " + third);
            assertTrue(late >= 500 && late <= 1000, "capped wait " + late);
        }
    }

    @Test
    void overloadAndServerErrorsAreRetriedMappingErrorsNever() {
        assertTrue(RetryPolicy.retryableItem(429));
        assertTrue(RetryPolicy.retryableItem(502));
        assertTrue(RetryPolicy.retryableItem(503));
        assertTrue(RetryPolicy.retryableItem(504));
        assertFalse(RetryPolicy.retryableItem(400), "mapper_parsing_exception comes back as 400");
        assertFalse(RetryPolicy.retryableItem(403), "cluster_block_exception");
        assertFalse(RetryPolicy.retryableItem(409));
        assertFalse(RetryPolicy.retryableItem(501));
    }

    @Test
    void networkErrorsAreRetried() {
        assertTrue(RetryPolicy.retryableRequest(new ConnectException("Connection refused")));
        assertTrue(RetryPolicy.retryableRequest(new IOException("Connection reset")));
        assertFalse(RetryPolicy.retryableRequest(new IllegalStateException("bug")));
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO));
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
