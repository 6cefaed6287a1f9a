package org.interopserver.storage;

/** The DOI the server reserved for a record and how far DataCite has it (as of the last successful call). */
public record DoiRegistration(String recordId, String doi, String state, long updatedMs) {

    /** Assigned by the server, not yet known to DataCite. */
    public static final String RESERVED = "reserved";
    /** Known to DataCite but not in its search: a hidden (deleted or restricted) record's DOI. */
    public static final String REGISTERED = "registered";
    public static final String FINDABLE = "findable";
}
