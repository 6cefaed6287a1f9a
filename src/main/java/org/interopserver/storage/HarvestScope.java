package org.interopserver.storage;

/**
 * What one harvest asks for: records that have a rendition in {@code format} (and tombstones), optionally only
 * those of one set and with a datestamp within {@code from}..{@code until} (epoch seconds, inclusive, either may be
 * null).
 */
public record HarvestScope(String format, String setSpec, Long from, Long until) {
}
