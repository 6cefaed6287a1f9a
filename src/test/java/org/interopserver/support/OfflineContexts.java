package org.interopserver.support;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON-LD document loader that serves remote contexts (schema.org, codemeta…) from the local copies listed in
 * {@code ../shared/standards/jsonld-context-map.json} and refuses everything else: expansion never goes online.
 */
public final class OfflineContexts {

    private OfflineContexts() {
    }

    public static DocumentLoader loader() {
        Path standards = Fixtures.standardsDir();
        JsonNode map;
        try {
            map = new ObjectMapper().readTree(standards.resolve("jsonld-context-map.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (url, options) -> {
            JsonNode local = map.get(url.toString());
            if (local == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no local copy of " + url);
            }
            try (InputStream in = Files.newInputStream(standards.resolve(local.asText()))) {
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        };
    }
}
