package org.interopserver.integration;

import org.interopserver.storage.Database;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.OutboxStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * Takes due jobs from the outbox and carries them out. Any number of workers, on any number of nodes, can run
 * against one database: a claim locks the rows it takes and skips rows others hold, and only the holder of a
 * claim can finish the job. Failures are tried again with backoff; after {@code maxAttempts} the job is parked.
 */
public final class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    private final Database db;
    private final OutboxStore outbox;
    private final Map<String, JobHandler> handlers;
    private final WorkerSettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private final ExecutorService pool;
    /** This worker's claims, so that it can give them back when it stops. */
    private final String claimToken = UUID.randomUUID().toString();
    /** Held while jobs are claimed or running, so that stopping can wait for them. */
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean stopping;

    public OutboxWorker(Database db, OutboxStore outbox, Map<String, JobHandler> handlers, WorkerSettings settings,
                        Clock clock, ExecutorService pool, RandomGenerator random) {
        this.db = db;
        this.outbox = outbox;
        this.handlers = Map.copyOf(handlers);
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax(), random);
        this.clock = clock;
        this.pool = pool;
    }

    /**
     * Runs due jobs until none is due and none is running. Jobs run {@code concurrency} at a time, and a slot is
     * filled again as soon as it frees: one slow call does not hold up the others. Never throws: a database outage
     * is logged and the next poll tries again.
     *
     * @return how many jobs were run
     */
    public int drain() {
        if (!draining.tryLock()) {
            return 0; // another drain of this worker is at it
        }
        Semaphore slots = new Semaphore(settings.concurrency());
        int run = 0;
        try {
            while (!stopping) {
                slots.acquire(); // at least one free slot
                int free = 1 + slots.drainPermits();
                List<OutboxJob> claimed = db.inTransaction(tx -> outbox.claim(tx, handlers.keySet(), free,
                        clock.millis(), settings.lease().toMillis(), settings.maxAttempts(), claimToken));
                slots.release(free - claimed.size());
                if (claimed.isEmpty()) {
                    if (slots.availablePermits() == settings.concurrency()) {
                        break; // nothing due, nothing running
                    }
                    awaitOne(slots); // a running job may make another one due (its subject's next)
                    continue;
                }
                for (OutboxJob job : claimed) {
                    pool.submit(() -> {
                        try {
                            process(job);
                        } finally {
                            slots.release();
                        }
                    });
                }
                run += claimed.size();
            }
            // stopping: let the jobs in hand finish before the lock is given up
            slots.acquire(settings.concurrency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox worker stopped early; it goes on at the next poll", e);
        } finally {
            draining.unlock();
        }
        return run;
    }

    /** Waits until one more slot is free than now, or a short while (jobs may fall due meanwhile). */
    private static void awaitOne(Semaphore slots) throws InterruptedException {
        int before = slots.availablePermits();
        if (slots.tryAcquire(before + 1, 200, TimeUnit.MILLISECONDS)) {
            slots.release(before + 1);
        }
    }

    /**
     * Stops claiming, waits up to {@code wait} for the jobs in hand to finish, then gives back any claim left (one a
     * failed drain did not finish). Jobs still running after the wait keep their claim: giving them back would let
     * another node run them a second time; their lease runs out instead.
     */
    public void stop(Duration wait) throws InterruptedException {
        stopping = true;
        if (!draining.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warning(() -> "outbox: jobs still running at shutdown; other nodes take them over when their lease"
                    + " runs out");
            return;
        }
        try {
            int released = db.inTransaction(tx -> outbox.release(tx, claimToken, clock.millis()));
            if (released > 0) {
                LOG.info(() -> "outbox: " + released + " claimed job(s) given back at shutdown");
            }
        } finally {
            draining.unlock();
        }
    }

    private void process(OutboxJob job) {
        JobHandler handler = handlers.get(job.kind()); // claims take only kinds this worker has
        try {
            JobHandler.Outcome outcome = handler.run(job, clock.millis());
            boolean ours = db.inTransaction(tx -> {
                boolean stillOurs = outbox.complete(tx, job, claimToken, clock.millis());
                if (stillOurs) {
                    outcome.store(tx);
                }
                return stillOurs;
            });
            if (!ours) {
                LOG.warning(() -> "outbox job " + job.id() + " finished after its lease ran out; another worker has"
                        + " taken it over (raise INTEROP_OUTBOX_LEASE_MS)");
            }
        } catch (RemoteFailure e) {
            failed(job, e.getMessage(), e.retryAfter());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox job " + job.id() + " failed unexpectedly", e);
            failed(job, e.toString(), Optional.empty());
        }
    }

    private void failed(OutboxJob job, String error, Optional<Duration> retryAfter) {
        int failures = job.attempts() + 1;
        boolean park = failures >= settings.maxAttempts();
        long next = clock.millis() + backoff.after(failures, retryAfter).toMillis();
        db.inTransaction(tx -> outbox.fail(tx, job, claimToken, error, next, park, clock.millis()));
        if (park) {
            LOG.warning(() -> "outbox job " + job.id() + " (" + job.kind() + " " + job.target() + " of record "
                    + job.recordId() + ") parked after " + failures + " failed attempts: " + error);
        } else {
            LOG.fine(() -> "outbox job " + job.id() + " failed (attempt " + failures + "): " + error);
        }
    }
}
