package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.crosswalk.Format;
import org.interopserver.crosswalk.FormatRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The format registry as clients see it: what can be exported (and harvested) and what can be imported. */
@Path("api/formats")
@RequestScoped
@Tag(name = "formats")
public class FormatsResource {

    @Inject
    FormatRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export formats (name, media type, OAI-PMH prefix, schema) and import formats")
    public Map<String, Object> list() {
        List<Map<String, Object>> exports = registry.formats().stream().map(FormatsResource::describe).toList();
        List<Map<String, Object>> imports = registry.imports().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("media_type", i.mediaType());
            m.put("title", i.title());
            return m;
        }).toList();
        return Map.of("exports", exports, "imports", imports);
    }

    private static Map<String, Object> describe(Format f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("title", f.title());
        m.put("media_type", f.mediaType());
        if (f.oaiPrefix() != null) {
            m.put("oai_prefix", f.oaiPrefix());
        }
        if (f.namespace() != null) {
            m.put("namespace", f.namespace());
        }
        if (f.schemaLocation() != null) {
            m.put("schema_location", f.schemaLocation());
        }
        m.put("extension", f.extension());
        return m;
    }
}
