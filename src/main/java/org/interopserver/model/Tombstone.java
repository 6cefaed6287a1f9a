package org.interopserver.model;

/** What remains visible of a deleted record. */
public class Tombstone {
    public String removalDate;
    public String reason;
}
