package org.interopserver.publish;

import org.interopserver.crosswalk.InvalidRenditionsException;
import org.interopserver.crosswalk.Renderer;
import org.interopserver.crosswalk.Rendition;
import org.interopserver.model.Access;
import org.interopserver.model.AccessStatus;
import org.interopserver.model.ModelJson;
import org.interopserver.model.ModelXml;
import org.interopserver.model.Parent;
import org.interopserver.model.Pid;
import org.interopserver.model.Pids;
import org.interopserver.model.Record;
import org.interopserver.model.RecordValidator;
import org.interopserver.model.Tombstone;
import org.interopserver.model.Versions;
import org.interopserver.model.Violation;
import org.interopserver.publish.OutboundChanges.Published;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.ConcurrentChangeException;
import org.interopserver.storage.HarvestItemStore;
import org.interopserver.storage.QuerySetStore;
import org.interopserver.storage.SetMembershipStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordRow;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.StoredRecord;
import org.interopserver.storage.Tx;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one write path for records: validate, fill in what the server owns, make the canonical XML (checked against
 * the model schema), render and validate every format, then store the new revision with its renditions in one
 * transaction, together with the OAI sets the record is in. Nothing else writes records, renditions or set
 * memberships. Datestamps are taken after the change's seq: the counter row lock is held until commit, so
 * datestamps never go backwards in seq order (which incremental harvesting relies on).
 */
public final class RecordPublisher {

    private static final int MAX_ATTEMPTS = 5;

    /**
     * Version of the rules for what is derived from a record besides its renditions (its OAI sets, its search
     * fields, its harvest row). Part of the
     * fingerprint {@link RenditionRefresh} compares: raising it re-derives every record at the next start.
     */
    public static final String DERIVED_VERSION = "sets-1+search-1+harvest-1+orcid-1";

    private final Database db;
    private final RecordStore records;
    private final CommunityStore communities;
    private final RenditionStore renditions;
    private final Renderer renderer;
    private final String repositoryId;
    private final Clock clock;
    private final Supplier<String> ids;
    private final HarvestSets sets = new HarvestSets(new SetMembershipStore(), new QuerySetStore());
    private final HarvestItemStore harvestItems = new HarvestItemStore();
    private final Outbound outbound;
    private final OutboundChanges outboundChanges;

    public RecordPublisher(Database db, RecordStore records, CommunityStore communities, RenditionStore renditions,
                           Renderer renderer, String repositoryId, Clock clock) {
        this(db, records, communities, renditions, renderer, repositoryId, clock, IdGenerator::newId);
    }

    /** With {@code outbound} saying which DOIs to reserve and which DataCite and ORCID jobs changes queue. */
    public RecordPublisher(Database db, RecordStore records, CommunityStore communities, RenditionStore renditions,
                           Renderer renderer, String repositoryId, Clock clock, Outbound outbound) {
        this(db, records, communities, renditions, renderer, repositoryId, clock, IdGenerator::newId, outbound);
    }

    /** With {@code ids} handing out record and concept ids (random in production, predictable in tests). */
    public RecordPublisher(Database db, RecordStore records, CommunityStore communities, RenditionStore renditions,
                           Renderer renderer, String repositoryId, Clock clock, Supplier<String> ids) {
        this(db, records, communities, renditions, renderer, repositoryId, clock, ids, Outbound.NONE);
    }

    /** With both. */
    public RecordPublisher(Database db, RecordStore records, CommunityStore communities, RenditionStore renditions,
                           Renderer renderer, String repositoryId, Clock clock, Supplier<String> ids,
                           Outbound outbound) {
        this.outbound = outbound;
        this.outboundChanges = new OutboundChanges(outbound);
        this.db = db;
        this.records = records;
        this.communities = communities;
        this.renditions = renditions;
        this.renderer = renderer;
        this.repositoryId = repositoryId;
        this.clock = clock;
        this.ids = ids;
    }

