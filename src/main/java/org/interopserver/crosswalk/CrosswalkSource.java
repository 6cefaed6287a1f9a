package org.interopserver.crosswalk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the registry and the stylesheets are read from: the {@code crosswalks} folder packaged on the classpath,
 * or a folder on disk (tests add formats that way). Only plain file names are served, so a stylesheet can include
 * its siblings and nothing else.
 */
public interface CrosswalkSource {

    /** The named file, if this source has it. */
    Optional<InputStream> open(String name);

    /** A stable URI naming the file, for messages and as the base URI of a stylesheet. */
    String uri(String name);

    static CrosswalkSource classpath() {
        return new CrosswalkSource() {
            @Override
            public Optional<InputStream> open(String name) {
                return plain(name) ? Optional.ofNullable(CrosswalkSource.class.getResourceAsStream("/crosswalks/" + name))
                        : Optional.empty();
            }

            @Override
            public String uri(String name) {
                return "crosswalk:/" + name;
            }
        };
    }

    static CrosswalkSource directory(Path dir) {
        return new CrosswalkSource() {
            @Override
            public Optional<InputStream> open(String name) {
                Path file = dir.resolve(name);
                if (!plain(name) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.newInputStream(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String uri(String name) {
                return "crosswalk:/" + name;
            }
        };
    }

    /** This source, and for what it lacks, {@code fallback} (a test folder over the packaged crosswalks). */
    default CrosswalkSource orElse(CrosswalkSource fallback) {
        CrosswalkSource first = this;
        return new CrosswalkSource() {
            @Override
            public Optional<InputStream> open(String name) {
                Optional<InputStream> in = first.open(name);
                return in.isPresent() ? in : fallback.open(name);
            }

            @Override
            public String uri(String name) {
                return first.uri(name);
            }
        };
    }

    /** A file name without any path: {@code common.xsl}, never {@code ../x} or {@code file:/…}. */
    static boolean plain(String name) {
        return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && !name.contains("..");
    }
}
