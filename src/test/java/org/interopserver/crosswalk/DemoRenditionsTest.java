package org.interopserver.crosswalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.interopserver.model.Record;
import org.interopserver.support.BibtexParser;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.Fixtures;
import org.interopserver.support.OfflineContexts;
import org.interopserver.support.TestCrosswalks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every demo record published through the real write path with the packaged crosswalks and the official schemas:
 * publishing fails if any XML rendition is invalid, so loading them all is the schema check of every format for
 * every record. The tests here add what a schema cannot say (JSON structure, JSON-LD terms, BibTeX syntax) and
 * compare a representative set against golden files.
 */
class DemoRenditionsTest {

    /** Reviewed by hand once; chosen to cover the kinds of record (see golden/README.md). */
    static final List<String> GOLDEN = List.of("demo0-00001", "demo0-00005", "demo0-00012", "demo0-00020",
            "demo0-00024", "demo0-00026", "demo0-00044", "demo0-00076");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoRepository demo;
    private static List<Record> records;

    @BeforeAll
    static void publishDemo() {
        demo = DemoRepository.load(TestCrosswalks.official());
        records = demo.records();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static Stream<Format> formats() {
        return TestCrosswalks.official().registry().formats().stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyRecordTheFormatCanExpressHasARendition(Format format) {
        for (Record r : records) {
            boolean expected = !format.condition().contains("doi") || r.pids.doi != null;
            assertEquals(expected, demo.renditions(r.id).containsKey(format.name()), r.id + " in " + format.name());
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void jsonRenditionsAreObjectsWithoutEmptyValues(Format format) throws IOException {
        if (!"json".equals(format.kind())) {
            return;
        }
        for (Record r : records) {
            String json = demo.renditions(r.id).get(format.name());
            if (json == null) {
                continue;
            }
            JsonNode node = JSON.readTree(json);
            assertTrue(node.isObject(), r.id);
            List<String> empty = new ArrayList<>();
            findEmpty(node, "$", empty);
            assertEquals(List.of(), empty, r.id + " in " + format.name() + " has null or empty values");
        }
    }

    @Test
    void schemaOrgExpandsOfflineToTermsOfTheVocabularyAndMeetsGoogleDatasetSearch() throws Exception {
        Set<String> vocabulary = schemaOrgTerms();
        for (Record r : records) {
            String rendition = demo.renditions(r.id).get("schemaorg");
            JsonNode doc = JSON.readTree(rendition);
            assertEquals("https://schema.org/", doc.path("@context").asText(), r.id);
            // a real JSON-LD expansion with the schema.org context from ../shared/standards, no network
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(rendition)))
                    .loader(OfflineContexts.loader()).get();
            Set<String> unknown = new TreeSet<>();
            collectIris(expanded, vocabulary, unknown);
            assertEquals(Set.of(), unknown, r.id + ": IRIs that are not schema.org terms");
            assertEquals(countKeys(doc), countExpandedKeys(expanded), r.id + ": every property survives expansion");
            if ("Dataset".equals(doc.path("@type").asText())) {
                // Google Dataset Search: name and description are required; these are its main recommendations
                for (String property : List.of("name", "description", "creator", "license", "url", "datePublished",
                        "includedInDataCatalog")) {
                    assertTrue(doc.has(property), r.id + " (Dataset) lacks " + property);
                }
                assertEquals(r.pids.doi != null || !r.metadata.identifiers.isEmpty(), doc.has("identifier"), r.id);
                assertEquals("open".equals(r.access.status), doc.path("isAccessibleForFree").asBoolean(false), r.id);
            }
        }
    }

    @Test
    void cslHasTheFieldsCitationProcessorsNeed() throws IOException {
        Set<String> cslTypes = Set.copyOf(org.interopserver.model.Vocabularies.RESOURCE_TYPES.values().stream()
                .map(org.interopserver.model.Vocabularies.ResourceType::csl).toList());
        for (Record r : records) {
            JsonNode csl = JSON.readTree(demo.renditions(r.id).get("csl"));
            assertEquals(r.id, csl.path("id").asText());
            assertTrue(cslTypes.contains(csl.path("type").asText()), r.id + " type " + csl.path("type"));
            assertEquals(r.metadata.title, csl.path("title").asText());
            assertTrue(csl.path("issued").path("date-parts").get(0).get(0).isInt(), r.id + " issued year");
            assertTrue(csl.path("author").isArray() && csl.path("author").size() > 0, r.id + " authors");
            if (r.pids.doi != null) {
                assertEquals(r.pids.doi.identifier, csl.path("DOI").asText());
            }
        }
    }

    @Test
    void dataciteJsonCarriesTheRestApiAttributes() throws IOException {
        for (Record r : records) {
            String rendition = demo.renditions(r.id).get("datacite-json");
            if (rendition == null) {
                continue;
            }
            JsonNode a = JSON.readTree(rendition);
            assertEquals(r.pids.doi.identifier.toLowerCase(), a.path("doi").asText().toLowerCase(), r.id);
            for (String field : List.of("creators", "titles", "publisher", "publicationYear", "types", "url")) {
                assertFalse(a.path(field).isMissingNode(), r.id + " lacks " + field);
            }
            assertFalse(a.path("types").path("resourceTypeGeneral").asText().isEmpty(), r.id);
        }
    }

    @Test
    void bibtexEntriesParseAndEscapeSpecialCharacters() {
        for (Record r : records) {
            String bib = demo.renditions(r.id).get("bibtex");
            BibtexParser.Entry entry = BibtexParser.parseSingle(bib);
            assertFalse(entry.fields().get("title").isEmpty(), r.id);
            assertTrue(entry.fields().containsKey("year"), r.id);
            assertTrue(entry.key().matches("[A-Za-z0-9_:.-]+"), r.id + " key " + entry.key());
        }
    }

    static Stream<Arguments> golden() {
        List<Arguments> cases = new ArrayList<>();
        TestCrosswalks.official().registry().formats().forEach(f -> GOLDEN.forEach(id -> cases.add(Arguments.of(f, id))));
        return cases.stream();
    }

    /** Golden files: {@code -Dgolden.update=true} rewrites them (then read every changed file before committing). */
    @ParameterizedTest
    @MethodSource("golden")
    void renditionsMatchTheGoldenFiles(Format format, String id) throws IOException {
        String actual = demo.renditions(id).get(format.name());
        Path file = Path.of("src/test/resources/golden", format.name(), id + "." + format.extension());
        if (Boolean.getBoolean("golden.update")) {
            if (actual == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            return;
        }
        if (actual == null) {
            assertFalse(Files.exists(file), "golden file for a rendition the record no longer has: " + file);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file.toString());
    }

    private static void findEmpty(JsonNode node, String path, List<String> empty) {
        if (node.isNull() || (node.isTextual() && node.asText().isBlank()) || (node.isContainerNode() && node.isEmpty())) {
            empty.add(path);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> findEmpty(e.getValue(), path + "." + e.getKey(), empty));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findEmpty(node.get(i), path + "[" + i + "]", empty);
            }
        }
    }

    /** Every type and property name in schema.org's vocabulary file ({@code schema:Dataset} → Dataset). */
    private static Set<String> schemaOrgTerms() throws IOException {
        Path file = Fixtures.standardsDir().resolve("schema.org/30.0/schemaorg-current-https.jsonld");
        Set<String> terms = new HashSet<>();
        for (JsonNode n : JSON.readTree(file.toFile()).path("@graph")) {
            String id = n.path("@id").asText();
            if (id.startsWith("schema:")) {
                terms.add(id.substring("schema:".length()));
            }
        }
        return terms;
    }

    private static final String SCHEMA = "http://schema.org/";

    /** Every property and type IRI of an expanded document must be a schema.org term. */
    private static void collectIris(JsonValue value, Set<String> vocabulary, Set<String> unknown) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectIris(v, vocabulary, unknown));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("@type") && !object.containsKey("@value")) { // a value's @type is a datatype
                    v.asJsonArray().forEach(t -> check(((JsonString) t).getString(), vocabulary, unknown));
                } else if (!key.startsWith("@")) {
                    check(key, vocabulary, unknown);
                }
                collectIris(v, vocabulary, unknown);
            });
        }
    }

    private static void check(String iri, Set<String> vocabulary, Set<String> unknown) {
        if (!iri.startsWith(SCHEMA) || !vocabulary.contains(iri.substring(SCHEMA.length()))) {
            unknown.add(iri);
        }
    }

    /** Properties of the compact document, in all nested objects. */
    private static int countKeys(JsonNode node) {
        int n = 0;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                n += (e.getKey().startsWith("@") ? 0 : 1) + countKeys(e.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                n += countKeys(child);
            }
        }
        return n;
    }

    private static int countExpandedKeys(JsonValue value) {
        int n = 0;
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                n += countExpandedKeys(v);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                n += (e.getKey().startsWith("@") ? 0 : 1) + countExpandedKeys(e.getValue());
            }
        }
        return n;
    }
}
