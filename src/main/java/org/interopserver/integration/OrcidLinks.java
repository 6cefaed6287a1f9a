package org.interopserver.integration;

import org.interopserver.model.Identifiers;
import org.interopserver.publish.ConflictException;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.OutboundChanges;
import org.interopserver.security.SecretBox;
import org.interopserver.storage.Database;
import org.interopserver.storage.OrcidLink;
import org.interopserver.storage.OrcidStore;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.StoredRecord;

import java.time.Clock;
import java.util.List;

/**
 * Researchers' ORCID iDs linked to member-API tokens. Linking queues a job for every record crediting the iD, so
 * their existing records reach ORCID too; the token is stored sealed and never handed out again.
 */
public final class OrcidLinks {

    private final Database db;
    private final OrcidStore orcids;
    private final RecordStore records;
    private final OutboundChanges outbound;
    private final SecretBox tokens;
    private final Clock clock;
    private final boolean configured;

    public OrcidLinks(Database db, OrcidStore orcids, RecordStore records, OutboundChanges outbound, SecretBox tokens,
                      Clock clock, boolean configured) {
        this.configured = configured;
        this.db = db;
        this.orcids = orcids;
        this.records = records;
        this.outbound = outbound;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Links (or re-links, resuming works the researcher had removed) the iD; returns the records queued. */
    public int link(String orcid, String accessToken) {
        requireOrcid(orcid);
        if (!configured) {
            throw new ConflictException("ORCID sync is not configured on this server (INTEROP_ORCID_API_URL)");
        }
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 500) {
            throw new InvalidInputException("access_token", "is required (an ORCID member-API access token)");
        }
        String sealed = tokens.seal(accessToken.strip());
        return db.inTransaction(tx -> {
            // record writes in flight finish first and later ones wait: none slips between link and queueing
            records.lockWriters(tx);
            long now = clock.millis();
            orcids.link(tx, orcid, sealed, now);
            orcids.resumeStopped(tx, orcid, now);
            int queued = 0;
            for (String recordId : orcids.creditedRecords(tx, orcid)) {
                StoredRecord record = records.find(tx, recordId).orElseThrow();
                boolean wanted = record.isPublic();
                outbound.queueOrcid(tx, recordId, orcid, wanted, now);
                queued += wanted ? 1 : 0;
            }
            return queued;
        });
    }

    /** Stops syncing for the iD; works already in ORCID stay there (the researcher owns their record). */
    public boolean unlink(String orcid) {
        requireOrcid(orcid);
        return db.inTransaction(tx -> orcids.unlink(tx, orcid));
    }

    public List<OrcidLink> links() {
        return db.read(orcids::links);
    }

    public static void requireOrcid(String orcid) {
        if (!Identifiers.isOrcid(orcid)) {
            throw new InvalidInputException("orcid", "is not a valid ORCID iD (bare form 0000-0000-0000-0000 with a"
                    + " correct check digit)");
        }
    }
}
