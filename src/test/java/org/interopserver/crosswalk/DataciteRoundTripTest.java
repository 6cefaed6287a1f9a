package org.interopserver.crosswalk;

import org.interopserver.model.ModelXml;
import org.interopserver.model.Record;
import org.interopserver.model.RecordValidator;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.Fixtures;
import org.interopserver.support.TestCrosswalks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every official DataCite example (kernel 4.7 and 4.6) is imported through the write path, exported as DataCite
 * again, and must keep every property: each leaf of the original (element path, attributes, text) is found in the
 * export, compared as a multiset and regardless of order. The export may say more (the access right, the landing
 * page), never less. The only exceptions are listed in {@link #ACCEPTED_LOSSES}.
 */
class DataciteRoundTripTest {

    /**
     * Leaves (as the test prints them) that an example may lose, by example file name (kernel 4.7 and 4.6 alike):
     * values the model refuses on purpose. Each must still be lost: an entry that is no longer needed fails too.
     */
    private static final Map<String, List<String>> ACCEPTED_LOSSES = Map.of(
            "all-fields-v4.4.xml", List.of(
                    // placeholder scheme URI that is not a URI: the identifier is kept without it
                    "/resource/creators/creator/nameIdentifier{nameIdentifierScheme=SomeNameScheme, schemeURI=SomeNameSchemeURI} = Annabelle",
                    // misspelled attributes (affilicationIdentifierScheme, schemeURL) that the DataCite schema does not define
                    "/resource/creators/creator/affiliation{affiliationIdentifier=UMCP, affilicationIdentifierScheme=CampusAbbreviations, schemeURL=http://umd.edu} = University of Maryland, College Park",
                    // placeholder valueURI that is not a URL: the subject is kept without it
                    "/resource/subjects/subject{lang=en, schemeURI=SubjectSchemeURI, subjectScheme=SubjectScheme, valueURI=SubjectValueURI} = Test Subject",
                    // placeholder scheme URI that is not a URI: the identifier is kept without it
                    "/resource/contributors/contributor/nameIdentifier{nameIdentifierScheme=dataCuratorNameScheme, schemeURI=dataCuratorNameSchemeURI} = Bobby C.",
                    // placeholder scheme URI that is not a URI: the affiliation is kept without it
                    "/resource/contributors/contributor/affiliation{affiliationIdentifier=curatorsID, affiliationIdentifierScheme=curatorsIDScheme, schemeURI=curatorsIDSchemeURI} = Curators Inc.",
                    // malformed date normalised: 321 BCE is the astronomical year -0320
                    "/resource/dates/date{dateType=Created} = 321 BCE",
                    // placeholder date that is no date
                    "/resource/dates/date{dateType=Copyrighted} = Yesterday",
                    // custom non-SPDX rights identifier scheme and a urn: rightsURI: the statement is kept with its wording
                    "/resource/rightsList/rights{lang=eo, rightsIdentifier=rightsID, rightsIdentifierScheme=rightsIDScheme, rightsURI=urn:rights:identifier, schemeURI=rights:IDScheme:URI} = License granted for private use",
                    // empty description: the model has no description without text
                    "/resource/descriptions/description{descriptionType=SeriesInformation} = ",
                    // placeholder awardURI that is not a URL: the award number is kept without it
                    "/resource/fundingReferences/fundingReference/awardNumber{awardURI=some URI} = 00001"),
            "datacite-example-award-v4.xml", List.of(
                    // ROR id 12abcde34 fails its check digits (and ROR's form): the creator is kept without it
                    "/resource/creators/creator/nameIdentifier{nameIdentifierScheme=ROR, schemeURI=https://ror.org} = 12abcde34",
                    // the same ROR id as the publisher's identifier: the publisher is kept without it
                    "/resource/publisher{publisherIdentifier=12abcde34, publisherIdentifierScheme=ROR, schemeURI=https://ror.org} = The Research Trust"),
            "datacite-example-complicated-v4.xml", List.of(
                    // ISNI 0000000134596520 fails its check digit: the creator is kept without it
                    "/resource/creators/creator/nameIdentifier{nameIdentifierScheme=ISNI, schemeURI=https://isni.org} = 0000000134596520"),
            "datacite-example-affiliation-v4.xml", List.of(
                    // malformed SPDX id normalised: "CC0 1.0" is CC0-1.0
                    "/resource/rightsList/rights{rightsIdentifier=CC0 1.0, rightsIdentifierScheme=SPDX, rightsURI=http://creativecommons.org/publicdomain/zero/1.0/, schemeURI=https://spdx.org/licenses} = "),
            "datacite-example-dissertation-v4.xml", List.of(
                    // malformed SPDX id normalised: "CC0 1.0" is CC0-1.0
                    "/resource/rightsList/rights{rightsIdentifier=CC0 1.0, rightsIdentifierScheme=SPDX, rightsURI=http://creativecommons.org/publicdomain/zero/1.0/, schemeURI=https://spdx.org/licenses} = "),
            "datacite-example-workflow-v4.xml", List.of(
                    // malformed SPDX id normalised: "CC0 1.0" is CC0-1.0
                    "/resource/rightsList/rights{rightsIdentifier=CC0 1.0, rightsIdentifierScheme=SPDX, rightsURI=https://creativecommons.org/publicdomain/zero/1.0/, schemeURI=https://spdx.org/licenses} = "));

    /** Coordinates, compared as numbers (-52.000000 and -52.0 are the same longitude). */
    private static final Set<String> COORDINATES = Set.of("pointLatitude", "pointLongitude", "westBoundLongitude",
            "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude");

    private static DemoRepository repository;
    private static final String DATACITE_XML = "application/vnd.datacite.datacite+xml";

    @BeforeAll
    static void open() {
        repository = DemoRepository.empty(TestCrosswalks.official());
    }

    @AfterAll
    static void close() {
        repository.close();
    }

    static Stream<Path> examples() throws IOException {
        Path standards = Fixtures.standardsDir().resolve("datacite");
        List<Path> files = new ArrayList<>();
        for (String kernel : List.of("kernel-4", "kernel-4.6")) {
            try (Stream<Path> list = Files.list(standards.resolve(kernel).resolve("example"))) {
                list.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void importedExamplesExportWithEveryProperty(Path example) throws Exception {
        Crosswalks crosswalks = TestCrosswalks.official();
        ImportFormat datacite = crosswalks.registry().importFor(DATACITE_XML).orElseThrow();
        byte[] original = Files.readAllBytes(example);
        Record imported = ModelXml.fromXml(new ByteArrayInputStream(crosswalks.importDocument(datacite, original)));
        assertEquals(List.of(), RecordValidator.validate(imported), "the imported record is valid");

        Record created = repository.publisher().create(imported);
        String exported = repository.renditions(created.id).get("datacite");

        List<Leaf> unmatched = new ArrayList<>(leaves(exported.getBytes(StandardCharsets.UTF_8)));
        List<String> lost = new ArrayList<>();
        for (Leaf leaf : leaves(original)) {
            // the same property, exactly, or with attributes added (an inferred nameType, a titleType…)
            Leaf match = unmatched.stream().filter(leaf::equals).findFirst()
                    .or(() -> unmatched.stream().filter(leaf::keptIn).findFirst()).orElse(null);
            if (match == null) {
                lost.add(leaf.toString());
            } else {
                unmatched.remove(match);
            }
        }
        List<String> unneeded = new ArrayList<>();
        for (String accepted : ACCEPTED_LOSSES.getOrDefault(example.getFileName().toString(), List.of())) {
            if (!lost.remove(accepted)) {
                unneeded.add(accepted);
            }
        }
        assertEquals(List.of(), lost, example.getFileName() + ": properties lost in the round trip\n" + exported);
        assertEquals(List.of(), unneeded, example.getFileName() + ": accepted losses that are not lost (any more)");
    }

    /** A property: element path, attributes and text (empty for elements with element children). */
    record Leaf(String path, Map<String, String> attributes, String text) {
        boolean keptIn(Leaf other) {
            return path.equals(other.path) && text.equals(other.text)
                    && other.attributes.entrySet().containsAll(attributes.entrySet());
        }

        @Override
        public String toString() {
            return path + attributes + " = " + text;
        }
    }

    static List<Leaf> leaves(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        List<Leaf> leaves = new ArrayList<>();
        collect(doc.getDocumentElement(), "", leaves);
        return leaves;
    }

    private static void collect(Element element, String parent, List<Leaf> leaves) {
        String path = parent + "/" + element.getLocalName();
        boolean hasChildElements = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                hasChildElements = true;
                collect(e, path, leaves);
            }
        }
        String text = hasChildElements ? "" : normalize(element.getLocalName(), element.getTextContent());
        Map<String, String> attributes = attributes(element);
        if (text.isEmpty()) {
            attributes.remove("lang"); // the language of no text says nothing
        }
        leaves.add(new Leaf(path, attributes, text));
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attrs = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            boolean declaration = "http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI());
            if (!declaration && !name.equals("schemaLocation")) {
                attrs.put(name, normalize(name, a.getNodeValue()));
            }
        }
        return attrs;
    }

    /**
     * Forms that say the same: an identifier with or without its resolver prefix (an ORCID bare or as a URL), a
     * scheme URI with or without a trailing slash, a coordinate with or without trailing zeros, any run of
     * whitespace.
     */
    private static String normalize(String name, String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        if (COORDINATES.contains(name)) {
            try {
                value = new BigDecimal(value).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                // not a number: compared as written
            }
        }
        if (name.endsWith("Identifier") || name.equals("identifier")) {
            value = value.replaceFirst("^(https?://(orcid\\.org|ror\\.org|doi\\.org|isni\\.org/isni)/)+", "");
        }
        if (name.equals("schemeURI")) {
            value = value.replaceFirst("/$", "");
        }
        return value;
    }
}
