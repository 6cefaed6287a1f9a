package org.interopserver.storage;

/** The work a record has (or had) in one researcher's ORCID record. */
public record OrcidWork(String recordId, String orcid, String putCode, String state, long updatedMs) {

    /** A linked creator whose work has not been sent yet. */
    public static final String PENDING = "pending";
    public static final String SYNCED = "synced";
    /** Removed from ORCID because the record was deleted, restricted or no longer credits the researcher. */
    public static final String DELETED = "deleted";
    /** The researcher removed the work in ORCID; by policy the server does not put it back. */
    public static final String STOPPED = "stopped";

    public OrcidWork with(String newPutCode, String newState, long nowMs) {
        return new OrcidWork(recordId, orcid, newPutCode, newState, nowMs);
    }
}
