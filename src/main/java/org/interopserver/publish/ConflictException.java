package org.interopserver.publish;

/** The change clashes with what exists (a community slug already taken …). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
