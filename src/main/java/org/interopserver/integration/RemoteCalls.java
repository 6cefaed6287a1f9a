package org.interopserver.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP calls to the outside world with bounded time: a connect timeout, and one deadline for the whole exchange
 * (headers and body), so a hanging or trickling service never holds a job beyond its lease. Answers outside
 * {@code expected} become {@link RemoteFailure}s (with Retry-After for 429 and 503), whose messages never carry
 * the secrets the call used.
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

    /** A request to {@code path} under the service's {@code base} URL (with or without a trailing slash). */
    public HttpRequest.Builder request(URI base, String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(timeout).header("User-Agent", "InteropServer");
    }

    /**
     * Sends the request; an answer with a status outside {@code expected} is a failure. {@code secrets} (tokens,
     * passwords) are blanked out of every failure message, whatever the service echoed.
     */
    public HttpResponse<String> send(HttpRequest request, Set<Integer> expected, String... secrets)
            throws RemoteFailure {
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new RemoteFailure(describe(request) + ": no complete answer within " + timeout.toMillis() + " ms",
                    e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
            throw new RemoteFailure(redact(describe(request) + ": " + cause, secrets), cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new RemoteFailure(describe(request) + ": interrupted", e);
        }
        if (!expected.contains(response.statusCode())) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new RemoteFailure(response.statusCode(), retryAfter(response).orElse(null),
                    redact(describe(request) + " answered " + response.statusCode()
                            + (body.isEmpty() ? "" : ": " + abbreviate(body)), secrets));
        }
        return response;
    }

    private static String redact(String message, String... secrets) {
        String redacted = message;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                redacted = redacted.replace(secret, "***");
            }
        }
        return redacted;
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
            return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(Long.parseLong(v), 366L * 24 * 3600))));
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
