package org.interopserver.publish;

import org.interopserver.crosswalk.InvalidRenditionsException;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.ServerStateStore;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Re-renders every record after the crosswalks changed (a new stylesheet, registry entry or vocabulary), one
 * record per transaction, with progress in the log. Records that a new crosswalk cannot render validly keep
 * their old renditions and are reported. The fingerprint of the crosswalks the renditions were made with is kept
 * in the database, so a server that starts with different crosswalks knows it must refresh.
 */
public final class RenditionRefresh {

    private static final Logger LOG = Logger.getLogger(RenditionRefresh.class.getName());
    static final String FINGERPRINT = "crosswalk-fingerprint";
    private static final int BATCH = 200;

    /** Where a refresh stands; {@code finished} is null while it runs. */
    public record Progress(Instant started, Instant finished, long total, long done, long changed,
                           Map<String, String> failures) {
        public boolean running() {
            return finished == null;
        }
    }

    private final RecordPublisher publisher;
    private final Database db;
    private final RecordStore records;
    private final ServerStateStore state;
    private final String fingerprint;
    private final Clock clock;
    private final AtomicReference<Progress> progress = new AtomicReference<>();

    public RenditionRefresh(RecordPublisher publisher, Database db, RecordStore records, ServerStateStore state,
                            String fingerprint, Clock clock) {
        this.publisher = publisher;
        this.db = db;
        this.records = records;
        this.state = state;
        this.fingerprint = fingerprint;
        this.clock = clock;
    }

    /** Whether the stored renditions were made with other crosswalks than the running ones. */
    public boolean isStale() {
        return !db.read(tx -> state.find(tx, FINGERPRINT)).map(fingerprint::equals).orElse(false);
    }

    public Progress progress() {
        return progress.get();
    }

    /**
     * Claims the refresh: false when one is already running. The caller then runs {@link #run()}, usually on
     * a background thread.
     */
    public boolean start() {
        Progress current = progress.get();
        if (current != null && current.running()) {
            return false;
        }
        return progress.compareAndSet(current, new Progress(clock.instant(), null, 0, 0, 0, Map.of()));
    }

    /** Re-renders every record; call after {@link #start()} succeeded. */
    public Progress run() {
        Instant started = progress.get().started();
        long total = db.read(records::count);
        long[] done = {0};
        long[] changed = {0};
        Map<String, String> failures = new LinkedHashMap<>();
        LOG.info(() -> "re-rendering the renditions of " + total + " records");
        AllRecords.forEachBatch(db, records, BATCH, ids -> {
            for (String id : ids) {
                try {
                    changed[0] += publisher.rerender(id) ? 1 : 0;
                } catch (InvalidRenditionsException | InvalidInputException e) {
                    failures.put(id, e.getMessage());
                    LOG.warning(() -> "record " + id + " keeps its old renditions: " + e.getMessage());
                }
                done[0]++;
            }
            progress.set(new Progress(started, null, total, done[0], changed[0], Map.copyOf(failures)));
            long d = done[0];
            long c = changed[0];
            LOG.info(() -> "re-rendered " + d + " of " + total + " records (" + c + " changed)");
        });
        if (failures.isEmpty()) {
            db.inTransaction(tx -> {
                state.put(tx, FINGERPRINT, fingerprint);
                return null;
            });
        }
        Progress finished = new Progress(started, clock.instant(), total, done[0], changed[0], Map.copyOf(failures));
        progress.set(finished);
        LOG.info(() -> "renditions refreshed: " + finished.done() + " records, " + finished.changed() + " changed, "
                + finished.failures().size() + " failed");
        return finished;
    }

    /** Marks the stored renditions as made with the running crosswalks (an empty repository needs no refresh). */
    public void markCurrent() {
        db.inTransaction(tx -> {
            state.put(tx, FINGERPRINT, fingerprint);
            return null;
        });
    }
}
