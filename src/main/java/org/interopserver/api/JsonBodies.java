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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Reads JSON request bodies: bounded in size, strict UTF-8, strict JSON, with errors that name the field. */
final class JsonBodies {

    /** The largest request body (and bulk line) the API reads, in bytes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Escaped C0 control characters other than tab, line feed and carriage return: they cannot go into XML. */
    private static final Pattern CONTROL_ESCAPE = Pattern.compile("\\\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F])");

    private JsonBodies() {
    }

    static <T> T read(InputStream body, Class<T> type) {
        return parse(readBounded(body), type);
    }

    /** Parses one JSON document; an empty body counts as missing. */
    static <T> T parse(byte[] json, Class<T> type) {
        String text = decode(json);
        if (text.isBlank()) {
            throw new InvalidInputException("", "the request body is empty; a JSON object is required");
        }
        if (CONTROL_ESCAPE.matcher(text).find()) {
            throw new InvalidInputException("", "control characters (\\u0000-\\u001f other than tab and line breaks)"
                    + " are not allowed in text");
        }
        try {
            T value = ModelJson.MAPPER.readValue(text, type);
            if (value == null) {
                throw new InvalidInputException("", "a JSON object is required, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(pathOf(e), describe(e));
        }
    }

    static byte[] readBounded(InputStream body) {
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > MAX_BYTES) {
                    throw new PayloadTooLargeException(MAX_BYTES);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("", "the body is not valid UTF-8");
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
        return "malformed JSON: " + e.getOriginalMessage().replaceAll(" \\(start marker.*", "");
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
