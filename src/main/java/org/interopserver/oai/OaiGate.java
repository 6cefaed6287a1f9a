package org.interopserver.oai;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admission control for the endpoint: at most {@code permits} requests work on the database at once; a request
 * that cannot get in within the wait is turned away with 503 and Retry-After, instead of piling up until the
 * connection hangs or a proxy answers 502/504.
 */
public final class OaiGate {

    private final Semaphore permits;
    private final long waitMillis;
    private final int retryAfterSeconds;

    public OaiGate(int permits, long waitMillis, int retryAfterSeconds) {
        this.permits = new Semaphore(permits, true);
        this.waitMillis = waitMillis;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whether the caller got in; it must then call {@link #leave()} exactly once. */
    public boolean enter() {
        try {
            return permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void leave() {
        permits.release();
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
