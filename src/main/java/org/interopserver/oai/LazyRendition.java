package org.interopserver.oai;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A rendition's bytes, fetched when XOAI copies them into the response, not when the page is put together. */
final class LazyRendition extends InputStream {

    private final Supplier<String> content;
    private ByteArrayInputStream bytes;

    LazyRendition(Supplier<String> content) {
        this.content = content;
    }

    private ByteArrayInputStream bytes() {
        if (bytes == null) {
            bytes = new ByteArrayInputStream(content.get().getBytes(StandardCharsets.UTF_8));
        }
        return bytes;
    }

    @Override
    public int read() {
        return bytes().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return bytes().read(buffer, offset, length);
    }
}
