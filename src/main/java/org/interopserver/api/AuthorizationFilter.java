package org.interopserver.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.interopserver.security.AccessDeniedException;
import org.interopserver.security.AuthenticationException;
import org.interopserver.security.Caller;

import java.util.Optional;

/** Enforces {@link Secured}: no token is 401, a token of too small a role is 403. */
@Provider
@Secured
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Secured secured = Optional.ofNullable(resource.getResourceMethod().getAnnotation(Secured.class))
                .orElseGet(() -> resource.getResourceClass().getAnnotation(Secured.class));
        Optional<Caller> caller = AuthenticationFilter.caller(request.getSecurityContext());
        if (caller.isEmpty()) {
            throw new AuthenticationException("this request needs a bearer token", false);
        }
        if (!caller.get().role().includes(secured.value())) {
            throw new AccessDeniedException("this request needs the " + secured.value().name().toLowerCase() + " role");
        }
    }
}
