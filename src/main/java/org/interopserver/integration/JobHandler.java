package org.interopserver.integration;

import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.Tx;

import java.sql.SQLException;

/** Carries out one kind of outbox job: reads the record as it is now, calls the service, says what to note. */
public interface JobHandler {

    /**
     * Does the job's calls.
     *
     * @return what to store about the outcome; written in the transaction that marks the job done, and only if
     *         the claim is still this worker's
     * @throws RemoteFailure when the service did not do what was asked (the job is tried again later)
     */
    Outcome run(OutboxJob job, long nowMs) throws RemoteFailure;

    /** What a successful job leaves behind in the database. */
    @FunctionalInterface
    interface Outcome {
        Outcome NOTHING = tx -> { };

        void store(Tx tx) throws SQLException;
    }
}
