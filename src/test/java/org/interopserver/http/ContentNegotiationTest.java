package org.interopserver.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentNegotiationTest {

    private static final List<String> OFFERED = List.of("application/json", "application/vnd.datacite.datacite+xml",
            "application/ld+json", "application/x-bibtex");

    private static Optional<String> choose(String accept) {
        return ContentNegotiation.choose(accept, OFFERED);
    }

    @Test
    void noAcceptOrAnythingGivesTheServersFirstChoice() {
        assertEquals(Optional.of("application/json"), choose(null));
        assertEquals(Optional.of("application/json"), choose("*/*"));
        assertEquals(Optional.of("application/json"), choose("application/*"));
    }

    @Test
    void qualityValuesDecideAndTheMostSpecificRangeSetsAQuality() {
        assertEquals(Optional.of("application/ld+json"),
                choose("application/vnd.datacite.datacite+xml;q=0.5, application/ld+json"));
        assertEquals(Optional.of("application/x-bibtex"), choose("application/*;q=0.2, application/x-bibtex"));
        // equal qualities: the server's order decides
        assertEquals(Optional.of("application/vnd.datacite.datacite+xml"),
                choose("application/json;q=0, application/*;q=0.3"));
        assertEquals(Optional.of("application/x-bibtex"), choose("APPLICATION/X-BIBTEX; charset=utf-8"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("text/html"));
        assertEquals(Optional.empty(), choose("application/json;q=0"));
        assertEquals(Optional.empty(), choose("garbage"));
        assertEquals(Optional.empty(), choose("application/x-bibtex;q=nonsense"));
    }
}
