package org.interopserver.oai;

import org.interopserver.storage.HarvestStore;
import org.interopserver.storage.StorageException;
import org.interopserver.storage.Tx;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The renditions of one page, read from the page's snapshot a few at a time while the response is written: a
 * response holds one chunk of metadata in memory, however large the page.
 */
final class RenditionChunks {

    static final int CHUNK = 25;

    private final Tx tx;
    private final HarvestStore harvest;
    private final String format;
    private final List<String> recordIds;
    private Map<String, String> chunk = Map.of();

    /** @param recordIds the records of the page that have the format, in the order they are written */
    RenditionChunks(Tx tx, HarvestStore harvest, String format, List<String> recordIds) {
        this.tx = tx;
        this.harvest = harvest;
        this.format = format;
        this.recordIds = recordIds;
    }

    /** The one rendition of a GetRecord answer, read already. */
    static RenditionChunks of(String format, String recordId, String content) {
        RenditionChunks one = new RenditionChunks(null, null, format, List.of(recordId));
        one.chunk = content == null ? Map.of() : Map.of(recordId, content);
        return one;
    }

    /** How many renditions are in memory now. */
    int held() {
        return chunk.size();
    }

    String content(String recordId) {
        if (!chunk.containsKey(recordId)) {
            int from = recordIds.indexOf(recordId);
            try {
                chunk = harvest.contents(tx, format, recordIds.subList(from, Math.min(from + CHUNK, recordIds.size())));
            } catch (SQLException e) {
                throw new StorageException(e);
            }
        }
        String content = chunk.get(recordId);
        if (content == null) {
            // the page and its renditions are read from one snapshot: this cannot happen unless that broke
            throw new IllegalStateException("no " + format + " rendition of " + recordId + " in the page's snapshot");
        }
        return content;
    }
}
