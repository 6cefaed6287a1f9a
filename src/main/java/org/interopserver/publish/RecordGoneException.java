package org.interopserver.publish;

import org.interopserver.model.Record;

/** The record was deleted; its tombstone is all that can be had. */
public class RecordGoneException extends RuntimeException {
    private final transient Record tombstone;

    public RecordGoneException(Record tombstone) {
        super("record " + tombstone.id + " was deleted");
        this.tombstone = tombstone;
    }

    public Record tombstone() {
        return tombstone;
    }
}
