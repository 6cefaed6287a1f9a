package org.interopserver.support;

import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Test inputs from src/test/resources and the demo data, and the paths the build hands to the tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of {@code src/test/resources/records/<name>.json}. */
    public static Record record(String name) {
        return ModelJson.read(text("/records/" + name + ".json"), Record.class);
    }

    public static String recordJson(String name) {
        return text("/records/" + name + ".json");
    }

    /** The demo records as JSON lines, in load order. */
    public static List<String> demoLines() {
        return text("/demo/records.jsonl").lines().filter(l -> !l.isBlank()).toList();
    }

    /** The official schemas and examples ({@code ../shared/standards}, or the {@code standards.dir} property). */
    public static Path standardsDir() {
        return Path.of(System.getProperty("standards.dir", "../shared/standards")).toAbsolutePath().normalize();
    }

    public static Path buildDir() {
        return Path.of(System.getProperty("build.dir", "target"));
    }
}
