package org.interopserver.crosswalk;

import java.util.List;

/**
 * One export format as the registry ({@code crosswalks/formats.json}) describes it.
 *
 * @param name           the name in URLs ({@code /api/records/{id}/export/{name}})
 * @param oaiPrefix      the OAI-PMH metadataPrefix, or null when harvesters do not get this format
 * @param mediaType      the Content-Type of the export and what {@code Accept} asks for
 * @param kind           xml, json or text
 * @param namespace      root namespace of an XML format
 * @param schemaLocation official schema URL of an XML format
 * @param stylesheet     file name in the crosswalks folder
 * @param schemas        official schemas the output must be valid against, relative to the schema directory
 * @param extension      file extension of downloads
 * @param condition      XPath over the canonical record: which records the format can express
 */
public record Format(String name, String title, String oaiPrefix, String mediaType, String kind, String namespace,
                     String schemaLocation, String stylesheet, List<String> schemas, String extension,
                     String condition) {

    public Format {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        condition = condition == null || condition.isBlank() ? "true()" : condition;
    }

    public boolean isXml() {
        return "xml".equals(kind);
    }

    public boolean isHarvestable() {
        return oaiPrefix != null;
    }
}
