package org.interopserver.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.interopserver.model.ModelJson;
import org.interopserver.publish.ConflictException;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.RecordGoneException;
import org.interopserver.publish.RecordNotFoundException;
import org.interopserver.publish.StaleRevisionException;
import org.interopserver.security.AuthenticationException;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into an HTTP status with an RFC 9457 problem body; nothing leaks a stack trace. */
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
        return problem(e).toResponse();
    }

    private Problem problem(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(400, "Invalid input", invalid.getMessage(), invalid.violations());
        }
        if (e instanceof PayloadTooLargeException) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
        if (e instanceof RecordNotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
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
        if (e instanceof WebApplicationException web) {
            Response r = web.getResponse();
            String detail = r.getStatus() == 415
                    ? "unsupported Content-Type " + headers.getMediaType() + "; send application/json"
                    : e.getMessage();
            return Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), detail, java.util.List.of());
        }
        LOG.log(Level.SEVERE, "request failed", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal error; see the server log");
    }

    /** Used where a problem must be written outside an exception (streamed responses). */
    static String json(Problem problem) {
        return ModelJson.write(problem);
    }
}
