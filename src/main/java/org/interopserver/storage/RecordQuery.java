package org.interopserver.storage;

import java.time.Instant;

/**
 * A listing of records, newest change first, at most {@code limit} of them.
 *
 * @param beforeSeq         keyset cursor: only records changed before this change (null for the first page)
 * @param includeRestricted whether restricted records are visible to the caller
 */
public record RecordQuery(String community, String resourceType, Instant updatedSince, Long beforeSeq,
                          boolean includeRestricted, int limit) {
}
