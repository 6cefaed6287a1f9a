package org.interopserver.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.model.ModelJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the integration tests: requests against one base URL, answers as text or JSON. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as curl and harvesters talk: no h2c upgrade smoothing things over
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return ModelJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Every hit of a cursor-paged listing, following {@code links.next} from {@code path} to the end. */
    public java.util.List<JsonNode> walk(String path, String... headers) {
        java.util.List<JsonNode> hits = new java.util.ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = get(next, headers).json();
            page.at("/hits/hits").forEach(hits::add);
            JsonNode link = page.at("/links/next");
            next = link.isMissingNode() ? null : link.asText().replaceFirst("^https?://[^/]+", "");
        }
        return hits;
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** {@code headers} are name, value pairs. A body without a Content-Type header is sent as JSON. */
    public Reply send(String method, String path, String body, String... headers) {
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        HttpRequest.Builder request = builder(path, headers);
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        return exchange(builder(path, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
