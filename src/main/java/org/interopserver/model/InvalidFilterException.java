package org.interopserver.model;

import java.util.List;

/** A record filter that cannot be evaluated, with every field path that is wrong in it. */
public final class InvalidFilterException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidFilterException(List<Violation> violations) {
        super(violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
