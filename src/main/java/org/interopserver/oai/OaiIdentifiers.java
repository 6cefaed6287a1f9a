package org.interopserver.oai;

import java.util.Optional;

/** {@code oai:<repository id>:<record id>}, the identifier harvesters know records by. */
record OaiIdentifiers(String repositoryId) {

    String oaiId(String recordId) {
        return prefix() + recordId;
    }

    Optional<String> recordId(String oaiId) {
        return oaiId.startsWith(prefix()) && oaiId.length() > prefix().length()
                ? Optional.of(oaiId.substring(prefix().length())) : Optional.empty();
    }

    private String prefix() {
        return "oai:" + repositoryId + ":";
    }
}
