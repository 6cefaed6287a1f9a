package org.interopserver.storage;

/** Another transaction changed the record first; the caller's change was not written. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String id) {
        super("record " + id + " was changed by another writer at the same time");
    }
}
