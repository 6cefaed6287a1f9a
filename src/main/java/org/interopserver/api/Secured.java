package org.interopserver.api;

import jakarta.ws.rs.NameBinding;
import org.interopserver.security.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The resource method needs a bearer token of at least this role. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Secured {
    Role value() default Role.CURATOR;
}
