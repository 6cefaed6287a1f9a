package org.interopserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A third-party program the tests run (harvesters, a browser): its output, or a failed test saying what went wrong. */
public final class ExternalTool {

    private ExternalTool() {
    }

    /**
     * Runs {@code command} and returns what it printed; its error output goes to {@code log}. Fails the test when
     * the program is missing ({@code installHint} says how to get it), takes longer than {@code limit} or fails.
     */
    public static String run(List<String> command, Path log, Duration limit, String installHint)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(Fixtures.buildDir(), command.get(0) + "-", ".out");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is not installed: " + installHint, e);
        }
        assertTrue(p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS), command.get(0) + " finished in time");
        assertEquals(0, p.exitValue(), () -> command + " failed: " + read(log));
        return read(out);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
