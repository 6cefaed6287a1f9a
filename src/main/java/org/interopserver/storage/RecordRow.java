package org.interopserver.storage;

import java.time.Instant;
import java.util.List;

/** What the publish path hands to the store for one new revision of a record. */
public record RecordRow(String id, String conceptId, int versionIndex, int revisionId, Instant datestamp,
                        Instant created, String resourceType, boolean restricted, boolean deleted, String doi,
                        List<String> communities, String json, SearchFields search) {

    /** Whether harvesters and the public see this revision. */
    public boolean isPublic() {
        return !restricted && !deleted;
    }
}