    /** A new record; with {@code parent.id} set, a new version of that concept. */
    public Record create(Record input) {
        requireValid(input);
        Instant now = now();
        String id = ids.get();
        Record record = ModelJson.copy(input);
        record.id = id;
        record.created = record.updated = now.toString();
        record.revisionId = 1;
        record.tombstone = null;
        record.pids = pidsFor(id, input.pids, null);
        record.communities = new ArrayList<>(new LinkedHashSet<>(input.communities));
        deriveAccessStatus(record);
        boolean newVersion = input.parent != null && input.parent.id != null;
        String conceptId = newVersion ? input.parent.id : ids.get();
        record.parent = new Parent(conceptId);
        return db.inTransaction(tx -> {
            // taken first: the counter lock serialises writers, so two new versions never get the same index
            long seq = records.nextSeq(tx);
            int versionIndex = 1;
            if (newVersion) {
                if (!records.conceptExists(tx, conceptId)) {
                    throw new InvalidInputException("parent.id", "no record has the concept id " + conceptId);
                }
                versionIndex = records.latestVersionIndex(tx, conceptId) + 1;
            }
            record.versions = new Versions();
            record.versions.index = versionIndex;
            requireCommunitiesExist(tx, record.communities);
            Map<String, String> rendered = render(record);
            RecordRow row = row(record, now(), now, false);
            records.insert(tx, row, seq);
            renditions.replace(tx, id, rendered);
            sets.place(tx, id, sets.specsOf(tx, record, row.isPublic()), seq);
            harvestItems.place(tx, id);
            outboundChanges.written(tx, id, null, Published.of(record, row.isPublic(), rendered), clock.millis());
            return readBack(tx, id);
        });
    }

    /** A new revision of an existing record; {@code expectedRevision} (from If-Match) guards against lost updates. */
    public Record update(String id, Record input, Integer expectedRevision) {
        requireValid(input);
        return changing(expectedRevision, () -> db.inTransaction(tx -> {
            StoredRecord stored = lockLive(tx, id, expectedRevision);
            Record current = RecordReader.toModel(stored);
            Record next = ModelJson.copy(input);
            next.tombstone = null; // only DELETE makes a tombstone
            next.pids = pidsFor(id, input.pids, current.pids);
            // membership is managed through the community endpoints, not by replacing the record
            next.communities = current.communities;
            deriveAccessStatus(next);
            return writeRevision(tx, stored, current, next);
        }));
    }

    /** Deletes the record, leaving a tombstone: the record stays, marked deleted, and keeps its history. */
    public Record delete(String id, String reason, Integer expectedRevision) {
        return changing(expectedRevision, () -> db.inTransaction(tx -> {
            StoredRecord stored = lockLive(tx, id, expectedRevision);
            Record current = RecordReader.toModel(stored);
            Record next = ModelJson.copy(current);
            next.tombstone = new Tombstone();
            next.tombstone.removalDate = now().toString();
            next.tombstone.reason = reason == null || reason.isBlank() ? null : reason.strip();
            return writeRevision(tx, stored, current, next);
        }));
    }

    /** Changes the communities a record belongs to; a real change is a new revision and bumps the datestamp. */
    public Record changeCommunities(String id, UnaryOperator<List<String>> change) {
        return changing(null, () -> db.inTransaction(tx -> {
            StoredRecord stored = lockLive(tx, id, null);
            Record current = RecordReader.toModel(stored);
            Record next = ModelJson.copy(current);
            next.communities = new ArrayList<>(new LinkedHashSet<>(change.apply(new ArrayList<>(current.communities))));
            requireCommunitiesExist(tx, next.communities);
            return writeRevision(tx, stored, current, next);
        }));
    }

