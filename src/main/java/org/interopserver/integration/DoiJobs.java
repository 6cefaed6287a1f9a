package org.interopserver.integration;

import org.interopserver.publish.OutboundChanges;
import org.interopserver.storage.Database;
import org.interopserver.storage.DoiRegistration;
import org.interopserver.storage.DoiRegistrationStore;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.StoredRecord;
import org.interopserver.storage.StoredRendition;

/**
 * Brings a record's DOI at DataCite in line with the record: findable with the current DataCite rendition while
 * the record is public; registered (hidden from search, still resolving to the landing page, which shows the
 * tombstone) once it is deleted or restricted. A DOI DataCite never saw is left reserved.
 */
public final class DoiJobs implements JobHandler {

    private final Database db;
    private final RecordStore records;
    private final RenditionStore renditions;
    private final DoiRegistrationStore registrations;
    private final DataciteClient datacite;
    private final String baseUrl;

    public DoiJobs(Database db, RecordStore records, RenditionStore renditions, DoiRegistrationStore registrations,
                   DataciteClient datacite, String baseUrl) {
        this.db = db;
        this.records = records;
        this.renditions = renditions;
        this.registrations = registrations;
        this.datacite = datacite;
        this.baseUrl = baseUrl;
    }

    private record Subject(StoredRecord record, StoredRendition metadata, DoiRegistration registration) {
    }

    @Override
    public Outcome run(OutboxJob job, long nowMs) throws RemoteFailure {
        String id = job.recordId();
        Subject subject = db.read(tx -> new Subject(records.find(tx, id).orElseThrow(),
                renditions.find(tx, id, OutboundChanges.DATACITE_FORMAT).orElse(null),
                registrations.find(tx, id).orElseThrow()));
        String doi = subject.registration().doi();
        String landingPage = baseUrl + "/records/" + id;
        if (subject.record().isPublic() && subject.metadata() != null) {
            datacite.publish(doi, landingPage, subject.metadata().content());
            return tx -> registrations.setState(tx, id, DoiRegistration.FINDABLE, nowMs);
        }
        // "reserved" may be wrong: a publish whose answer was lost reached DataCite all the same, so ask
        if (DoiRegistration.RESERVED.equals(subject.registration().state())
                && datacite.state(doi).filter(state -> !state.equals("draft")).isEmpty()) {
            return Outcome.NOTHING; // never shown to anyone: nothing to hide
        }
        datacite.hide(doi, landingPage);
        return tx -> registrations.setState(tx, id, DoiRegistration.REGISTERED, nowMs);
    }
}
