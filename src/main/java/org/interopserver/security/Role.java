package org.interopserver.security;

/** What a token may do. Admins can do everything curators can, and manage tokens. */
public enum Role {
    CURATOR, ADMIN;

    public boolean includes(Role required) {
        return this == ADMIN || this == required;
    }
}
