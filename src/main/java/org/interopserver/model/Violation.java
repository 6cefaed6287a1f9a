package org.interopserver.model;

/** One thing wrong with a submitted record: the JSON path of the field and what is wrong with it. */
public record Violation(String field, String message) {
}
