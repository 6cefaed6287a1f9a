package org.interopserver.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.interopserver.crosswalk.Format;
import org.interopserver.storage.StoredRendition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** A stored rendition as an HTTP response, wherever it is served from (API exports, record URLs). */
public final class RenditionResponses {

    private RenditionResponses() {
    }

    /** The bytes with a content-digest ETag and the datestamp as Last-Modified, or 304 when the client's copy is current. */
    public static Response.ResponseBuilder of(String recordId, Format format, StoredRendition rendition,
                                              Instant datestamp, Request request) {
        Date modified = Date.from(datestamp);
        EntityTag tag = new EntityTag(rendition.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        if (notModified != null) {
            return notModified;
        }
        String charset = "json".equals(format.kind()) ? "" : ";charset=UTF-8";
        return Response.ok(rendition.content().getBytes(StandardCharsets.UTF_8), format.mediaType() + charset)
                .tag(tag).lastModified(modified)
                .header("Content-Disposition", "inline; filename=\"" + recordId + "." + format.extension() + "\"");
    }
}
