package org.interopserver.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a submitted record: the JSON path of the field ({@code ""} for the whole body) and what is
 * wrong with it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Violation(String field, String message) {
}
