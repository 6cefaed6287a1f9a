package org.interopserver.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.interopserver.security.AuthenticationException;
import org.interopserver.security.Caller;
import org.interopserver.security.TokenService;

import java.security.Principal;
import java.util.Optional;

/**
 * Checks a bearer token whenever one is presented (a wrong token is an error even on public reads) and makes the
 * caller available through the request's {@link SecurityContext}. Requiring a token is {@link Secured}'s job.
 * Failures are thrown and answered by {@link ApiExceptionMapper}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    TokenService tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            throw new AuthenticationException("use Authorization: Bearer <token>", false);
        }
        Caller caller = tokens.authenticate(header.substring(BEARER.length()).strip());
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.role().name().equalsIgnoreCase(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    /** The authenticated caller of this request, if a valid token came with it. */
    static Optional<Caller> caller(SecurityContext context) {
        return context.getUserPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }
}
