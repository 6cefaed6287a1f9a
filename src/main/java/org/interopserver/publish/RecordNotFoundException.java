package org.interopserver.publish;

public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String what) {
        super(what + " does not exist");
    }
}
