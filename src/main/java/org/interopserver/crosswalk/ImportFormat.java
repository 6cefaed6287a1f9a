package org.interopserver.crosswalk;

import java.util.List;

/**
 * A format records can be created from: documents of {@code mediaType} whose root element is {@code root}
 * (Clark notation, {@code {namespace}local}) and that are valid against {@code schemas} (when the server has a
 * schema directory) are turned into canonical XML by {@code stylesheet}.
 */
public record ImportFormat(String mediaType, String title, String root, String stylesheet, List<String> schemas) {

    public ImportFormat {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** The key of this import's schemas in a {@link SchemaValidator}. */
    public String validationKey() {
        return "import " + mediaType;
    }
}
