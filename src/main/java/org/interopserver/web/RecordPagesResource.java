package org.interopserver.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.crosswalk.Format;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.http.ContentNegotiation;
import org.interopserver.http.RenditionResponses;
import org.interopserver.model.Record;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.StoredRecord;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Record URLs for people and machines: the landing page (HTML) or, by {@code Accept}, any export the record has;
 * FAIR Signposting links on the page and as a linkset; DOI resolution to the page. Pages are made from stored data
 * (the schema.org JSON-LD is the stored rendition): nothing is rendered by a stylesheet here.
 */
@Path("")
@RequestScoped
@Tag(name = "pages")
public class RecordPagesResource {

    private static final String HTML = "text/html";
    private static final String LINKSET_JSON = "application/linkset+json";
    private static final String LINKSET = "application/linkset";

    @Inject
    Database db;
    @Inject
    RecordStore records;
    @Inject
    RenditionStore renditions;
    @Inject
    FormatRegistry registry;
    @Inject
    Settings settings;

    @GET
    @Path("records/{id}")
    @Operation(summary = "The record's landing page, or by Accept one of its exports; 410 with a tombstone page"
            + " once deleted")
    public Response page(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                         @Context Request request) {
        Optional<StoredRecord> found = db.read(tx -> records.find(tx, id)).filter(r -> !r.restricted());
        if (found.isEmpty()) {
            return html(Response.Status.NOT_FOUND, RecordPage.notFound(settings.baseUrl(), settings.repositoryName(), id))
                    .build();
        }
        Record record = RecordReader.toModel(found.get());
        if (record.tombstone != null) {
            return html(Response.Status.GONE, RecordPage.tombstone(settings.baseUrl(), settings.repositoryName(), record))
                    .header("Link", "<" + Signposting.citeAs(settings.baseUrl(), record) + ">; rel=\"cite-as\"")
                    .build();
        }
        List<String> formats = db.read(tx -> renditions.formats(tx, id));
        List<Format> exports = registry.formats().stream().filter(f -> formats.contains(f.name())).toList();
        List<String> offered = new ArrayList<>(List.of(HTML));
        exports.forEach(f -> offered.add(f.mediaType()));
        String chosen = ContentNegotiation.choose(accept, offered).orElse(HTML);
        if (!chosen.equals(HTML)) {
            Format format = registry.byMediaType(chosen).orElseThrow();
            return RenditionResponses.of(id, format, db.read(tx -> renditions.find(tx, id, format.name())).orElseThrow(),
                    found.get().datestamp(), request).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        String schemaOrg = db.read(tx -> renditions.find(tx, id, "schemaorg")).map(r -> r.content()).orElse(null);
        List<RecordPage.Version> versions = db.read(tx -> records.versions(tx, found.get().conceptId())).stream()
                .filter(v -> !v.deleted() && !v.restricted())
                .map(v -> new RecordPage.Version(v.id(), v.versionIndex(), RecordReader.toModel(v).metadata.version))
                .toList();
        String body = RecordPage.landing(settings.baseUrl(), settings.repositoryName(), record, schemaOrg, exports,
                versions);
        return html(Response.Status.OK, body)
                .header("Link", Signposting.header(Signposting.links(settings.baseUrl(), record, formats, registry)))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .lastModified(java.util.Date.from(found.get().datestamp()))
                .build();
    }

    @GET
    @Path("records/{id}/linkset")
    @Operation(summary = "FAIR Signposting level 2: the page's links as a linkset (RFC 9264), JSON or text by Accept")
    public Response linkset(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Record record = db.read(tx -> records.find(tx, id)).filter(r -> !r.restricted() && !r.deleted())
                .map(RecordReader::toModel).orElse(null);
        if (record == null) {
            return Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("no record " + id + "\n")
                    .build();
        }
        List<Signposting.Link> links = Signposting.links(settings.baseUrl(), record,
                db.read(tx -> renditions.formats(tx, id)), registry);
        String anchor = Signposting.page(settings.baseUrl(), id);
        String chosen = ContentNegotiation.choose(accept, List.of(LINKSET_JSON, LINKSET)).orElse(LINKSET_JSON);
        return Response.ok(chosen.equals(LINKSET) ? Signposting.linksetText(anchor, links)
                        : Signposting.linksetJson(anchor, links), chosen)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("doi/{doi: .+}")
    @Operation(summary = "Resolves a DOI of this repository to the record's page (deleted records too: their tombstone)")
    public Response doi(@PathParam("doi") String doi) {
        return db.read(tx -> records.idByDoi(tx, doi))
                .map(id -> Response.seeOther(URI.create(settings.baseUrl() + "/records/" + id)).build())
                .orElseGet(() -> html(Response.Status.NOT_FOUND, RecordPage.notFound(settings.baseUrl(),
                        settings.repositoryName(), doi)).build());
    }

    private static Response.ResponseBuilder html(Response.Status status, String body) {
        return Response.status(status).type("text/html; charset=UTF-8").entity(body);
    }
}
