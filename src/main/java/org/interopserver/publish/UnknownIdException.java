package org.interopserver.publish;

/** No record, revision, community or token has the id asked for. */
public class UnknownIdException extends RuntimeException {
    public UnknownIdException(String what) {
        super(what + " does not exist");
    }
}
