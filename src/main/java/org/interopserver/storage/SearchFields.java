package org.interopserver.storage;

/**
 * What the search page matches and filters a record by.
 *
 * @param text            lower-case words of title, creators, description and subjects
 * @param publicationYear null when the record has no publication date
 */
public record SearchFields(String text, Integer publicationYear, String accessStatus) {
}
