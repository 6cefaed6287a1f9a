package org.interopserver.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox. Writers add jobs inside their own transaction; workers claim them with row locks that other workers
 * skip ({@code FOR UPDATE SKIP LOCKED}, on PostgreSQL and H2 alike), so one job is never claimed twice at once.
 * A claim is a lease with a token: a worker that died leaves a running job that is claimed again when the lease
 * ends, and a worker that overran its lease can no longer finish the job.
 */
public final class OutboxStore {

    private static final String COLUMNS = "id, record_id, kind, target, state, attempts, collapsed, next_attempt_ms,"
            + " last_error, created_ms, updated_ms";
    private static final int ERROR_LENGTH = 2000;
    private static final String LEASE_RAN_OUT = "the claim's lease ran out before the job finished (its node stopped,"
            + " or the job overran INTEROP_OUTBOX_LEASE_MS)";

    /**
     * Asks for the subject to be brought in line with the record. A job for it still waiting (or parked) takes the
     * change in: jobs read the record when they run, so one run covers every change before it.
     */
    public void enqueue(Tx tx, String recordId, String kind, String target, long nowMs) throws SQLException {
        // parked jobs get a fresh start: the change may be what they were missing
        int folded = tx.update("UPDATE outbox_job SET collapsed = collapsed + 1, updated_ms = ?,"
                        + " attempts = CASE WHEN state = 'parked' THEN 0 ELSE attempts END,"
                        + " next_attempt_ms = CASE WHEN state = 'parked' THEN ? ELSE next_attempt_ms END,"
                        + " state = 'pending'"
                        + " WHERE record_id = ? AND kind = ? AND target = ? AND state IN ('pending', 'parked')",
                nowMs, nowMs, recordId, kind, target);
        if (folded == 0) {
            tx.update("INSERT INTO outbox_job (record_id, kind, target, state, attempts, collapsed, next_attempt_ms,"
                    + " created_ms, updated_ms) VALUES (?, ?, ?, 'pending', 0, 0, ?, ?, ?)",
                    recordId, kind, target, nowMs, nowMs, nowMs);
        }
    }

