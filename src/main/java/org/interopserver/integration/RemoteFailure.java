package org.interopserver.integration;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to DataCite or ORCID that did not do what was asked: an unexpected status, a timeout, a connection
 * failure. The job is tried again later; {@link #retryAfter()} is the service's own wish (429 Retry-After).
 */
public final class RemoteFailure extends Exception {

    private final int status;
    private final transient Duration retryAfter;

    public RemoteFailure(int status, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public RemoteFailure(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.retryAfter = null;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
