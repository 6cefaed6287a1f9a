package org.interopserver.storage;

import java.util.List;

/**
 * A search over public records: every term must occur in the record's search text; each filter, when given, must
 * hold. {@code type} is a resource type id or a general type ({@code publication} takes in {@code publication-article}).
 */
public record SearchQuery(List<String> terms, String type, String community, String access, Integer year,
                          int offset, int limit) {
}
