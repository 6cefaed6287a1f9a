package org.interopserver.publish;

import org.interopserver.model.Violation;

import java.util.List;

/** The submitted input breaks the rules (a record, a community …); nothing was stored. */
public class InvalidInputException extends RuntimeException {
    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.size() + " problem(s) in the submitted input");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
