package org.interopserver.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A condition over a record's fields, written as JSON and evaluated against the record's JSON view. Fields are
 * dotted paths of that view ({@code metadata.resource_type.id}); a path through a list matches when any element
 * matches. Forms:
 * <ul>
 *   <li>{@code {"all": [f, …]}}, {@code {"any": [f, …]}}, {@code {"not": f}}</li>
 *   <li>{@code {"field": p, "equals": "v"}}, {@code {"field": p, "in": ["v", …]}},
 *       {@code {"field": p, "contains": "v"}} (case-insensitive), {@code {"field": p, "exists": true}},
 *       {@code {"field": p, "from": "a", "to": "b"}} (inclusive text range, e.g. ISO dates; either bound optional)</li>
 * </ul>
 */
public final class RecordFilter {

    private static final List<String> OPERATORS = List.of("equals", "in", "contains", "exists", "from", "to");

    private final JsonNode definition;

    private RecordFilter(JsonNode definition) {
        this.definition = definition;
    }

    /** The filter, or every violation found in it; {@code path} names the definition in the request (for errors). */
    public static RecordFilter parse(JsonNode definition, String path) {
        List<Violation> violations = new ArrayList<>();
        check(definition, path, violations);
        if (!violations.isEmpty()) {
            throw new InvalidFilterException(violations);
        }
        return new RecordFilter(definition.deepCopy());
    }

    public JsonNode definition() {
        return definition.deepCopy();
    }

    public boolean matches(Record record) {
        return matches(definition, ModelJson.MAPPER.valueToTree(record));
    }

    private static boolean matches(JsonNode f, JsonNode record) {
        if (f.has("all")) {
            for (JsonNode part : f.get("all")) {
                if (!matches(part, record)) {
                    return false;
                }
            }
            return true;
        }
        if (f.has("any")) {
            for (JsonNode part : f.get("any")) {
                if (matches(part, record)) {
                    return true;
                }
            }
            return false;
        }
        if (f.has("not")) {
            return !matches(f.get("not"), record);
        }
        List<JsonNode> values = new ArrayList<>();
        collect(record, f.get("field").asText().split("\\."), 0, values);
        if (f.has("exists")) {
            return f.get("exists").asBoolean() == !values.isEmpty();
        }
        for (JsonNode value : values) {
            if (value.isValueNode() && test(f, value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean test(JsonNode f, String value) {
        if (f.has("equals")) {
            return value.equals(f.get("equals").asText());
        }
        if (f.has("in")) {
            for (JsonNode option : f.get("in")) {
                if (value.equals(option.asText())) {
                    return true;
                }
            }
            return false;
        }
        if (f.has("contains")) {
            return value.toLowerCase(Locale.ROOT).contains(f.get("contains").asText().toLowerCase(Locale.ROOT));
        }
        boolean afterFrom = !f.has("from") || value.compareTo(f.get("from").asText()) >= 0;
        // an upper bound "2024" takes in "2024-05-01": compare only as many characters as the bound has
        boolean beforeTo = !f.has("to") || value.substring(0, Math.min(value.length(), f.get("to").asText().length()))
                .compareTo(f.get("to").asText()) <= 0;
        return afterFrom && beforeTo;
    }

    /** The values at {@code path} from {@code node}, looking into every element of lists on the way. */
    private static void collect(JsonNode node, String[] path, int depth, List<JsonNode> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, path, depth, out);
            }
            return;
        }
        if (depth == path.length) {
            out.add(node);
            return;
        }
        collect(node.get(path[depth]), path, depth + 1, out);
    }

    private static void check(JsonNode f, String path, List<Violation> violations) {
        if (f == null || !f.isObject()) {
            violations.add(new Violation(path, "must be an object: {\"field\": …, \"equals\": …} or {\"all\"|\"any\": [...]}"
                    + " or {\"not\": …}"));
            return;
        }
        for (String combinator : List.of("all", "any")) {
            if (f.has(combinator)) {
                requireOnly(f, path, violations, combinator);
                JsonNode parts = f.get(combinator);
                if (!parts.isArray() || parts.isEmpty()) {
                    violations.add(new Violation(path + "." + combinator, "must be a non-empty list of filters"));
                    return;
                }
                for (int i = 0; i < parts.size(); i++) {
                    check(parts.get(i), path + "." + combinator + "[" + i + "]", violations);
                }
                return;
            }
        }
        if (f.has("not")) {
            requireOnly(f, path, violations, "not");
            check(f.get("not"), path + ".not", violations);
            return;
        }
        JsonNode field = f.get("field");
        if (field == null || !field.isTextual()) {
            violations.add(new Violation(path + ".field", "is required: the dotted path of a model field"));
        } else {
            fieldError(field.asText()).ifPresent(error -> violations.add(new Violation(path + ".field", error)));
        }
        List<String> operators = new ArrayList<>();
        f.fieldNames().forEachRemaining(name -> {
            if (OPERATORS.contains(name)) {
                operators.add(name);
            } else if (!name.equals("field")) {
                violations.add(new Violation(path + "." + name, "is not a known operator; use one of " + OPERATORS));
            }
        });
        boolean range = !operators.isEmpty() && OPERATORS.subList(4, 6).containsAll(operators);
        if (operators.size() != 1 && !range) {
            violations.add(new Violation(path, "needs exactly one operator of " + OPERATORS.subList(0, 4)
                    + ", or from and/or to"));
            return;
        }
        for (String op : operators) {
            JsonNode value = f.get(op);
            boolean ok = switch (op) {
                case "in" -> value.isArray() && !value.isEmpty() && allText(value);
                case "exists" -> value.isBoolean();
                default -> value.isTextual();
            };
            if (!ok) {
                violations.add(new Violation(path + "." + op, switch (op) {
                    case "in" -> "must be a non-empty list of strings";
                    case "exists" -> "must be true or false";
                    default -> "must be a string";
                }));
            }
        }
    }

    private static void requireOnly(JsonNode f, String path, List<Violation> violations, String name) {
        if (f.size() != 1) {
            violations.add(new Violation(path, "\"" + name + "\" cannot be combined with other keys in one object"));
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode value : array) {
            if (!value.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Why the dotted path names no field of the record's JSON view, if it does not. */
    static Optional<String> fieldError(String dotted) {
        JavaType type = ModelJson.MAPPER.constructType(Record.class);
        for (String name : dotted.split("\\.", -1)) {
            while (type.isContainerType()) {
                type = type.getContentType();
            }
            JavaType current = type;
            Optional<BeanPropertyDefinition> property = ModelJson.MAPPER.getSerializationConfig().introspect(current)
                    .findProperties().stream().filter(p -> p.getName().equals(name)).findFirst();
            if (property.isEmpty() || current.isPrimitive() || current.getRawClass().getName().startsWith("java.")) {
                return Optional.of("'" + dotted + "' is not a field of the record (no '" + name + "' in "
                        + current.getRawClass().getSimpleName() + ")");
            }
            type = property.get().getPrimaryType();
        }
        return Optional.empty();
    }
}
