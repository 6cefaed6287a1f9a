package org.interopserver.security;

/** The caller is known but may not do this (their role is too small). */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
