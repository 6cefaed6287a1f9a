package org.interopserver.storage;

import java.time.Instant;

/**
 * A listing of records, newest change first, one page at a time.
 *
 * @param beforeSeq         keyset cursor: only records changed before this change (null for the first page)
 * @param includeRestricted whether restricted records are visible to the caller
 */
public record RecordQuery(String community, String resourceType, Instant updatedSince, Long beforeSeq,
                          boolean includeRestricted, int size) {
}
