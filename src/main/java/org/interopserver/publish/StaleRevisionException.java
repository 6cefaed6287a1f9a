package org.interopserver.publish;

/** The writer based its change on a revision that is no longer current (a stale If-Match). */
public class StaleRevisionException extends RuntimeException {
    public StaleRevisionException(String id, int expected, int current) {
        this("record " + id + " is at revision " + current + ", not " + expected);
    }

    public StaleRevisionException(String message) {
        super(message);
    }
}
