package org.interopserver.oai;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A response body put together before it is sent: in memory up to a limit, in a temporary file beyond it. So the
 * database snapshot is released before a slow harvester reads the page, and memory per response stays bounded
 * whatever the page size.
 */
final class SpillBuffer extends OutputStream {

    private final int limit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    SpillBuffer(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        target(1).write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target(length).write(bytes, offset, length);
    }

    private OutputStream target(int more) throws IOException {
        if (fileOut == null && memory.size() + more > limit) {
            file = Files.createTempFile("oai-response-", ".xml");
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 65536);
            memory.writeTo(fileOut);
            memory = null;
        }
        return fileOut != null ? fileOut : memory;
    }

    /** Whether the body went to a file (for tests). */
    boolean spilled() {
        return file != null;
    }

    /** Sends the body to {@code out} and frees what held it. */
    void sendTo(OutputStream out) throws IOException {
        try {
            if (fileOut == null) {
                memory.writeTo(out);
                return;
            }
            fileOut.close();
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        } finally {
            discard();
        }
    }

    /** Frees what holds the body without sending it. */
    void discard() throws IOException {
        memory = null;
        if (fileOut != null) {
            fileOut.close();
            Files.deleteIfExists(file);
        }
    }

}
