package org.interopserver.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.interopserver.model.Violation;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field by its JSON path.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> errors) {
        return new Problem("about:blank", title, status, detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