    /**
     * Claims up to {@code limit} jobs of the given kinds that are due: pending ones whose time has come and running
     * ones whose lease ran out (their node died or overran; that counts as a failed attempt, and one that used up
     * its attempts is parked instead). A job waits while another job of its subject holds a live claim or an older
     * one is still waiting, so a subject's jobs run one at a time, in order.
     */
    public List<OutboxJob> claim(Tx tx, Collection<String> kinds, int limit, long nowMs, long leaseMs,
                                 int maxAttempts, String claimToken) throws SQLException {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(nowMs, nowMs, nowMs));
        params.addAll(kinds);
        List<OutboxJob> due = tx.query("SELECT " + COLUMNS + " FROM outbox_job j"
                        + " WHERE ((j.state = 'pending' AND j.next_attempt_ms <= ?)"
                        + " OR (j.state = 'running' AND j.lease_until_ms < ?))"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_job e WHERE e.record_id = j.record_id"
                        + " AND e.kind = j.kind AND e.target = j.target AND e.id <> j.id"
                        + " AND ((e.state = 'running' AND e.lease_until_ms >= ?)"
                        + " OR (e.state IN ('pending', 'running') AND e.id < j.id)))"
                        + " AND j.kind IN (" + String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"))
                        + ") ORDER BY j.id FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED",
                OutboxStore::job, params.toArray());
        List<OutboxJob> claimed = new ArrayList<>();
        for (OutboxJob job : due) {
            boolean leaseRanOut = OutboxJob.RUNNING.equals(job.state());
            if (leaseRanOut && job.attempts() + 1 >= maxAttempts) {
                tx.update("UPDATE outbox_job SET state = 'parked', attempts = attempts + 1, lease_until_ms = NULL,"
                        + " claim_token = NULL, last_error = ?, updated_ms = ? WHERE id = ?",
                        LEASE_RAN_OUT, nowMs, job.id());
                continue;
            }
            tx.update("UPDATE outbox_job SET state = 'running', lease_until_ms = ?, claim_token = ?, updated_ms = ?,"
                    + " attempts = attempts + ?, last_error = CASE WHEN ? = 1 THEN ? ELSE last_error END"
                    + " WHERE id = ?", nowMs + leaseMs, claimToken, nowMs, leaseRanOut ? 1 : 0, leaseRanOut ? 1 : 0,
                    LEASE_RAN_OUT, job.id());
            claimed.add(find(tx, job.id()).orElseThrow());
        }
        return claimed;
    }

    /**
     * Marks a claimed job done; older parked jobs of its subject are done with it (this run covered them).
     *
     * @return false when the claim is no longer ours (the lease ran out and another worker took the job)
     */
    public boolean complete(Tx tx, OutboxJob job, String claimToken, long nowMs) throws SQLException {
        boolean ours = tx.update("UPDATE outbox_job SET state = 'done', lease_until_ms = NULL, claim_token = NULL,"
                + " last_error = NULL, updated_ms = ? WHERE id = ? AND state = 'running' AND claim_token = ?",
                nowMs, job.id(), claimToken) == 1;
        if (ours) {
            tx.update("UPDATE outbox_job SET state = 'done', last_error = ?, updated_ms = ? WHERE record_id = ? AND kind = ? AND target = ? AND id < ?"
                            + " AND state = 'parked'",
                    "superseded by job " + job.id(), nowMs, job.recordId(), job.kind(), job.target(), job.id());
        }
        return ours;
    }

    /**
     * Records a failed attempt: the job waits until {@code nextAttemptMs}, or is parked when {@code park}.
     *
     * @return false when the claim is no longer ours
     */
    public boolean fail(Tx tx, OutboxJob job, String claimToken, String error, long nextAttemptMs, boolean park,
                        long nowMs) throws SQLException {
        return tx.update("UPDATE outbox_job SET state = ?, attempts = attempts + 1, next_attempt_ms = ?,"
                        + " lease_until_ms = NULL, claim_token = NULL, last_error = ?, updated_ms = ?"
                        + " WHERE id = ? AND state = 'running' AND claim_token = ?",
                park ? OutboxJob.PARKED : OutboxJob.PENDING, nextAttemptMs, truncate(error), nowMs, job.id(),
                claimToken) == 1;
    }

    /** Gives the jobs of a stopping worker back at once, instead of when their lease ends. */
    public int release(Tx tx, String claimToken, long nowMs) throws SQLException {
        return tx.update("UPDATE outbox_job SET state = 'pending', lease_until_ms = NULL, claim_token = NULL,"
                + " updated_ms = ? WHERE state = 'running' AND claim_token = ?", nowMs, claimToken);
    }

    /** Puts a parked job back in the queue, due now, with its attempts counted from zero. */
    public boolean retry(Tx tx, long id, long nowMs) throws SQLException {
        return tx.update("UPDATE outbox_job SET state = 'pending', attempts = 0, next_attempt_ms = ?, updated_ms = ?"
                + " WHERE id = ? AND state = 'parked'", nowMs, nowMs, id) == 1;
    }

    public Optional<OutboxJob> find(Tx tx, long id) throws SQLException {
        return tx.queryOne("SELECT " + COLUMNS + " FROM outbox_job WHERE id = ?", OutboxStore::job, id);
    }

    /** Jobs by id, oldest first, after {@code afterId}; {@code state} and {@code recordId} filter when not null. */
    public List<OutboxJob> list(Tx tx, String state, String recordId, long afterId, int limit) throws SQLException {
        return tx.query("SELECT " + COLUMNS + " FROM outbox_job WHERE id > ? AND (CAST(? AS VARCHAR(16)) IS NULL OR"
                        + " state = ?) AND (CAST(? AS VARCHAR(32)) IS NULL OR record_id = ?)"
                        + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
                OutboxStore::job, afterId, state, state, recordId, recordId);
    }

    /** How many jobs are in each state. */
    public java.util.Map<String, Integer> countByState(Tx tx) throws SQLException {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String s : List.of(OutboxJob.PENDING, OutboxJob.RUNNING, OutboxJob.DONE, OutboxJob.PARKED)) {
            counts.put(s, 0);
        }
        tx.query("SELECT state, COUNT(*) FROM outbox_job GROUP BY state", rs -> counts.put(rs.getString(1),
                rs.getInt(2)));
        return counts;
    }

    /** The record's jobs that have not finished (pending, running or parked), oldest first. */
    public List<OutboxJob> open(Tx tx, String recordId) throws SQLException {
        return tx.query("SELECT " + COLUMNS + " FROM outbox_job WHERE record_id = ? AND state <> 'done' ORDER BY id",
                OutboxStore::job, recordId);
    }

    private static OutboxJob job(java.sql.ResultSet rs) throws SQLException {
        return new OutboxJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getLong(8), rs.getString(9), rs.getLong(10), rs.getLong(11));
    }

    static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
