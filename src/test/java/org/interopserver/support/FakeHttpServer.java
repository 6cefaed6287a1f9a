package org.interopserver.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The HTTP side the fakes share: a loopback server on a free port, one {@link Answer} per {@link Request}, and the
 * faults of a {@link FaultPlan} put in front of every request.
 */
final class FakeHttpServer implements AutoCloseable {

    /** A received request; {@code path} is percent-decoded. */
    record Request(String method, String path, Headers headers, byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }

        /** The Content-Type without parameters, lower case; null if none was sent. */
        String mediaType() {
            String contentType = header("Content-Type");
            if (contentType == null) {
                return null;
            }
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer of(int status, String contentType, String body) {
            return new Answer(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer empty(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }

        Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, Map.copyOf(more), body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Function<Request, Answer> endpoint;
    private final Consumer<String> failures;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile FaultPlan plan = FaultPlan.none();

    private FakeHttpServer(HttpServer server, ExecutorService executor, Function<Request, Answer> endpoint,
                           Consumer<String> failures) {
        this.server = server;
        this.executor = executor;
        this.endpoint = endpoint;
        this.failures = failures;
    }

    /**
     * Serves {@code endpoint} on 127.0.0.1. {@code failures} hears of exceptions thrown by the endpoint (a bug in the
     * fake), which are answered with 500, so that a test asserting no rejections notices them.
     */
    static FakeHttpServer start(String name, Function<Request, Answer> endpoint, Consumer<String> failures) {
        AtomicInteger threads = new AtomicInteger();
        // cached: a handler sleeping for a timeout fault must not hold up the other requests
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true); // a fake left open must not keep the test JVM alive
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeHttpServer fake = new FakeHttpServer(server, executor, endpoint, failures);
            server.createContext("/", fake::handle);
            server.setExecutor(executor);
            server.start();
            return fake;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void faults(FaultPlan plan) {
        this.plan = plan == null ? FaultPlan.none() : plan;
    }

    int requests() {
        return requests.get();
    }

    /** Stops at once: open exchanges are cut and handlers sleeping for a fault are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            requests.incrementAndGet();
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
            FaultPlan current = plan;
            Answer answer = switch (current.next()) {
                case SERVER_ERROR -> Answer.of(500, "text/plain", "injected fault: internal server error");
                case TOO_MANY_REQUESTS -> Answer.of(429, "text/plain", "injected fault: too many requests")
                        .withHeader("Retry-After", Integer.toString(current.retryAfterSeconds()));
                case TIMEOUT_BEFORE -> {
                    sleep(current.delay());
                    yield Answer.of(504, "text/plain", "injected fault: gateway timeout");
                }
                case TIMEOUT_AFTER -> {
                    Answer applied = apply(request);
                    sleep(current.delay());
                    yield applied;
                }
                case NONE -> apply(request);
            };
            send(exchange, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed while sleeping: nothing more to say
        } catch (IOException e) {
            // the client is gone (typically timed out during a delay): the answer is lost, as a real one would be
        } finally {
            exchange.close();
        }
    }

    private Answer apply(Request request) {
        try {
            return endpoint.apply(request);
        } catch (RuntimeException e) {
            failures.accept(request + ": the fake itself failed: " + e);
            return Answer.of(500, "text/plain", "fake failed: " + e);
        }
    }

    private static void sleep(Duration delay) throws InterruptedException {
        Thread.sleep(delay.toMillis());
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean noBody = answer.body().length == 0 || answer.status() == 204 || answer.status() == 304
                || exchange.getRequestMethod().equals("HEAD");
        // -1: no body at all; 0 would announce a chunked one
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
        if (!noBody) {
            exchange.getResponseBody().write(answer.body());
        }
    }
}
