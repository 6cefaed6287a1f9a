package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.model.Violation;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.RecordPublisher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk creation from JSON Lines, streamed both ways: each input line is created in its own transaction and
 * answered by one output line, so a bad line fails only itself and memory does not grow with the load.
 */
@Path("api/records/_bulk")
@RequestScoped
@Tag(name = "records")
public class RecordsBulkResource {

    static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(RecordsBulkResource.class.getName());

    @Inject
    RecordPublisher publisher;

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create many records: one JSON record per line in, one result per line out")
    public Response bulk(InputStream body) {
        StreamingOutput results = out -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                 Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                int lineNumber = 0;
                for (Line line = Line.read(in); line != null; line = Line.read(in)) {
                    lineNumber++;
                    if (line.text().isBlank() && !line.truncated()) {
                        continue;
                    }
                    writer.write(ModelJson.write(createOne(lineNumber, line)));
                    writer.write('\n');
                    if (lineNumber % 100 == 0) {
                        writer.flush();
                    }
                }
            }
        };
        return Response.ok(results, NDJSON).build();
    }

    private Map<String, Object> createOne(int lineNumber, Line line) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("line", lineNumber);
        try {
            if (line.truncated()) {
                throw new InvalidInputException("", "line longer than " + JsonBodies.MAX_BYTES + " characters");
            }
            Record created = publisher.create(JsonBodies.parse(line.text(), Record.class));
            result.put("status", 201);
            result.put("id", created.id);
        } catch (InvalidInputException e) {
            result.put("status", 400);
            result.put("errors", e.violations());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "bulk line " + lineNumber + " failed", e);
            result.put("status", 500);
            result.put("errors", List.of(new Violation("", "internal error; see the server log")));
        }
        return result;
    }

    /** One input line, cut off (and the rest of it skipped) beyond the size limit so memory stays bounded. */
    private record Line(String text, boolean truncated) {
        static Line read(BufferedReader in) throws java.io.IOException {
            StringBuilder text = new StringBuilder();
            boolean truncated = false;
            int c = in.read();
            if (c < 0) {
                return null;
            }
            for (; c >= 0 && c != '\n'; c = in.read()) {
                if (text.length() < JsonBodies.MAX_BYTES) {
                    text.append((char) c);
                } else {
                    truncated = true;
                }
            }
            return new Line(text.toString(), truncated);
        }
    }
}
