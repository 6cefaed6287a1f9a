package org.interopserver.storage;

import java.time.Instant;

/** A bearer token as stored: never the secret, only its salted hash. */
public record StoredToken(String id, String name, String role, String salt, String hash, int iterations,
                          Instant created, Instant revoked) {
}
