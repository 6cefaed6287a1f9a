package org.interopserver.api;

import java.util.List;
import java.util.Map;

/** The envelope of every list the API answers with: {@code {"hits": {"hits": [...], "total": n}}}. */
final class Hits {

    private Hits() {
    }

    static Map<String, Object> of(List<?> hits) {
        return Map.of("hits", Map.of("hits", hits, "total", hits.size()));
    }
}
