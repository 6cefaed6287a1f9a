package org.interopserver.security;

import java.security.Principal;

/** Who made a request, after their bearer token was checked. */
public record Caller(String tokenId, String name, Role role) implements Principal {
    @Override
    public String getName() {
        return name;
    }
}