    /**
     * Runs a change of an existing record. Should another writer get in between (the row lock normally prevents
     * it), a change based on a stated revision is stale; a change without one is simply tried again.
     */
    private Record changing(Integer expectedRevision, Supplier<Record> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ConcurrentChangeException e) {
                if (expectedRevision != null || attempt == MAX_ATTEMPTS) {
                    throw new StaleRevisionException(e.getMessage());
                }
            }
        }
    }

    private StoredRecord lockLive(Tx tx, String id, Integer expectedRevision) throws SQLException {
        StoredRecord stored = records.lock(tx, id).orElseThrow(() -> new UnknownIdException("record " + id));
        if (stored.deleted()) {
            throw new RecordGoneException(RecordReader.toModel(stored));
        }
        if (expectedRevision != null && expectedRevision != stored.revisionId()) {
            throw new StaleRevisionException(id, expectedRevision, stored.revisionId());
        }
        return stored;
    }

    /** Stores {@code next} as the new current revision unless it publishes nothing different from {@code current}. */
    private Record writeRevision(Tx tx, StoredRecord stored, Record current, Record next) throws SQLException {
        next.id = current.id;
        next.parent = current.parent;
        next.versions = current.versions;
        next.created = current.created;
        next.updated = current.updated;
        next.revisionId = current.revisionId;
        next.links = null;
        next.sync = null;
        if (ModelJson.write(next).equals(ModelJson.write(current))) {
            return current;
        }
        Instant now = now();
        next.updated = now.toString();
        next.revisionId = current.revisionId + 1;
        Map<String, String> rendered = render(next);
        Published before = published(tx, current, stored.isPublic());
        long seq = records.nextSeq(tx);
        RecordRow row = row(next, now(), stored.created(), next.tombstone != null);
        records.update(tx, row, seq);
        renditions.replace(tx, next.id, rendered);
        sets.place(tx, next.id, sets.specsOf(tx, next, row.isPublic()), seq);
        harvestItems.place(tx, next.id);
        outboundChanges.written(tx, next.id, before, Published.of(next, row.isPublic(), rendered), clock.millis());
        return readBack(tx, next.id);
    }

    /** What the outside world sees of the record as stored now (before a change replaces its renditions). */
    private Published published(Tx tx, Record record, boolean isPublic) throws SQLException {
        Map<String, String> sent = new LinkedHashMap<>();
        for (String format : List.of(OutboundChanges.DATACITE_FORMAT, OutboundChanges.ORCID_WORK_FORMAT)) {
            renditions.find(tx, record.id, format).ifPresent(r -> sent.put(format, r.content()));
        }
        return Published.of(record, isPublic, sent);
    }

    private Record readBack(Tx tx, String id) throws SQLException {
        return RecordReader.toModel(records.find(tx, id).orElseThrow());
    }

    /**
     * Re-derives what is stored alongside one record: its renditions (with the current crosswalks), its OAI sets and
     * its search fields.
     * When its renditions or sets change, the record gets a new seq and datestamp (not a new revision), so harvesters fetch it
     * again.
     *
     * @return whether anything changed
     * @throws InvalidRenditionsException if a current crosswalk cannot render it validly (its renditions are kept)
     */
    public boolean rerender(String id) {
        return rederive(id, true);
    }

    /** Re-derives the record's OAI sets (a query set was defined or changed), not its renditions; see {@link #rerender}. */
    public boolean reclassify(String id) {
        return rederive(id, false);
    }

    private boolean rederive(String id, boolean renditionsToo) {
        return db.inTransaction(tx -> {
            StoredRecord stored = records.lock(tx, id).orElse(null);
            if (stored == null) {
                return false;
            }
            Record record = RecordReader.toModel(stored);
            // not seen by harvesters: rewritten every time, no new seq
            records.updateSearch(tx, id, SearchText.of(record));
            Map<String, String> old = renditionsToo ? renditions.contents(tx, id) : null;
            Map<String, String> fresh = renditionsToo ? render(record) : null;
            boolean renditionsChanged = renditionsToo && !fresh.equals(old);
            if (renditionsToo) {
                // DataCite and ORCID get what a new crosswalk changed; credited iDs get noted for older records
                outboundChanges.written(tx, id, Published.of(record, stored.isPublic(), old),
                        Published.of(record, stored.isPublic(), fresh), clock.millis());
            }
            Set<String> specs = sets.specsOf(tx, record, stored.isPublic());
            boolean setsChanged = !specs.equals(sets.current(tx, id));
            if (!renditionsChanged && !setsChanged) {
                harvestItems.place(tx, id); // unchanged, but rows from before a format change get their formats
                return false;
            }
            if (renditionsChanged) {
                renditions.replace(tx, id, fresh);
            }
            // a deleted record keeps its place: its tombstone does not change with the crosswalks
            if (!stored.deleted() || setsChanged) {
                long seq = records.nextSeq(tx);
                records.touch(tx, id, seq, now());
                sets.place(tx, id, specs, seq);
            }
            harvestItems.place(tx, id);
            return true;
        });
    }

    /**
     * Every format of the record as it is stored, keyed by format name; none for a deleted record. The canonical
     * XML is checked against the model schema on the way.
     */
    private Map<String, String> render(Record record) {
        byte[] canonical;
        try {
            canonical = ModelXml.toXml(storedForm(record));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("", e.getMessage());
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        if (record.tombstone == null) {
            for (Rendition r : renderer.render(canonical)) {
                rendered.put(r.format(), r.text());
            }
        }
        return rendered;
    }

    /**
     * What is kept of a record: no navigation state such as "is the latest version", which changes without the
     * record changing (so neither its revisions nor its renditions depend on it).
     */
    private static Record storedForm(Record record) {
        Record stored = ModelJson.copy(record);
        stored.links = null;
        stored.sync = null;
        stored.versions = new Versions();
        stored.versions.index = record.versions.index;
        return stored;
    }

    private RecordRow row(Record record, Instant datestamp, Instant created, boolean deleted) {
        Record stored = storedForm(record);
        String doi = record.pids.doi == null ? null : record.pids.doi.identifier;
        return new RecordRow(record.id, record.parent.id, record.versions.index, record.revisionId, datestamp, created,
                record.metadata.resourceType.id, AccessStatus.isRecordRestricted(record.access), deleted, doi,
                record.communities, ModelJson.write(stored), SearchText.of(record));
    }

    private void requireValid(Record input) {
        List<Violation> violations = RecordValidator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * The OAI identifier is always the server's. A DOI is the client's unless the server reserved it: a DOI
     * with provider datacite can only be the one the record already has (a client sending back what it read).
     * A record left without a DOI gets one reserved when the server has a DOI prefix.
     */
    private Pids pidsFor(String id, Pids submitted, Pids current) {
        Pids pids = new Pids();
        pids.oai = new Pid("oai:" + repositoryId + ":" + id, "oai");
        Pid currentDoi = current == null ? null : current.doi;
        Pid submittedDoi = submitted == null ? null : submitted.doi;
        if (currentDoi != null && "datacite".equals(currentDoi.provider)) {
            pids.doi = currentDoi;
        } else if (submittedDoi != null && "datacite".equals(submittedDoi.provider)) {
            throw new InvalidInputException("pids.doi.provider",
                    "DataCite DOIs are assigned by the server; give an existing DOI with provider 'external'");
        } else {
            pids.doi = submittedDoi;
        }
        if (pids.doi == null) {
            // a record without a DOI of its own gets one reserved under the server's prefix
            pids.doi = outbound.doiFor(id).map(doi -> new Pid(doi, "datacite")).orElse(null);
        }
        return pids;
    }

    private void requireCommunitiesExist(Tx tx, List<String> slugs) throws SQLException {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (communities.find(tx, slugs.get(i)).isEmpty()) {
                violations.add(new Violation("communities[" + i + "]", "no community has the slug " + slugs.get(i)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The status follows the settings; only "closed" is a choice the settings cannot express. */
    private static void deriveAccessStatus(Record record) {
        Access access = record.access;
        String derived = AccessStatus.derive(access, record.files);
        boolean keepStated = access.status != null && AccessStatus.compatible(access.status, derived);
        access.status = keepStated ? access.status : derived;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
