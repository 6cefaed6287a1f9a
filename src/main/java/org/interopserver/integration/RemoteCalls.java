package org.interopserver.integration;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP calls to the outside world with bounded time: a connect timeout and a timeout for the whole exchange, so a
 * hanging service never holds a job beyond its lease. Answers outside {@code expected} become {@link RemoteFailure}s
 * (with Retry-After for 429 and 503).
 */
public final class RemoteCalls {

    private static final int MAX_MESSAGE = 300;

    private final HttpClient client;
    private final Duration timeout;

    public RemoteCalls(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "InteropServer");
    }

    /** Sends the request; an answer with a status outside {@code expected} is a failure. */
    public HttpResponse<String> send(HttpRequest request, Set<Integer> expected) throws RemoteFailure {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new RemoteFailure(describe(request) + ": no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new RemoteFailure(describe(request) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailure(describe(request) + ": interrupted", e);
        }
        if (!expected.contains(response.statusCode())) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new RemoteFailure(response.statusCode(), retryAfter(response).orElse(null),
                    describe(request) + " answered " + response.statusCode()
                            + (body.isEmpty() ? "" : ": " + abbreviate(body)));
        }
        return response;
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    /** Retry-After in seconds or as an HTTP date (RFC 9110 section 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }
}
