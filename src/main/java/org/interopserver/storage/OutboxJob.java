package org.interopserver.storage;

/** One row of the outbox: work for the outside world about one subject (record + kind + target). */
public record OutboxJob(long id, String recordId, String kind, String target, String state, int attempts,
                        int collapsed, long nextAttemptMs, String lastError, long createdMs, long updatedMs) {

    public static final String PENDING = "pending";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String PARKED = "parked";
}
