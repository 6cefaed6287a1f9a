package org.interopserver.integration;

import org.interopserver.publish.OutboundChanges;
import org.interopserver.security.SecretBox;
import org.interopserver.storage.Database;
import org.interopserver.storage.OrcidLink;
import org.interopserver.storage.OrcidStore;
import org.interopserver.storage.OrcidWork;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.StoredRecord;
import org.interopserver.storage.StoredRendition;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.interopserver.model.Record;
import org.interopserver.storage.RecordReader;

/**
 * Brings one record's work in one linked researcher's ORCID record in line with the record: created (or adopted,
 * when ORCID already has it) and updated while the record is public and credits them, deleted otherwise. A work
 * the researcher removed in ORCID is handled by the {@link RemovedWorkPolicy}; it never makes the job fail forever.
 */
public final class OrcidJobs implements JobHandler {

    private final Database db;
    private final RecordStore records;
    private final RenditionStore renditions;
    private final OrcidStore orcids;
    private final OrcidClient client;
    private final SecretBox tokens;
    private final RemovedWorkPolicy removedPolicy;
    private final String baseUrl;

    public OrcidJobs(Database db, RecordStore records, RenditionStore renditions, OrcidStore orcids,
                     OrcidClient client, SecretBox tokens, RemovedWorkPolicy removedPolicy, String baseUrl) {
        this.baseUrl = baseUrl;
        this.db = db;
        this.records = records;
        this.renditions = renditions;
        this.orcids = orcids;
        this.client = client;
        this.tokens = tokens;
        this.removedPolicy = removedPolicy;
    }

    private record Subject(Optional<OrcidLink> link, OrcidWork work, StoredRecord record, boolean credits,
                           StoredRendition metadata) {
    }

    @Override
    public Outcome run(OutboxJob job, long nowMs) throws RemoteFailure {
        String id = job.recordId();
        String orcid = job.target();
        Subject s = db.read(tx -> new Subject(orcids.findLink(tx, orcid),
                orcids.findWork(tx, id, orcid).orElse(new OrcidWork(id, orcid, null, OrcidWork.PENDING, nowMs)),
                records.find(tx, id).orElseThrow(), orcids.credits(tx, id).contains(orcid),
                renditions.find(tx, id, OutboundChanges.ORCID_WORK_FORMAT).orElse(null)));
        if (s.link().isEmpty() || OrcidWork.STOPPED.equals(s.work().state())) {
            return Outcome.NOTHING; // unlinked since, or removed by the researcher: nothing to do on their behalf
        }
        String token = tokens.open(s.link().get().sealedToken());
        boolean wanted = s.record().isPublic() && s.credits() && s.metadata() != null;
        OrcidWork work = s.work();
        OrcidWork result;
        if (!wanted) {
            // a create whose answer was lost left a work without the server knowing its put-code: look for it
            String putCode = work.putCode() != null ? work.putCode()
                    : OrcidWork.PENDING.equals(work.state())
                    ? client.findSame(orcid, token, selfIds(s)).orElse(null) : null;
            if (putCode != null) {
                client.delete(orcid, token, putCode);
            }
            result = work.with(null, OrcidWork.DELETED, nowMs);
        } else if (work.putCode() == null) {
            result = work.with(createOrAdopt(orcid, token, s.metadata().content()), OrcidWork.SYNCED, nowMs);
        } else {
            OrcidClient.Answer answer = client.update(orcid, token, work.putCode(), s.metadata().content());
            if (answer == OrcidClient.Answer.OK) {
                result = work.with(work.putCode(), OrcidWork.SYNCED, nowMs);
            } else if (answer == OrcidClient.Answer.DUPLICATE) {
                throw new RemoteFailure(409, null, "ORCID refused the update of work " + work.putCode() + " of "
                        + orcid + ": another of their works has the same identifiers");
            } else if (removedPolicy == RemovedWorkPolicy.STOP) {
                result = work.with(null, OrcidWork.STOPPED, nowMs);
            } else {
                result = work.with(createOrAdopt(orcid, token, s.metadata().content()), OrcidWork.SYNCED, nowMs);
            }
        }
        return tx -> orcids.saveWork(tx, result);
    }

    /**
     * The self identifiers the record's work has: from its rendition, or, for a deleted record (which has none),
     * the two the crosswalk gives every work it can: the DOI and the landing page.
     */
    private Set<WorkIdentifiers.SelfId> selfIds(Subject s) {
        if (s.metadata() != null) {
            return WorkIdentifiers.selfIds(s.metadata().content());
        }
        Record record = RecordReader.toModel(s.record());
        Set<WorkIdentifiers.SelfId> ids = new LinkedHashSet<>();
        if (record.pids != null && record.pids.doi != null) {
            ids.add(new WorkIdentifiers.SelfId("doi", record.pids.doi.identifier));
        }
        ids.add(new WorkIdentifiers.SelfId("uri", baseUrl + "/records/" + record.id));
        return ids;
    }

    /**
     * Creates the work; when ORCID already has one of ours with the same identifiers (an earlier create whose
     * answer was lost), that work is adopted and brought up to date instead.
     */
    private String createOrAdopt(String orcid, String token, String workXml) throws RemoteFailure {
        OrcidClient.Created created = client.create(orcid, token, workXml);
        if (created.answer() == OrcidClient.Answer.OK) {
            return created.putCode();
        }
        String existing = client.findSame(orcid, token, workXml).orElseThrow(() -> new RemoteFailure(409, null,
                "ORCID reports a duplicate work for " + orcid + " but lists none with the same identifiers"));
        if (client.update(orcid, token, existing, workXml) != OrcidClient.Answer.OK) {
            throw new RemoteFailure(409, null, "the duplicate work " + existing + " of " + orcid
                    + " could not be updated");
        }
        return existing;
    }
}
