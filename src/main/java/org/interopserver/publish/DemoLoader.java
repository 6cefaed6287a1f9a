package org.interopserver.publish;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Parent;
import org.interopserver.model.Record;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the demo records ({@code /demo/communities.json}, {@code /demo/records.jsonl}) through the normal write
 * path, once, into an empty repository. Versions of one concept share a label {@code parent.id = demo-concept-…}
 * that is mapped to the concept id the server assigns to the first of them.
 */
public final class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
    private static final String CONCEPT_LABEL = "demo-concept-";

    private final RecordPublisher publisher;
    private final CommunityService communities;
    private final Database db;
    private final RecordStore records;

    public DemoLoader(RecordPublisher publisher, CommunityService communities, Database db, RecordStore records) {
        this.publisher = publisher;
        this.communities = communities;
        this.db = db;
        this.records = records;
    }

    /** Number of records loaded (0 when the repository already had records). */
    public int loadIfEmpty() {
        if (db.read(records::count) > 0) {
            LOG.info("demo records not loaded: the repository is not empty");
            return 0;
        }
        try {
            for (JsonNode c : ModelJson.MAPPER.readTree(resource("/demo/communities.json"))) {
                communities.create(c.path("slug").asText(), c.path("title").asText(), c.path("description").asText(null));
            }
            Map<String, String> concepts = new HashMap<>();
            int loaded = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource("/demo/records.jsonl"),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Record input = ModelJson.read(line, Record.class);
                    String label = input.parent == null ? null : input.parent.id;
                    if (label != null && label.startsWith(CONCEPT_LABEL)) {
                        input.parent = concepts.containsKey(label) ? new Parent(concepts.get(label)) : null;
                    }
                    Record created = publisher.create(input);
                    if (label != null) {
                        concepts.putIfAbsent(label, created.parent.id);
                    }
                    loaded++;
                }
            }
            int count = loaded;
            LOG.info(() -> "demo data loaded: " + count + " records");
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("demo data unreadable", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("demo data missing from the classpath: " + name);
        }
        return in;
    }
}
