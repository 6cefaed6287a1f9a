package org.interopserver.crosswalk;

import java.util.List;

/** Makes every rendition of a record from its canonical XML (the engine; tests may pass a simpler one). */
@FunctionalInterface
public interface Renderer {

    /** A renderer that makes no renditions: for code paths under test that do not care about formats. */
    Renderer NONE = canonicalXml -> List.of();

    /**
     * @throws InvalidRenditionsException if a rendition cannot be made or is not valid
     */
    List<Rendition> render(byte[] canonicalXml);
}
