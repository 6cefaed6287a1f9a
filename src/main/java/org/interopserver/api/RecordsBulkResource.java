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
import org.interopserver.publish.RecordPublisher;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk creation from JSON Lines, streamed both ways: each input line is created in its own transaction and
 * answered by one output line, so a bad line fails only itself and memory does not grow with the load.
 */
@Path("api/records/_bulk")
@RequestScoped
@Tag(name = "records")
public class RecordsBulkResource {

    static final String NDJSON = "application/x-ndjson";

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
            try (InputStream in = new BufferedInputStream(body);
                 Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                int lineNumber = 0;
                for (Line line = Line.read(in); line != null; line = Line.read(in)) {
                    lineNumber++;
                    if (line.isBlank()) {
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
                throw new PayloadTooLargeException(JsonBodies.MAX_BYTES);
            }
            Record created = publisher.create(JsonBodies.parse(line.bytes(), Record.class));
            result.put("status", 201);
            result.put("id", created.id);
        } catch (RuntimeException e) {
            Problem problem = ApiExceptionMapper.problemFor(e);
            result.put("status", problem.status());
            result.put("errors", problem.errors().isEmpty()
                    ? List.of(new Violation("", problem.detail())) : problem.errors());
        }
        return result;
    }

    /** One input line as bytes, cut off (the rest skipped) beyond the size limit so memory stays bounded. */
    private record Line(byte[] bytes, boolean truncated) {
        static Line read(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean truncated = false;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            for (; b >= 0 && b != '\n'; b = in.read()) {
                if (line.size() < JsonBodies.MAX_BYTES) {
                    line.write(b);
                } else {
                    truncated = true;
                }
            }
            return new Line(line.toByteArray(), truncated);
        }

        boolean isBlank() {
            for (byte b : bytes) {
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return !truncated;
        }
    }
}
