package org.interopserver.storage;

import java.time.Instant;

/**
 * A record as stored: its current revision's JSON plus the columns that queries need.
 *
 * @param datestamp           last change that affects what is published (seconds)
 * @param seq                 change sequence number of that change, strictly increasing across the repository
 * @param latestVersionIndex  the highest version index of the record's concept
 */
public record StoredRecord(String id, String conceptId, int versionIndex, int latestVersionIndex, int revisionId,
                           long seq, Instant datestamp, Instant created, boolean restricted, boolean deleted,
                           String json) {

    /** Whether harvesters, DataCite, ORCID and the public see the record. */
    public boolean isPublic() {
        return !deleted && !restricted;
    }
}
