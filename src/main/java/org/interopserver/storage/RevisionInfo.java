package org.interopserver.storage;

import java.time.Instant;

public record RevisionInfo(int revisionId, Instant created) {
}
