package org.interopserver.integration;

import org.interopserver.storage.Database;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.OutboxStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
     * Runs due jobs until none is due. Never throws: a database outage is logged and the next poll tries again.
     *
     * @return how many jobs were run
     */
    public int drain() {
        int run = 0;
        try {
            while (true) {
                List<OutboxJob> claimed = db.inTransaction(tx -> outbox.claim(tx, settings.concurrency(),
                        clock.millis(), settings.lease().toMillis(), claimToken));
                if (claimed.isEmpty()) {
                    return run;
                }
                List<Future<?>> running = new ArrayList<>();
                for (OutboxJob job : claimed) {
                    running.add(pool.submit((Callable<Void>) () -> {
                        process(job);
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                run += claimed.size();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            LOG.log(Level.WARNING, "outbox worker stopped early; it goes on at the next poll", e);
        }
        return run;
    }

    /** Gives this worker's running jobs back to the queue (at shutdown), so no one waits for their lease. */
    public void release() {
        int released = db.inTransaction(tx -> outbox.release(tx, claimToken, clock.millis()));
        if (released > 0) {
            LOG.info(() -> "outbox: " + released + " running job(s) given back at shutdown");
        }
    }

    private void process(OutboxJob job) {
        JobHandler handler = handlers.get(job.kind());
        try {
            if (handler == null) {
                throw new RemoteFailure(0, null, "no handler for jobs of kind " + job.kind()
                        + " (is the service configured on this node?)");
            }
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
                        + " taken it over (raise INTEROP_OUTBOX_LEASE)");
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
