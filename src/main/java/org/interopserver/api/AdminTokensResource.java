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
import org.interopserver.model.Violation;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.security.IssuedToken;
import org.interopserver.security.Role;
import org.interopserver.security.TokenService;
import org.interopserver.storage.StoredToken;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Curator (and further admin) tokens: created with their secret shown once, listed without it, revoked. */
@Path("api/admin/tokens")
@RequestScoped
@Secured(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminTokensResource {

    @Inject
    TokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token: {\"name\": \"…\", \"role\": \"curator\"|\"admin\"}; the token is shown only now")
    public Response create(InputStream body) {
        TokenInput input = JsonBodies.read(body, TokenInput.class);
        List<Violation> violations = new ArrayList<>();
        if (input.name == null || input.name.isBlank() || input.name.length() > 200) {
            violations.add(new Violation("name", "is required (at most 200 characters)"));
        }
        String role = input.role == null ? "curator" : input.role;
        if (!role.equals("curator") && !role.equals("admin")) {
            violations.add(new Violation("role", "must be curator or admin"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        IssuedToken issued = tokens.create(input.name.strip(), Role.valueOf(role.toUpperCase()));
        Map<String, Object> view = view(issued.stored());
        view.put("token", issued.token());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Hits.of(tokens.list().stream().map(AdminTokensResource::view).toList());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token")
    public Response revoke(@PathParam("id") String id) {
        if (!tokens.revoke(id)) {
            throw new UnknownIdException("an unrevoked token " + id);
        }
        return Response.noContent().build();
    }

    private static Map<String, Object> view(StoredToken t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", t.id());
        view.put("name", t.name());
        view.put("role", t.role());
        view.put("created", t.created().toString());
        if (t.revoked() != null) {
            view.put("revoked", t.revoked().toString());
        }
        return view;
    }

    public static class TokenInput {
        public String name;
        public String role;
    }
}
