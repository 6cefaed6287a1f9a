package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.storage.Community;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Communities and their records. Adding or removing a record is a new revision of that record. */
@Path("api/communities")
@RequestScoped
@Tag(name = "communities")
public class CommunitiesResource {

    @Inject
    CommunityService service;
    @Inject
    CommunityStore store;
    @Inject
    RecordPublisher publisher;
    @Inject
    Database db;
    @Inject
    Settings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a community: {\"slug\", \"title\", \"description\"}")
    public Response create(InputStream body) {
        CommunityInput input = JsonBodies.read(body, CommunityInput.class);
        Community created = service.create(input.slug, input.title, input.description);
        return Response.created(URI.create(settings.baseUrl() + "/api/communities/" + created.slug()))
                .entity(view(created)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Hits.of(db.read(store::list).stream().map(this::view).toList());
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("slug") String slug) {
        Community community = find(slug);
        Map<String, Object> view = view(community);
        view.put("record_count", db.read(tx -> store.recordCount(tx, slug)));
        return view;
    }

    @POST
    @Path("{slug}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add records: {\"records\": [{\"id\": \"…\"}]}")
    public Map<String, Object> addRecords(@PathParam("slug") String slug, InputStream body) {
        return changeMembership(slug, body, list -> {
            list.add(slug);
            return list;
        });
    }

    @DELETE
    @Path("{slug}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Secured
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove records: {\"records\": [{\"id\": \"…\"}]}")
    public Map<String, Object> removeRecords(@PathParam("slug") String slug, InputStream body) {
        return changeMembership(slug, body, list -> {
            list.remove(slug);
            return list;
        });
    }

    /** Applies the change to each listed record; each record succeeds or fails on its own. */
    private Map<String, Object> changeMembership(String slug, InputStream body, UnaryOperator<List<String>> change) {
        find(slug);
        MembershipInput input = JsonBodies.read(body, MembershipInput.class);
        if (input.records == null || input.records.isEmpty()) {
            throw new InvalidInputException("records", "list at least one record: [{\"id\": \"…\"}]");
        }
        List<String> processed = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int i = 0; i < input.records.size(); i++) {
            RecordRef ref = input.records.get(i);
            if (ref == null || ref.id == null) {
                throw new InvalidInputException("records[" + i + "].id", "is required");
            }
        }
        for (RecordRef ref : input.records) {
            try {
                publisher.changeCommunities(ref.id, change);
                processed.add(ref.id);
            } catch (RuntimeException e) {
                Problem problem = ApiExceptionMapper.problemFor(e);
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("id", ref.id);
                error.put("status", problem.status());
                error.put("detail", problem.detail());
                if (!problem.errors().isEmpty()) {
                    error.put("errors", problem.errors());
                }
                errors.add(error);
            }
        }
        return Map.of("processed", processed, "errors", errors);
    }

    private Community find(String slug) {
        return db.read(tx -> store.find(tx, slug))
                .orElseThrow(() -> new UnknownIdException("community " + slug));
    }

    private Map<String, Object> view(Community c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slug", c.slug());
        view.put("title", c.title());
        if (c.description() != null) {
            view.put("description", c.description());
        }
        view.put("created", c.created().toString());
        view.put("links", Map.of("self", settings.baseUrl() + "/api/communities/" + c.slug(),
                "records", settings.baseUrl() + "/api/records?community=" + c.slug()));
        return view;
    }

    public static class CommunityInput {
        public String slug;
        public String title;
        public String description;
    }

    public static class MembershipInput {
        public List<RecordRef> records;
    }

    public static class RecordRef {
        public String id;
    }
}
