package org.interopserver.security;

import org.interopserver.storage.StoredToken;

/** A token just created: the only moment its secret is known to anyone but the holder. */
public record IssuedToken(StoredToken stored, String token) {
}
