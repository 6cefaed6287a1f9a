package org.interopserver.storage;

import java.time.Instant;

/**
 * One record as a harvester of some scope sees it.
 *
 * @param gone    deleted, restricted or (for a set harvest) no longer in the set: a header with status deleted
 * @param content the rendition in the harvested format; null when gone or when only headers were asked for
 */
public record HarvestRow(String recordId, long seq, Instant datestamp, boolean gone, String content) {
}
