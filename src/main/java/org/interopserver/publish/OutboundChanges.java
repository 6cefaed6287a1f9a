package org.interopserver.publish;

import org.interopserver.model.Creator;
import org.interopserver.model.Record;
import org.interopserver.storage.DoiRegistrationStore;
import org.interopserver.storage.OrcidStore;
import org.interopserver.storage.OrcidWork;
import org.interopserver.storage.OutboxStore;
import org.interopserver.storage.Tx;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, inside the write transaction of a record change, which outbox jobs the change causes: a DOI job when
 * what DataCite shows of the record changed, an ORCID job per linked creator whose work changed. Jobs carry no
 * payload; the worker reads the record as it is when the job runs, so a job never sends stale metadata.
 */
public final class OutboundChanges {

    /** Outbox job kinds. */
    public static final String DOI_JOB = "doi";
    public static final String ORCID_JOB = "orcid";
    /** The renditions sent to DataCite and ORCID (format registry names). */
    public static final String DATACITE_FORMAT = "datacite";
    public static final String ORCID_WORK_FORMAT = "orcid-work";

    private final Outbound outbound;
    private final OutboxStore outbox = new OutboxStore();
    private final DoiRegistrationStore dois = new DoiRegistrationStore();
    private final OrcidStore orcids = new OrcidStore();

    public OutboundChanges(Outbound outbound) {
        this.outbound = outbound;
    }

    /** What the outside world sees of one state of a record. */
    public record Published(boolean isPublic, String serverDoi, String dataciteXml, String orcidWork,
                            Set<String> creatorOrcids) {

        /** {@code renditions}: the record's renditions by format (none for a deleted record). */
        public static Published of(Record record, boolean isPublic, Map<String, String> renditions) {
            String serverDoi = record.pids != null && record.pids.doi != null
                    && "datacite".equals(record.pids.doi.provider) ? record.pids.doi.identifier : null;
            return new Published(isPublic, serverDoi, renditions.get(DATACITE_FORMAT),
                    renditions.get(ORCID_WORK_FORMAT), OutboundChanges.creatorOrcids(record));
        }
    }

    /** The bare ORCID iDs of the record's creators. */
    public static Set<String> creatorOrcids(Record record) {
        Set<String> ids = new TreeSet<>();
        if (record.metadata != null) {
            record.metadata.creators.forEach(creator -> ids.addAll(orcidsOf(creator)));
        }
        return ids;
    }

    /** The ORCID iDs one creator is given (normally one). */
    public static List<String> orcidsOf(Creator creator) {
        if (creator.personOrOrg == null) {
            return List.of();
        }
        return creator.personOrOrg.identifiers.stream().filter(id -> "orcid".equals(id.scheme) && id.identifier != null)
                .map(id -> id.identifier).toList();
    }

    /**
     * Queues the jobs a change from {@code before} (null for a new record) to {@code after} causes, and keeps the
     * record's credited ORCID iDs and reserved DOI noted.
     */
    public void written(Tx tx, String recordId, Published before, Published after, long nowMs) throws SQLException {
        orcids.placeCredits(tx, recordId, after.creatorOrcids());
        if (after.serverDoi() != null) {
            dois.reserve(tx, recordId, after.serverDoi(), nowMs);
            boolean changed = before == null ? after.isPublic()
                    : before.isPublic() != after.isPublic() || !Objects.equals(before.dataciteXml(), after.dataciteXml());
            if (outbound.registersDois() && changed) {
                outbox.enqueue(tx, recordId, DOI_JOB, after.serverDoi(), nowMs);
            }
        }
        if (!outbound.syncsOrcid()) {
            return;
        }
        Set<String> concerned = new TreeSet<>(after.creatorOrcids());
        if (before != null) {
            concerned.addAll(before.creatorOrcids());
        }
        for (String orcid : concerned) {
            boolean wantedBefore = before != null && before.isPublic() && before.creatorOrcids().contains(orcid);
            boolean wantedAfter = after.isPublic() && after.creatorOrcids().contains(orcid);
            boolean changed = wantedBefore != wantedAfter
                    || wantedAfter && !Objects.equals(before.orcidWork(), after.orcidWork());
            if (changed && orcids.isLinked(tx, orcid)) {
                queueOrcid(tx, recordId, orcid, wantedAfter, nowMs);
            }
        }
    }

    /**
     * Queues an ORCID job for one record and linked iD, unless there is nothing to do: a work never sent that is
     * not wanted, or one the researcher removed (by policy not put back).
     */
    public void queueOrcid(Tx tx, String recordId, String orcid, boolean wanted, long nowMs) throws SQLException {
        OrcidWork work = orcids.findWork(tx, recordId, orcid).orElse(null);
        if (work != null && OrcidWork.STOPPED.equals(work.state())) {
            return;
        }
        if (work == null) {
            if (!wanted) {
                return;
            }
            orcids.saveWork(tx, new OrcidWork(recordId, orcid, null, OrcidWork.PENDING, nowMs));
        }
        outbox.enqueue(tx, recordId, ORCID_JOB, orcid, nowMs);
    }
}
