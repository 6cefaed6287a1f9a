package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.integration.OrcidLinks;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.security.Role;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/** Links researchers' ORCID iDs to member-API access tokens. Tokens go in and are never given out again. */
@Path("api/admin/orcid")
@RequestScoped
@Secured(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminOrcidResource {

    @Inject
    OrcidLinks links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The linked ORCID iDs (without their tokens)")
    public Map<String, Object> list() {
        return Hits.of(links.links().stream().map(l -> Map.of("orcid", l.orcid(),
                "linked", Instant.ofEpochMilli(l.linkedMs()).toString())).toList());
    }

    @PUT
    @Path("{orcid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link an ORCID iD: {\"access_token\": \"…\"} (a member-API token with /activities/update);"
            + " the records crediting it are queued for ORCID")
    public Map<String, Object> link(@PathParam("orcid") String orcid, InputStream body) {
        TokenInput input = JsonBodies.read(body, TokenInput.class);
        int queued = links.link(orcid, input.accessToken);
        return Map.of("orcid", orcid, "records_queued", queued);
    }

    @DELETE
    @Path("{orcid}")
    @Operation(summary = "Unlink an ORCID iD: its token is forgotten, its works in ORCID stay")
    public Response unlink(@PathParam("orcid") String orcid) {
        if (!links.unlink(orcid)) {
            throw new UnknownIdException("linked ORCID iD " + orcid);
        }
        return Response.noContent().build();
    }

    /** Body of PUT. */
    public static class TokenInput {
        public String accessToken;
    }
}
