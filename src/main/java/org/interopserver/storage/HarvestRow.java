package org.interopserver.storage;

import java.time.Instant;

/**
 * One record as a harvester of some scope sees it.
 *
 * @param gone      deleted, restricted or (for a set harvest) no longer in the set: a header with status deleted
 * @param hasFormat whether the record has a rendition in the harvested format (false when gone)
 */
public record HarvestRow(String recordId, long seq, Instant datestamp, boolean gone, boolean hasFormat) {
}
