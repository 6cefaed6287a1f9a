package org.interopserver.api;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JAX-RS application at the server root: the REST API lives under {@code /api}, OAI-PMH under {@code /oai}; later
 * read paths (landing pages) join it under their own paths. JSON is Jackson's, configured by {@link ObjectMapperProvider}.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Interop Server API", version = "1",
        description = "Research records in one metadata model (InvenioRDM-style JSON), with revisions, tombstones,"
                + " communities and bulk loading. Writes need a bearer token."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends ResourceConfig {

    public RestApplication() {
        packages(RestApplication.class.getPackageName(), "org.interopserver.oai", "org.interopserver.web");
        register(JacksonFeature.withoutExceptionMappers());
        property("jersey.config.disableJsonBinding", true);
        property(ServerProperties.BV_FEATURE_DISABLE, true);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
