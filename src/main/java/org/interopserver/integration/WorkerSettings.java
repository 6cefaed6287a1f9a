package org.interopserver.integration;

import java.time.Duration;

/**
 * How the outbox worker paces itself.
 *
 * @param timeout      bound on one HTTP call (connect, and the whole exchange)
 * @param maxAttempts  failed attempts after which a job is parked
 * @param backoffBase  the wait after the first failure; it doubles with each further one
 * @param backoffMax   the longest wait between attempts
 * @param lease        how long a claim holds; a job not finished by then is claimed again
 * @param poll         how often an idle worker looks for due jobs
 * @param concurrency  jobs run at once by one worker
 */
public record WorkerSettings(Duration timeout, int maxAttempts, Duration backoffBase, Duration backoffMax,
                             Duration lease, Duration poll, int concurrency) {

    /**
     * The most HTTP calls one job makes: an ORCID update of a removed work under RECREATE (PUT 404, POST 409,
     * GET works, PUT).
     */
    static final int MAX_CALLS_PER_JOB = 4;

    public WorkerSettings {
        if (lease.compareTo(timeout.multipliedBy(MAX_CALLS_PER_JOB + 1)) < 0) {
            // otherwise a slow but healthy job could be claimed by a second worker while the first still runs
            throw new IllegalArgumentException("the outbox lease (" + lease.toMillis() + " ms) must be at least "
                    + (MAX_CALLS_PER_JOB + 1) + " times the call timeout (" + timeout.toMillis() + " ms)");
        }
        if (maxAttempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException("max attempts and concurrency must be at least 1");
        }
    }
}
