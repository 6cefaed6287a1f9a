package org.interopserver.crosswalk;

import java.nio.charset.StandardCharsets;

/** A record in one format: the bytes that are stored and served. */
public record Rendition(String format, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
