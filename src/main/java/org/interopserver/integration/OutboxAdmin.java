package org.interopserver.integration;

import org.interopserver.publish.ConflictException;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.storage.Database;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.OutboxStore;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What operators see of the outbox and the one thing they do to it: put parked jobs back in the queue. */
public final class OutboxAdmin {

    private static final Set<String> STATES = Set.of(OutboxJob.PENDING, OutboxJob.RUNNING, OutboxJob.DONE,
            OutboxJob.PARKED);

    private final Database db;
    private final OutboxStore outbox;
    private final Clock clock;

    public OutboxAdmin(Database db, OutboxStore outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<OutboxJob> list(String state, String recordId, long afterId, int limit) {
        if (state != null && !STATES.contains(state)) {
            throw new InvalidInputException("state", "must be one of " + STATES.stream().sorted().toList());
        }
        return db.read(tx -> outbox.list(tx, state, recordId, afterId, limit));
    }

    public Map<String, Integer> counts() {
        return db.read(outbox::countByState);
    }

    public OutboxJob find(long id) {
        return db.read(tx -> outbox.find(tx, id)).orElseThrow(() -> new UnknownIdException("job " + id));
    }

    /** Queues a parked job again, due now, with its attempts counted anew. */
    public OutboxJob retry(long id) {
        return db.inTransaction(tx -> {
            OutboxJob job = outbox.find(tx, id).orElseThrow(() -> new UnknownIdException("job " + id));
            if (!outbox.retry(tx, id, clock.millis())) {
                throw new ConflictException("job " + id + " is " + job.state() + "; only parked jobs are retried");
            }
            return outbox.find(tx, id).orElseThrow();
        });
    }
}
