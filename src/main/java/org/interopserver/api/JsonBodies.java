package org.interopserver.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.interopserver.model.ModelJson;
import org.interopserver.publish.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads JSON request bodies: bounded in size, strict, with errors that name the offending field. */
final class JsonBodies {

    /** The largest request body (and bulk line) the API reads. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private JsonBodies() {
    }

    static <T> T read(InputStream body, Class<T> type) {
        return parse(readBounded(body), type);
    }

    /** Parses one JSON document; an empty body counts as missing. */
    static <T> T parse(String json, Class<T> type) {
        if (json.isBlank()) {
            throw new InvalidInputException("", "the request body is empty; a JSON object is required");
        }
        try {
            T value = ModelJson.MAPPER.readValue(json, type);
            if (value == null) {
                throw new InvalidInputException("", "a JSON object is required, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(pathOf(e), describe(e));
        }
    }

    static String readBounded(InputStream body) {
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > MAX_BYTES) {
                    throw new PayloadTooLargeException(MAX_BYTES);
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON path of the field Jackson stumbled on: {@code metadata.creators[0].person_or_org.type}. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return malformed(e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "wrong type: " + describeValue(f.getValue()) + " is not " + typeName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return "wrong type: expected " + typeName(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String malformed(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException p) {
                return "malformed JSON at line " + p.getLocation().getLineNr() + ", column "
                        + p.getLocation().getColumnNr() + ": " + p.getOriginalMessage().replaceAll(" \\(start marker.*", "");
            }
        }
        return "malformed JSON";
    }

    private static String describeValue(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
