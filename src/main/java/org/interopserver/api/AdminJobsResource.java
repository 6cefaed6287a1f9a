package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.integration.OutboxAdmin;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.UnknownIdException;
import org.interopserver.security.Role;
import org.interopserver.storage.OutboxJob;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox as operators see it: jobs for DataCite and ORCID, their attempts and errors; parked ones retried. */
@Path("api/admin/jobs")
@RequestScoped
@Secured(Role.ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminJobsResource {

    @Inject
    OutboxAdmin outbox;
    @Inject
    Settings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Outbox jobs, oldest first; filter by state (pending, running, done, parked) and record")
    public Map<String, Object> list(@QueryParam("state") String state, @QueryParam("record") String record,
                                    @QueryParam("after") String after, @QueryParam("size") String size) {
        int pageSize = RequestParams.parseSize(size);
        long afterId = parseId("after", after == null ? "0" : after);
        List<OutboxJob> page = outbox.list(state, record, afterId, pageSize + 1);
        List<OutboxJob> shown = page.subList(0, Math.min(page.size(), pageSize));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counts", outbox.counts());
        body.put("hits", Map.of("hits", shown.stream().map(this::view).toList()));
        if (page.size() > pageSize) {
            StringBuilder next = new StringBuilder(settings.baseUrl()).append("/api/admin/jobs?size=").append(pageSize);
            RequestParams.appendParam(next, "state", state);
            RequestParams.appendParam(next, "record", record);
            next.append("&after=").append(shown.get(shown.size() - 1).id());
            body.put("links", Map.of("next", next.toString()));
        }
        return body;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("id") String id) {
        return view(outbox.find(parseJobId(id)));
    }

    @POST
    @Path("{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a parked job again, due now, with its attempts counted anew")
    public Map<String, Object> retry(@PathParam("id") String id) {
        return view(outbox.retry(parseJobId(id)));
    }

    private Map<String, Object> view(OutboxJob job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("record", job.recordId());
        view.put("kind", job.kind());
        view.put("target", job.target());
        view.put("state", job.state());
        view.put("attempts", job.attempts());
        view.put("collapsed", job.collapsed());
        if (OutboxJob.PENDING.equals(job.state())) {
            view.put("next_attempt", Instant.ofEpochMilli(job.nextAttemptMs()).toString());
        }
        view.put("last_error", job.lastError());
        view.put("created", Instant.ofEpochMilli(job.createdMs()).toString());
        view.put("updated", Instant.ofEpochMilli(job.updatedMs()).toString());
        view.put("links", Map.of("self", settings.baseUrl() + "/api/admin/jobs/" + job.id(),
                "record", settings.baseUrl() + "/api/records/" + job.recordId()));
        return view;
    }

    private static long parseJobId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownIdException("job " + id);
        }
    }

    private static long parseId(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a job id (a whole number), not '" + value + "'");
        }
    }
}
