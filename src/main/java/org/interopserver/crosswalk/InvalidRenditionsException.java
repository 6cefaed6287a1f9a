package org.interopserver.crosswalk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A record some of whose renditions could not be made or are not valid: nothing of it may be stored. */
public class InvalidRenditionsException extends RuntimeException {

    private final transient Map<String, List<String>> errorsByFormat;

    public InvalidRenditionsException(Map<String, List<String>> errorsByFormat) {
        super("the record cannot be published in " + String.join(", ", errorsByFormat.keySet())
                + ": its renditions are not valid against the official schemas");
        this.errorsByFormat = Collections.unmodifiableMap(new LinkedHashMap<>(errorsByFormat));
    }

    public Map<String, List<String>> errorsByFormat() {
        return errorsByFormat;
    }
}
