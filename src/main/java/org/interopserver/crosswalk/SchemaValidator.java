package org.interopserver.crosswalk;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.catalog.CatalogFeatures;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks renditions against the official schemas of their formats. The schemas come from a local directory
 * (the operator's {@code INTEROP_SCHEMA_DIR}) whose {@code catalog.xml} maps the official schema URLs to its files,
 * so nothing is fetched from the network. Compiled once; validation is thread-safe.
 */
public final class SchemaValidator {

    /** At most this many messages are kept per document: enough to fix it, not enough to flood a response. */
    static final int MAX_ERRORS = 20;

    private final Map<String, Schema> schemas;
    /** Validators are costly to make and not thread-safe: each thread keeps one per schema and resets it. */
    private final ThreadLocal<Map<String, Validator>> validators = ThreadLocal.withInitial(HashMap::new);

    private SchemaValidator(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    /** No schemas: every document passes (the server runs without a schema directory, and says so at start-up). */
    public static SchemaValidator none() {
        return new SchemaValidator(Map.of());
    }

    /**
     * Compiles, for each key (a format or import name), the schemas it lists, relative to {@code schemaDir}; fails
     * if one is missing or does not compile.
     */
    public static SchemaValidator load(Path schemaDir, Map<String, List<String>> schemasByKey) {
        Path catalog = schemaDir.resolve("catalog.xml");
        if (!Files.isRegularFile(catalog)) {
            throw new IllegalStateException("schema directory " + schemaDir + " has no catalog.xml");
        }
        SchemaFactory factory = SafeXml.schemaFactory();
        try {
            factory.setProperty(CatalogFeatures.Feature.FILES.getPropertyName(), catalog.toUri().toString());
            factory.setProperty(CatalogFeatures.Feature.RESOLVE.getPropertyName(), "continue");
        } catch (SAXException e) {
            throw new IllegalStateException("XML catalog cannot be used: " + e.getMessage(), e);
        }
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : schemasByKey.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            List<Source> sources = new ArrayList<>();
            for (String name : entry.getValue()) {
                Path file = schemaDir.resolve(name).normalize();
                if (!file.startsWith(schemaDir.normalize()) || !Files.isRegularFile(file)) {
                    throw new IllegalStateException(entry.getKey() + ": schema " + name + " not found in " + schemaDir);
                }
                sources.add(new StreamSource(file.toUri().toString()));
            }
            try {
                schemas.put(entry.getKey(), factory.newSchema(sources.toArray(Source[]::new)));
            } catch (SAXException e) {
                throw new IllegalStateException(entry.getKey() + ": schema does not compile: " + e.getMessage(), e);
            }
        }
        return new SchemaValidator(schemas);
    }

    public boolean covers(String key) {
        return schemas.containsKey(key);
    }

    /** The schema errors of {@code xml} against the schemas of {@code key}; empty when it is valid or has none. */
    public List<String> validate(String key, byte[] xml) {
        Schema schema = schemas.get(key);
        if (schema == null) {
            return List.of();
        }
        List<String> errors = new ArrayList<>();
        Validator validator = validators.get().computeIfAbsent(key, k -> schema.newValidator());
        validator.reset();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) {
                add(errors, e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add(errors, e);
            }
        });
        try {
            validator.validate(new SAXSource(SafeXml.reader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            errors.add("unreadable: " + e.getMessage());
        }
        return errors;
    }

    private static void add(List<String> errors, SAXParseException e) {
        if (errors.size() < MAX_ERRORS) {
            errors.add("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
        }
    }
}
