package org.interopserver.api;

import org.interopserver.model.Record;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code links} of a record in API responses, built from the configured public base URL. */
final class RecordLinks {

    private RecordLinks() {
    }

    static Record withLinks(Record record, String baseUrl) {
        Map<String, String> links = new LinkedHashMap<>();
        String api = baseUrl + "/api/records/" + record.id;
        links.put("self", api);
        links.put("revisions", api + "/revisions");
        links.put("versions", api + "/versions");
        record.links = links;
        return record;
    }
}
