package org.interopserver.security;

/** A presented token was not accepted: {@code revoked} ones are refused (403), unknown ones are not recognised (401). */
public class AuthenticationException extends RuntimeException {
    private final boolean revoked;

    public AuthenticationException(String message, boolean revoked) {
        super(message);
        this.revoked = revoked;
    }

    public boolean revoked() {
        return revoked;
    }
}
