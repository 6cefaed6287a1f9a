package org.interopserver.api;

import java.util.List;

/** None of the representations a record has is acceptable to the client; the message lists them. */
class NotAcceptableFormatException extends RuntimeException {

    NotAcceptableFormatException(List<String> available) {
        super("none of the requested media types is available for this record; available: "
                + String.join(", ", available));
    }
}
