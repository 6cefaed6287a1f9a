package org.interopserver.api;

import org.interopserver.publish.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Parsing of the API's query parameters and conditional headers: a bad value is a 400 naming the parameter. */
final class RequestParams {

    static final int DEFAULT_PAGE = 25;
    static final int MAX_PAGE = 1000;

    private RequestParams() {
    }

    static int parseSize(String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_PAGE;
        }
        try {
            int value = Integer.parseInt(size.strip());
            if (value >= 1 && value <= MAX_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("size", "must be a whole number between 1 and " + MAX_PAGE);
    }

    /**
     * The revision an If-Match header names ({@code "3"}); null for none or {@code *}. If-Match compares strongly,
     * so a weak tag ({@code W/"3"}) matches no revision: -1, which makes the write fail with 412.
     */
    static Integer expectedRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        if (ifMatch.strip().startsWith("W/")) {
            return -1;
        }
        String tag = ifMatch.strip().replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of a revision, such as \"3\"");
        }
    }

    static Instant parseSince(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("updated_since", "must be a date (YYYY-MM-DD) or a UTC time (…T…Z)");
        }
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(seq).getBytes(StandardCharsets.UTF_8));
    }

    static Long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this server handed out");
        }
    }

    static void appendParam(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
