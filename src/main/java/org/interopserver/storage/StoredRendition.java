package org.interopserver.storage;

/** One stored format of a record: its text and a strong validator of it (a digest of the content). */
public record StoredRendition(String format, String content, String etag) {
}
