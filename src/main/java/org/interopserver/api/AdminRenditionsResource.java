package org.interopserver.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.publish.ConflictException;
import org.interopserver.publish.RenditionRefresh;
import org.interopserver.security.Role;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Re-rendering every record after the crosswalks changed; progress is also written to the log. */
@Path("api/admin/renditions/refresh")
@RequestScoped
@Secured(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminRenditionsResource {

    @Inject
    RenditionRefresh refresh;
    @Resource
    ManagedExecutorService executor;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start re-rendering all records in the background (202); 409 while one is running")
    public Response start() {
        if (!refresh.start()) {
            throw new ConflictException("a refresh is already running; see GET /api/admin/renditions/refresh");
        }
        executor.submit(refresh::run);
        return Response.accepted(status()).location(URI.create("api/admin/renditions/refresh")).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of the current or last refresh, and whether the renditions are up to date")
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("up_to_date", !refresh.isStale());
        RenditionRefresh.Progress p = refresh.progress();
        if (p != null) {
            status.put("running", p.running());
            status.put("started", p.started().toString());
            if (p.finished() != null) {
                status.put("finished", p.finished().toString());
            }
            status.put("total", p.total());
            status.put("done", p.done());
            status.put("changed", p.changed());
            status.put("failures", p.failures());
        }
        return status;
    }
}
