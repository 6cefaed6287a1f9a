package org.interopserver.crosswalk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The formats and imports listed in {@code formats.json}: names, media types, OAI prefixes, stylesheets. Read
 * paths (exports, OAI-PMH) use the registry without the engine.
 */
public final class FormatRegistry {

    public static final String FILE = "formats.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, Format> byName;
    private final List<ImportFormat> imports;

    private FormatRegistry(List<Format> formats, List<ImportFormat> imports) {
        Map<String, Format> map = new LinkedHashMap<>();
        for (Format f : formats) {
            require(f.name() != null && CrosswalkSource.plain(f.name()), "format without a usable name: " + f);
            require(f.mediaType() != null && f.stylesheet() != null && f.kind() != null,
                    "format " + f.name() + " needs media_type, kind and stylesheet");
            require(List.of("xml", "json", "text").contains(f.kind()), "format " + f.name() + ": kind must be xml, json or text");
            require(map.put(f.name(), f) == null, "format listed twice: " + f.name());
            require(formats.stream().filter(o -> o.mediaType().equals(f.mediaType())).count() == 1,
                    "media type of more than one format: " + f.mediaType());
            require(f.oaiPrefix() == null || formats.stream().filter(o -> f.oaiPrefix().equals(o.oaiPrefix())).count() == 1,
                    "OAI prefix of more than one format: " + f.oaiPrefix());
        }
        this.byName = Collections.unmodifiableMap(map);
        this.imports = List.copyOf(imports);
    }

    public static FormatRegistry load(CrosswalkSource source) {
        try (InputStream in = source.open(FILE).orElseThrow(() ->
                new IllegalStateException("no " + FILE + " in " + source.uri(FILE)))) {
            Document doc = JSON.readValue(in, Document.class);
            return new FormatRegistry(doc.formats == null ? List.of() : doc.formats,
                    doc.imports == null ? List.of() : doc.imports);
        } catch (IOException e) {
            throw new UncheckedIOException("format registry unreadable: " + e.getMessage(), e);
        }
    }

    public List<Format> formats() {
        return List.copyOf(byName.values());
    }

    public Optional<Format> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Format> byMediaType(String mediaType) {
        return byName.values().stream().filter(f -> f.mediaType().equalsIgnoreCase(mediaType)).findFirst();
    }

    public Optional<Format> byOaiPrefix(String prefix) {
        return byName.values().stream().filter(f -> prefix != null && prefix.equals(f.oaiPrefix())).findFirst();
    }

    public List<ImportFormat> imports() {
        return imports;
    }

    public Optional<ImportFormat> importFor(String mediaType) {
        return imports.stream().filter(i -> i.mediaType().equalsIgnoreCase(mediaType)).findFirst();
    }

    /** The official schemas each format and import is validated against, for {@link SchemaValidator#load}. */
    public Map<String, List<String>> schemasByKey() {
        Map<String, List<String>> schemas = new LinkedHashMap<>();
        byName.values().stream().filter(Format::isXml).forEach(f -> schemas.put(f.name(), f.schemas()));
        imports.forEach(i -> schemas.put(i.validationKey(), i.schemas()));
        return schemas;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("format registry: " + message);
        }
    }

    /** The file's shape. */
    static final class Document {
        public List<Format> formats = new ArrayList<>();
        public List<ImportFormat> imports = new ArrayList<>();
    }
}
