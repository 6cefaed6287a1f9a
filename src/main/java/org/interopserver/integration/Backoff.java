package org.interopserver.integration;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed job is tried again: exponential backoff with jitter (so jobs that failed together do not retry
 * together), or not before the service's own Retry-After.
 */
final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /**
     * The wait after the {@code failures}-th failure in a row: base × 2^(failures−1), capped, times [0.5, 1); or the
     * service's Retry-After plus a little (RemoteCalls keeps it under a year).
     */
    Duration after(int failures, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            // at least what the service asked for, spread a little so a crowd does not come back at once
            long spread = Math.max(1, base.toMillis() / 10);
            return retryAfter.get().plusMillis(random.nextLong(spread));
        }
        long ceiling = max.toMillis();
        long exponential = base.toMillis() << Math.min(failures - 1, 30);
        long capped = exponential <= 0 || exponential > ceiling ? ceiling : exponential;
        return Duration.ofMillis(capped / 2 + random.nextLong(Math.max(1, capped - capped / 2)));
    }
}
