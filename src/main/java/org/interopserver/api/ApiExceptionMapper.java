package org.interopserver.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.interopserver.crosswalk.DocumentRejectedException;
import org.interopserver.crosswalk.InvalidRenditionsException;
import org.interopserver.model.Violation;
import org.interopserver.publish.ConflictException;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.RecordGoneException;
import org.interopserver.publish.StaleRevisionException;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.security.AccessDeniedException;
import org.interopserver.security.AuthenticationException;
import org.interopserver.security.ServerBusyException;
import org.interopserver.storage.StorageException;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into an HTTP status with an RFC 9457 problem body; nothing leaks a stack trace.
 * {@link #problemFor} is the one mapping from failure to status, also used where one request reports many
 * outcomes (bulk lines, community membership).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof RecordGoneException gone) {
            // the tombstone is the body: the record stays citable after deletion
            return Response.status(Response.Status.GONE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(gone.tombstone()).build();
        }
        Problem problem = e instanceof WebApplicationException web && web.getResponse().getStatus() == 415
                ? Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                "unsupported Content-Type " + headers.getMediaType() + "; see the API description at /openapi")
                : problemFor(e);
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        if (e instanceof WebApplicationException web) {
            // keep what the framework said beside the status (Allow on 405 …)
            web.getResponse().getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                    values.forEach(v -> response.header(name, v));
                }
            });
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, "2");
        }
        return response.build();
    }

    static Problem problemFor(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(400, "Invalid input", invalid.getMessage(), invalid.violations());
        }
        if (e instanceof InvalidRenditionsException invalid) {
            List<Violation> errors = new ArrayList<>();
            invalid.errorsByFormat().forEach((format, messages) ->
                    messages.forEach(m -> errors.add(new Violation("renditions." + format, m))));
            return Problem.of(422, "Unprocessable record", invalid.getMessage(), errors);
        }
        if (e instanceof DocumentRejectedException) {
            return Problem.of(400, "Document not accepted", e.getMessage(), List.of());
        }
        if (e instanceof NotAcceptableFormatException notAcceptable) {
            return Problem.of(406, "Not Acceptable", notAcceptable.getMessage(), List.of());
        }
        if (e instanceof PayloadTooLargeException) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
        if (e instanceof UnknownIdException) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof RecordGoneException) {
            return Problem.of(Response.Status.GONE, e.getMessage());
        }
        if (e instanceof StaleRevisionException) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, e.getMessage());
        }
        if (e instanceof ConflictException) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage());
        }
        if (e instanceof AuthenticationException auth) {
            return Problem.of(auth.revoked() ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED, e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of(Response.Status.FORBIDDEN, e.getMessage());
        }
        if (e instanceof StorageException storage && storage.isLockTimeout()) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the record is busy with other writers; retry shortly");
        }
        if (e instanceof ServerBusyException) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
        }
        if (e instanceof WebApplicationException web) {
            Response r = web.getResponse();
            return Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
        }
        LOG.log(Level.SEVERE, "request failed", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal error; see the server log");
    }
}
