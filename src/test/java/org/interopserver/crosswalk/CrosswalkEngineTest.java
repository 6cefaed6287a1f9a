package org.interopserver.crosswalk;

import org.interopserver.model.ModelXml;
import org.interopserver.model.Record;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.TestCrosswalks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine with formats known only to the tests: registration as data, conditions, validation, sandboxing. */
class CrosswalkEngineTest {

    static final CrosswalkParameters PARAMS = TestCrosswalks.PARAMS;

    private static DemoRepository demo;
    private static Record withDoi;
    private static Record withoutDoi;

    @BeforeAll
    static void loadDemo() {
        demo = DemoRepository.load();
        withDoi = demo.records().stream().filter(r -> r.pids.doi != null).findFirst().orElseThrow();
        withoutDoi = demo.records().stream().filter(r -> r.pids.doi == null).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static CrosswalkSource testFormats() {
        return CrosswalkSource.directory(testResource("/crosswalks-test")).orElse(CrosswalkSource.classpath());
    }

    static Path testResource(String name) {
        try {
            return Path.of(CrosswalkEngineTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFormatRegisteredAsDataIsRenderedWithoutJavaChanges() {
        Crosswalks engine = Crosswalks.load(testFormats(), SchemaValidator.none(), PARAMS);
        List<Rendition> renditions = engine.render(ModelXml.toXml(withoutDoi));
        assertEquals(List.of("title-line"), renditions.stream().map(Rendition::format).toList(),
                "the DOI-only format is left out for a record without a DOI");
        String year = withoutDoi.metadata.publicationDate.substring(0, 4);
        assertEquals(withoutDoi.metadata.title + " (" + year + ") https://repo.example.org/records/" + withoutDoi.id,
                renditions.get(0).text());
        assertEquals("text/x-title-line", engine.registry().byName("title-line").orElseThrow().mediaType());
    }

    @Test
    void aRenditionThatFailsItsSchemaRejectsTheWholeRecord() {
        Crosswalks engine = Crosswalks.load(testFormats(), TestCrosswalks.validator(testFormats()), PARAMS);
        InvalidRenditionsException e = assertThrows(InvalidRenditionsException.class,
                () -> engine.render(ModelXml.toXml(withDoi)));
        assertEquals(List.of("datacite-id"), List.copyOf(e.errorsByFormat().keySet()));
        String errors = String.join("\n", e.errorsByFormat().get("datacite-id"));
        assertTrue(errors.contains("creators") || errors.contains("titles"), errors);

        Crosswalks unchecked = Crosswalks.load(testFormats(), SchemaValidator.none(), PARAMS);
        assertEquals(2, unchecked.render(ModelXml.toXml(withDoi)).size(), "without schemas nothing is checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reads-doc", "reads-text", "reads-collection"})
    void stylesheetsCannotReachFilesOrTheNetwork(String format) throws Exception {
        Path hostile = testResource("/crosswalks-hostile");
        CrosswalkSource source = only(format, CrosswalkSource.directory(hostile));
        Crosswalks engine = Crosswalks.load(source, SchemaValidator.none(), PARAMS);
        InvalidRenditionsException e = assertThrows(InvalidRenditionsException.class,
                () -> engine.render(ModelXml.toXml(withDoi)));
        assertTrue(e.errorsByFormat().containsKey(format));
        assertFalse(Files.exists(Path.of("/tmp/interop-hostile.txt")));
    }

    @Test
    void stylesheetsThatWriteDocumentsDoNotCompile() throws Exception {
        CrosswalkSource source = only("writes-document", CrosswalkSource.directory(testResource("/crosswalks-hostile")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Crosswalks.load(source, SchemaValidator.none(), PARAMS));
        assertTrue(e.getMessage().contains("result-document"), e.getMessage());
        assertFalse(Files.exists(Path.of("/tmp/interop-hostile.txt")));
    }

    @Test
    void stylesheetsCannotIncludeFilesOutsideTheCrosswalksFolder() {
        CrosswalkSource source = registryOf("{\"formats\": [{\"name\": \"x\", \"media_type\": \"text/x\","
                + " \"kind\": \"text\", \"stylesheet\": \"includes-outside.xsl\"}]}",
                CrosswalkSource.directory(testResource("/crosswalks-hostile")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Crosswalks.load(source, SchemaValidator.none(), PARAMS));
        assertTrue(e.getMessage().contains("crosswalks folder"), e.getMessage());
    }

    @Test
    void importsAreParsedWithoutDoctypesEntitiesOrExternalAccess() {
        Crosswalks engine = Crosswalks.load(testFormats(), SchemaValidator.none(), PARAMS);
        ImportFormat test = engine.registry().importFor("application/x-test+xml").orElseThrow();
        byte[] ok = engine.importDocument(test, bytes("<doc xmlns='urn:test'><title>A &amp; B</title></doc>"));
        assertEquals("A & B", ModelXml.fromXml(new ByteArrayInputStream(ok)).metadata.title);

        Map<String, String> hostile = Map.of(
                "xxe", "<?xml version='1.0'?><!DOCTYPE doc [<!ENTITY x SYSTEM 'file:///etc/hostname'>]>"
                        + "<doc xmlns='urn:test'><title>&x;</title></doc>",
                "entity expansion", "<!DOCTYPE doc [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>"
                        + "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;'>]><doc xmlns='urn:test'><title>&c;</title></doc>",
                "external DTD", "<!DOCTYPE doc SYSTEM 'http://127.0.0.1:9/doc.dtd'><doc xmlns='urn:test'/>");
        hostile.forEach((name, xml) -> {
            DocumentRejectedException e = assertThrows(DocumentRejectedException.class,
                    () -> engine.importDocument(test, bytes(xml)), name);
            assertTrue(e.getMessage().contains("DOCTYPE"), name + ": " + e.getMessage());
        });
        assertTrue(assertThrows(DocumentRejectedException.class, () -> engine.importDocument(test,
                bytes("<other xmlns='urn:test'/>"))).getMessage().contains("root element must be {urn:test}doc"));
        assertTrue(assertThrows(DocumentRejectedException.class, () -> engine.importDocument(test,
                bytes("<doc xmlns='urn:test'><title></doc>"))).getMessage().contains("not well-formed"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A registry of just {@code format} of the hostile folder. */
    private static CrosswalkSource only(String format, CrosswalkSource files) {
        return registryOf("{\"formats\": [{\"name\": \"" + format + "\", \"media_type\": \"text/x\", \"kind\": \"text\","
                + " \"stylesheet\": \"" + format + ".xsl\"}]}", files);
    }

    private static CrosswalkSource registryOf(String json, CrosswalkSource files) {
        return new CrosswalkSource() {
            @Override
            public Optional<InputStream> open(String name) {
                return FormatRegistry.FILE.equals(name) ? Optional.of(new ByteArrayInputStream(bytes(json)))
                        : files.open(name);
            }

            @Override
            public String uri(String name) {
                return files.uri(name);
            }
        };
    }
}
