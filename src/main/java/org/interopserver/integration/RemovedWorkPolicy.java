package org.interopserver.integration;

/**
 * What the server does when a work it keeps in sync is gone from the researcher's ORCID record (an update answers
 * 404): the researcher removed it there.
 */
public enum RemovedWorkPolicy {
    /** Respect the researcher's choice: stop syncing that work until they link their iD again (the default). */
    STOP,
    /** Put the work back with the record's current metadata. */
    RECREATE
}
