package org.interopserver.publish;

import org.interopserver.storage.Database;
import org.interopserver.storage.RecordStore;

import java.util.List;
import java.util.function.Consumer;

/** A walk over every record (deleted ones too) for repository-wide re-derivations, in id order and in batches. */
final class AllRecords {

    private AllRecords() {
    }

    /** Hands each batch of ids to {@code batch}; each batch is read in a short transaction of its own. */
    static void forEachBatch(Database db, RecordStore records, int size, Consumer<List<String>> batch) {
        String after = "";
        while (true) {
            String from = after;
            List<String> ids = db.read(tx -> records.idsAfter(tx, from, size));
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(ids);
            after = ids.get(ids.size() - 1);
        }
    }
}
