package org.interopserver.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable jar ({@code target/interop-server.jar}) started as a separate process, as an operator runs it. */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on a free port with {@code env} added to the environment and waits until it is ready. */
    public static ServerProcess start(Map<String, String> env, Path log) throws Exception {
        return start(env, log, freePort());
    }

    /** Starts the jar on {@code port} (a restart on the port an earlier process had) and waits until it is ready. */
    public static ServerProcess start(Map<String, String> env, Path log, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", System.getProperty("app.jar", "target/interop-server.jar"), "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("INTEROP_BASE_URL", "http://127.0.0.1:" + port);
        builder.environment().putAll(env); // may name another public address (nodes behind one load balancer)
        ServerProcess server = new ServerProcess(builder.start(), port, log);
        server.awaitReady(Duration.ofMinutes(4));
        return server;
    }

    public int port() {
        return port;
    }

    /** Kills the server at once (SIGKILL), as a crash or an OOM killer would: no shutdown hooks run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady(Duration timeout) throws Exception {
        Http http = new Http(baseUrl());
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while booting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("server not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Payara Micro shuts down cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
