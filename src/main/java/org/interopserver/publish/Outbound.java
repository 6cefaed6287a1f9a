package org.interopserver.publish;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the write path does for the outside world: which DOIs the server reserves, and whether record changes
 * queue DataCite and ORCID jobs (only when those services are configured).
 *
 * @param doiPrefix    the DataCite prefix DOIs are reserved under; empty: the server reserves none
 * @param suffixScheme how a DOI suffix is made from the record id: {@code {id}} is replaced by the id
 * @param syncsOrcid   whether changes of records crediting a linked ORCID iD queue ORCID jobs
 */
public record Outbound(Optional<String> doiPrefix, String suffixScheme, boolean syncsOrcid) {

    private static final Pattern PREFIX = Pattern.compile("10\\.\\d{4,9}");
    // what DataCite accepts in a suffix, without the characters that need escaping in URLs
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9._;()/:-]+");

    /** No DOIs reserved, no jobs queued (after the patterns: the constructor uses them). */
    public static final Outbound NONE = new Outbound(Optional.empty(), "{id}", false);

    public Outbound {
        doiPrefix.ifPresent(prefix -> {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("DOI prefix must look like 10.1234, not " + prefix);
            }
        });
        if (!suffixScheme.contains("{id}") || !SUFFIX.matcher(suffixScheme.replace("{id}", "x")).matches()) {
            throw new IllegalArgumentException("DOI suffix scheme must contain {id} and only the characters"
                    + " A-Z a-z 0-9 . _ ; ( ) / : -, not " + suffixScheme);
        }
    }

    public boolean registersDois() {
        return doiPrefix.isPresent();
    }

    /** The DOI the server reserves for a new record. */
    public Optional<String> doiFor(String recordId) {
        return doiPrefix.map(prefix -> prefix + "/" + suffixScheme.replace("{id}", recordId));
    }
}
