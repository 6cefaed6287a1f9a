package org.interopserver.oai;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.storage.StorageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * OAI-PMH 2.0 at {@code /oai}. Protocol errors are OAI errors with HTTP 200; only overload is an HTTP status (503).
 * The response is written straight to the connection, compressed when the harvester accepts gzip or deflate.
 */
@Path("oai")
@RequestScoped
@Tag(name = "oai-pmh")
public class OaiResource {

    private static final String XML = "text/xml; charset=UTF-8";
    /** Responses up to this size are put together in memory, larger ones in a temporary file. */
    static final int SPILL_LIMIT = 256 * 1024;

    @Inject
    OaiProvider provider;
    @Inject
    OaiGate gate;

    @GET
    @Produces(XML)
    @Operation(summary = "OAI-PMH 2.0 request (verb and arguments in the query)")
    public Response get(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return answer(uri.getQueryParameters(), acceptEncoding);
    }

    @POST
    @Consumes("application/x-www-form-urlencoded")
    @Produces(XML)
    @Operation(summary = "OAI-PMH 2.0 request (verb and arguments form-encoded in the body)")
    public Response post(MultivaluedMap<String, String> form,
                         @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return answer(form, acceptEncoding);
    }

    /**
     * HEAD without the work of an answer: a response is put together only for a request that will read it (a GET
     * run for a HEAD would leave its body unsent).
     */
    @HEAD
    @Produces(XML)
    public Response head() {
        return Response.ok().type(XML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    @GET
    @Path("browser.xsl")
    @Produces("text/xsl; charset=UTF-8")
    @Operation(summary = "The stylesheet browsers use to show OAI-PMH responses as pages")
    public Response stylesheet() {
        InputStream xsl = OaiResource.class.getResourceAsStream("/oai/browser.xsl");
        return Response.ok(xsl).header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
    }

    Response answer(MultivaluedMap<String, String> parameters, String acceptEncoding) {
        if (!gate.enter()) {
            return busy();
        }
        SpillBuffer body = new SpillBuffer(SPILL_LIMIT);
        try {
            provider.respond(asArrays(parameters), body);
        } catch (StorageException e) {
            discard(body);
            if (e.isLockTimeout()) {
                // writers held the database longer than a harvester should wait: busy, not broken
                return busy();
            }
            throw e;
        } catch (RuntimeException | Error e) {
            discard(body);
            throw e;
        } finally {
            gate.leave();
        }
        String encoding = encoding(acceptEncoding);
        StreamingOutput stream = out -> {
            OutputStream target = switch (encoding) {
                case "gzip" -> new GZIPOutputStream(out, 8192);
                case "deflate" -> new DeflaterOutputStream(out);
                default -> out;
            };
            body.sendTo(target);
            target.close();
        };
        Response.ResponseBuilder ok = Response.ok(stream, XML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (encoding.isEmpty() ? ok : ok.header(HttpHeaders.CONTENT_ENCODING, encoding)).build();
    }

    private static void discard(SpillBuffer body) {
        try {
            body.discard();
        } catch (IOException e) {
            // the failure being reported matters more than a temporary file left behind
        }
    }

    private Response busy() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", gate.retryAfterSeconds())
                .type("text/plain; charset=UTF-8")
                .entity("The OAI-PMH endpoint is busy; retry after " + gate.retryAfterSeconds() + " seconds.\n")
                .build();
    }

    /** gzip when acceptable, else deflate, else none; a q of 0 refuses a coding. */
    static String encoding(String acceptEncoding) {
        if (acceptEncoding == null) {
            return "";
        }
        Map<String, Double> q = new LinkedHashMap<>();
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.trim().split(";");
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            q.put(pieces[0].trim(), quality);
        }
        for (String coding : List.of("gzip", "deflate")) {
            if (q.getOrDefault(coding, q.getOrDefault("*", 0.0)) > 0) {
                return coding;
            }
        }
        return "";
    }

    private static Map<String, String[]> asArrays(MultivaluedMap<String, String> parameters) {
        Map<String, String[]> map = new LinkedHashMap<>();
        parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return map;
    }
}
