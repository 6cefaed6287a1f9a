package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.http.ContentNegotiation;
import org.interopserver.http.RenditionResponses;
import org.interopserver.crosswalk.Format;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.crosswalk.ImportFormat;
import org.interopserver.model.AccessStatus;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.integration.SyncStatus;
import org.interopserver.publish.RecordGoneException;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.publish.RecordImporter;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordQuery;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.StoredRendition;
import org.interopserver.storage.RevisionInfo;
import org.interopserver.storage.StoredRecord;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records API: create, read, update, delete (tombstone), revisions, versions and listing. */
@Path("api/records")
@RequestScoped
@Tag(name = "records")
public class RecordsResource {

    /** What record ids look like; anything else cannot exist and is not looked up. */
    private static final java.util.regex.Pattern RECORD_ID = java.util.regex.Pattern.compile("[0-9a-z]{5}-[0-9a-z]{5}");

    @Inject
    RecordPublisher publisher;
    @Inject
    RecordReader reader;
    @Inject
    RecordStore store;
    @Inject
    Database db;
    @Inject
    Settings settings;
    @Inject
    RenditionStore renditions;
    @Inject
    FormatRegistry registry;
    @Inject
    RecordImporter importer;
    @Inject
    SyncStatus syncStatus;
    @Context
    SecurityContext security;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a record from JSON (with parent.id: a new version of that concept), or from a"
            + " document of an import format such as application/vnd.datacite.datacite+xml")
    public Response create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        MediaType type = contentType == null ? MediaType.APPLICATION_JSON_TYPE : MediaType.valueOf(contentType);
        String bare = type.getType() + "/" + type.getSubtype();
        Record created;
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            created = publisher.create(JsonBodies.read(body, Record.class));
        } else {
            ImportFormat format = importer.formatFor(bare).orElseThrow(() -> new NotSupportedException());
            created = importer.create(format, JsonBodies.readBounded(body));
        }
        return withValidators(Response.created(URI.create(settings.baseUrl() + "/api/records/" + created.id)),
                created).entity(RecordLinks.withLinks(created, settings.baseUrl())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The current revision of a record as JSON, or (by Accept) in any export format it has;"
            + " 410 with the tombstone when it was deleted")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @Context Request request) {
        Record record = visible(id);
        if (record.tombstone != null) {
            throw new RecordGoneException(record);
        }
        List<String> formats = db.read(tx -> renditions.formats(tx, id));
        List<String> offered = new ArrayList<>(List.of(MediaType.APPLICATION_JSON));
        registry.formats().stream().filter(f -> formats.contains(f.name())).forEach(f -> offered.add(f.mediaType()));
        String chosen = ContentNegotiation.choose(accept, offered)
                .orElseThrow(() -> new NotAcceptableFormatException(offered));
        if (!chosen.equals(MediaType.APPLICATION_JSON)) {
            return export(id, registry.byMediaType(chosen).orElseThrow(), request).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        Map<String, Object> sync = syncStatus.of(record, AuthenticationFilter.caller(security).isPresent());
        // the ETag is the revision (If-Match relies on it), but DOI and ORCID state change without a new revision:
        // a record that has such state (anything but creators whose iD is not linked) is always sent whole, never
        // answered with 304
        boolean syncState = sync.containsKey("doi") || ((List<?>) sync.get("orcid")).stream()
                .anyMatch(creator -> !"not-linked".equals(((Map<?, ?>) creator).get("state")));
        if (!syncState) {
            Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified(record), etag(record));
            if (notModified != null) {
                return notModified.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
            }
        }
        record.sync = sync;
        Response.ResponseBuilder ok = withValidators(Response.ok(), record).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (syncState) {
            ok.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        return ok
                .entity(RecordLinks.withLinks(record, settings.baseUrl())).build();
    }

    @GET
    @Path("{id}/export/{format}")
    @Operation(summary = "The record in one export format (see /api/formats): the stored rendition")
    public Response exportAs(@PathParam("id") String id, @PathParam("format") String formatName,
                             @Context Request request) {
        Format format = registry.byName(formatName).orElseThrow(() -> new UnknownIdException("format " + formatName
                + "; the formats are " + registry.formats().stream().map(Format::name).toList()));
        Record record = visible(id);
        if (record.tombstone != null) {
            throw new RecordGoneException(record);
        }
        return export(id, format, request).build();
    }

    /** The stored rendition with its validators, or 304 when the client's copy is current. */
    private Response.ResponseBuilder export(String id, Format format, Request request) {
        StoredRendition rendition = db.read(tx -> renditions.find(tx, id, format.name())).orElseThrow(() ->
                new UnknownIdException("rendition: record " + id + " cannot be expressed in " + format.name()));
        return RenditionResponses.of(id, format, rendition, db.read(tx -> store.find(tx, id)).orElseThrow().datestamp(),
                request);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace the metadata: a new revision. If-Match with the ETag guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream body) {
        Record input = JsonBodies.read(body, Record.class);
        Record updated = publisher.update(id, input, RequestParams.expectedRevision(ifMatch));
        return withValidators(Response.ok(), updated).entity(RecordLinks.withLinks(updated, settings.baseUrl())).build();
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a record, leaving a tombstone; optional body {\"reason\": \"…\"}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           InputStream body) {
        byte[] json = JsonBodies.readBounded(body);
        boolean noBody = new String(json, java.nio.charset.StandardCharsets.UTF_8).isBlank();
        String reason = noBody ? null : JsonBodies.parse(json, DeletionRequest.class).reason;
        Record tombstone = publisher.delete(id, reason, RequestParams.expectedRevision(ifMatch));
        return Response.ok(RecordLinks.withLinks(tombstone, settings.baseUrl())).build();
    }

    @GET
    @Path("{id}/revisions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every revision of a record, oldest first")
    public Map<String, Object> revisions(@PathParam("id") String id) {
        visible(id);
        List<RevisionInfo> revisions = db.read(tx -> store.revisions(tx, id));
        String base = settings.baseUrl() + "/api/records/" + id + "/revisions/";
        return Hits.of(revisions.stream().map(r -> Map.of("revision_id", r.revisionId(),
                "created", r.created().toString(), "links", Map.of("self", base + r.revisionId()))).toList());
    }

    @GET
    @Path("{id}/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One earlier (or the current) revision, exactly as it was stored")
    public String revision(@PathParam("id") String id, @PathParam("revision") int revision) {
        visible(id);
        String json = db.read(tx -> store.revisionJson(tx, id, revision))
                .orElseThrow(() -> new UnknownIdException("revision " + revision + " of record " + id));
        // a revision that was restricted when written stays restricted, whatever the record is now
        if (!canSee(ModelJson.read(json, Record.class))) {
            throw new UnknownIdException("revision " + revision + " of record " + id);
        }
        return json;
    }

    @GET
    @Path("{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All versions of the record's concept, first version first")
    public Map<String, Object> versions(@PathParam("id") String id) {
        Record record = visible(id);
        List<Record> versions = db.read(tx -> reader.versions(tx, record.parent.id)).stream()
                .filter(r -> canSee(r) && r.tombstone == null)
                .map(r -> RecordLinks.withLinks(r, settings.baseUrl())).toList();
        return Hits.of(versions);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records, most recently changed first, with cursor pagination and filters")
    public Map<String, Object> list(@QueryParam("community") String community,
                                    @QueryParam("resource_type") String resourceType,
                                    @QueryParam("updated_since") String updatedSince,
                                    @QueryParam("size") String size,
                                    @QueryParam("cursor") String cursor) {
        int pageSize = RequestParams.parseSize(size);
        RecordQuery query = new RecordQuery(community, resourceType, RequestParams.parseSince(updatedSince),
                RequestParams.parseCursor(cursor),
                AuthenticationFilter.caller(security).isPresent(), pageSize + 1);
        List<StoredRecord> page = db.read(tx -> store.list(tx, query));
        boolean more = page.size() > pageSize;
        List<StoredRecord> shown = page.subList(0, Math.min(page.size(), pageSize));
        List<Record> hits = shown.stream()
                .map(r -> RecordLinks.withLinks(RecordReader.toModel(r), settings.baseUrl())).toList();
        Map<String, String> links = new LinkedHashMap<>();
        StringBuilder self = new StringBuilder(settings.baseUrl()).append("/api/records?size=").append(pageSize);
        RequestParams.appendParam(self, "community", community);
        RequestParams.appendParam(self, "resource_type", resourceType);
        RequestParams.appendParam(self, "updated_since", updatedSince);
        links.put("self", self + (cursor == null ? "" : "&cursor=" + cursor));
        if (more) {
            links.put("next", self + "&cursor=" + RequestParams.encodeCursor(shown.get(shown.size() - 1).seq()));
        }
        return Map.of("hits", Map.of("hits", hits), "links", links);
    }

    /** The record if the caller may see it: restricted records exist only for authenticated callers. */
    private Record visible(String id) {
        if (!RECORD_ID.matcher(id).matches()) {
            throw new UnknownIdException("record " + id);
        }
        Record record = db.read(tx -> reader.find(tx, id)).orElse(null);
        if (record == null || !canSee(record)) {
            throw new UnknownIdException("record " + id);
        }
        return record;
    }

    private boolean canSee(Record record) {
        return !AccessStatus.isRecordRestricted(record.access) || AuthenticationFilter.caller(security).isPresent();
    }

    static EntityTag etag(Record record) {
        return new EntityTag(String.valueOf(record.revisionId));
    }

    static Date lastModified(Record record) {
        return Date.from(Instant.parse(record.updated));
    }

    private static Response.ResponseBuilder withValidators(Response.ResponseBuilder builder, Record record) {
        return builder.tag(etag(record)).lastModified(lastModified(record));
    }

    /** Body of DELETE. */
    public static class DeletionRequest {
        public String reason;
    }
}
