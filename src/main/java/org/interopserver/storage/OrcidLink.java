package org.interopserver.storage;

/** A researcher's linked ORCID iD: its member-API token, sealed with the server secret. */
public record OrcidLink(String orcid, String sealedToken, long linkedMs) {
}
