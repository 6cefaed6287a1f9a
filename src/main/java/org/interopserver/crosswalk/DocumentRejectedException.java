package org.interopserver.crosswalk;

/** A document offered for import that is not acceptable (malformed, hostile, wrong root, invalid). */
public class DocumentRejectedException extends RuntimeException {

    public DocumentRejectedException(String message) {
        super(message);
    }
}
