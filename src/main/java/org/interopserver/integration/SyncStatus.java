package org.interopserver.integration;

import org.interopserver.model.Creator;
import org.interopserver.model.Record;
import org.interopserver.publish.OutboundChanges;
import org.interopserver.storage.Database;
import org.interopserver.storage.DoiRegistration;
import org.interopserver.storage.DoiRegistrationStore;
import org.interopserver.storage.OrcidStore;
import org.interopserver.storage.OrcidWork;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.OutboxStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far the outside world has a record: its DOI's state at DataCite and, per creator with an ORCID iD, its
 * work's state in their ORCID record. A parked job shows as {@code error} with its last error; a job waiting or
 * running shows as {@code syncing}.
 */
public final class SyncStatus {

    private final Database db;
    private final DoiRegistrationStore dois;
    private final OrcidStore orcids;
    private final OutboxStore outbox;

    public SyncStatus(Database db, DoiRegistrationStore dois, OrcidStore orcids, OutboxStore outbox) {
        this.db = db;
        this.dois = dois;
        this.orcids = orcids;
        this.outbox = outbox;
    }

    /**
     * The record's sync state; {@code withDetails} (for staff) adds put-codes and the last error of a job, which
     * quotes what the service answered.
     */
    public Map<String, Object> of(Record record, boolean withDetails) {
        return db.read(tx -> {
            List<OutboxJob> open = outbox.open(tx, record.id);
            Map<String, Object> status = new LinkedHashMap<>();
            Optional<DoiRegistration> doi = dois.find(tx, record.id);
            if (doi.isPresent()) {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("doi", doi.get().doi());
                putState(view, doi.get().state(), doi.get().updatedMs(),
                        jobOf(open, OutboundChanges.DOI_JOB, doi.get().doi()), withDetails);
                status.put("doi", view);
            }
            List<Map<String, Object>> creators = new ArrayList<>();
            for (Creator creator : record.metadata.creators) {
                for (String orcid : OutboundChanges.orcidsOf(creator)) {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("name", creator.personOrOrg.name);
                    view.put("orcid", orcid);
                    boolean linked = orcids.isLinked(tx, orcid);
                    view.put("linked", linked);
                    Optional<OrcidWork> work = orcids.findWork(tx, record.id, orcid);
                    if (work.isPresent() && !(OrcidWork.PENDING.equals(work.get().state()) && !linked)) {
                        if (withDetails) {
                            view.put("put_code", work.get().putCode());
                        }
                        putState(view, work.get().state(), work.get().updatedMs(),
                                jobOf(open, OutboundChanges.ORCID_JOB, orcid), withDetails);
                    } else {
                        // never sent: nothing to say but whether it will be
                        view.put("state", linked ? "not-sent" : "not-linked");
                    }
                    creators.add(view);
                }
            }
            status.put("orcid", creators);
            return status;
        });
    }

    private static Optional<OutboxJob> jobOf(List<OutboxJob> open, String kind, String target) {
        // the newest open job speaks for the subject: older parked ones are covered by it
        return open.stream().filter(j -> j.kind().equals(kind) && j.target().equals(target))
                .reduce((older, newer) -> newer);
    }

    private static void putState(Map<String, Object> view, String state, long updatedMs, Optional<OutboxJob> job,
                                 boolean withDetails) {
        boolean parked = job.isPresent() && OutboxJob.PARKED.equals(job.get().state());
        view.put("state", parked ? "error" : state);
        view.put("syncing", job.isPresent() && !parked);
        view.put("updated", Instant.ofEpochMilli(updatedMs).toString());
        job.filter(j -> withDetails).ifPresent(j -> {
            view.put("job", j.id());
            if (j.lastError() != null) {
                view.put("last_error", j.lastError());
            }
        });
    }
}
