package org.interopserver.api;

/** A request body beyond the size the API accepts. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
