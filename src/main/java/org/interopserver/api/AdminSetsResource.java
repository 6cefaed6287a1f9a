package org.interopserver.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.model.ModelJson;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.QuerySetService;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.security.Role;
import org.interopserver.storage.QuerySet;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query-defined OAI sets: a spec, a name, a description and a filter over the record's fields. */
@Path("api/admin/sets")
@RequestScoped
@Secured(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminSetsResource {

    @Inject
    QuerySetService sets;
    @Inject
    Settings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The query-defined OAI sets")
    public Map<String, Object> list() {
        return Hits.of(sets.list().stream().map(AdminSetsResource::view).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a set: {\"spec\", \"name\", \"description\", \"filter\"}; members join it at once")
    public Response create(InputStream body) {
        SetInput input = JsonBodies.read(body, SetInput.class);
        QuerySetService.Result result = sets.define(input.spec, input.name, input.description, input.filter, true);
        return Response.created(URI.create(settings.baseUrl() + "/api/admin/sets/" + result.set().spec()))
                .entity(view(result)).build();
    }

    @GET
    @Path("{spec}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("spec") String spec) {
        return view(sets.find(spec).orElseThrow(() -> new UnknownIdException("set " + spec)));
    }

    @PUT
    @Path("{spec}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define or redefine a set; records that join or leave get a new datestamp")
    public Map<String, Object> put(@PathParam("spec") String spec, InputStream body) {
        SetInput input = JsonBodies.read(body, SetInput.class);
        if (input.spec != null && !input.spec.equals(spec)) {
            throw new InvalidInputException("spec", "differs from the spec in the URL (" + spec + ")");
        }
        return view(sets.define(spec, input.name, input.description, input.filter, false));
    }

    @DELETE
    @Path("{spec}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a set; harvesters of it see its records as deleted from then on")
    public Map<String, Object> delete(@PathParam("spec") String spec) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("spec", spec);
        view.put("changed_records", sets.delete(spec));
        return view;
    }

    private static Map<String, Object> view(QuerySetService.Result result) {
        Map<String, Object> view = view(result.set());
        view.put("changed_records", result.changedRecords());
        return view;
    }

    private static Map<String, Object> view(QuerySet set) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("spec", set.spec());
        view.put("name", set.name());
        view.put("description", set.description());
        try {
            view.put("filter", ModelJson.MAPPER.readTree(set.filter()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        view.put("created", set.created().toString());
        return view;
    }

    /** Request body of a set definition. */
    public static class SetInput {
        public String spec;
        public String name;
        public String description;
        public JsonNode filter;
    }
}
