package org.interopserver.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.support.FakeHttpServer.Answer;
import org.interopserver.support.FakeHttpServer.Request;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A strict stand-in for the DataCite REST API ({@code PUT} and {@code GET /dois/{doi}}): it checks credentials,
 * media type, the JSON:API document, the DataCite XML against the kernel-4 schema and the state changes as DataCite
 * does, and keeps every refused request in {@link #rejections()} so a test can assert that the client sent none.
 * DOIs are kept in lower case, as DataCite returns them.
 */
public final class FakeDatacite implements AutoCloseable {

    /** A DOI as the fake holds it: {@code xml} is the latest accepted metadata, decoded; {@code writes} counts accepted PUTs. */
    public record DoiEntry(String doi, String state, String url, String xml, int writes) {
    }

    private static final String JSON_API = "application/vnd.api+json";
    private static final String KERNEL_4 = "http://datacite.org/schema/kernel-4";
    private static final String SCHEMA_KEY = "datacite-kernel-4";
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Set<String> EVENTS = Set.of("publish", "register", "hide");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String expectedAuthorization;
    private final SchemaValidator schema;
    private final Object lock = new Object();
    private final Map<String, DoiEntry> dois = new HashMap<>();
    private final List<String> rejections = new CopyOnWriteArrayList<>();
    private final FakeHttpServer http;

    private FakeDatacite(String user, String password, Path standardsDir) {
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.schema = FakeXml.schema(standardsDir, SCHEMA_KEY, "datacite/kernel-4/metadata.xsd");
        this.http = FakeHttpServer.start("fake-datacite", this::answer, rejections::add);
    }

    /** Starts on a free loopback port, accepting only these repository credentials. */
    public static FakeDatacite start(String user, String password, Path standardsDir) {
        return new FakeDatacite(user, password, standardsDir);
    }

    /** {@code http://127.0.0.1:<port>}, the API base (requests go to {@code /dois/...}). */
    public String url() {
        return http.url();
    }

    public void faults(FaultPlan plan) {
        http.faults(plan);
    }

    public Optional<DoiEntry> doi(String doi) {
        synchronized (lock) {
            return Optional.ofNullable(dois.get(doi.toLowerCase(Locale.ROOT)));
        }
    }

    /** A snapshot, by lower-case DOI. */
    public Map<String, DoiEntry> dois() {
        synchronized (lock) {
            return new TreeMap<>(dois);
        }
    }

    /** Every refused request, as {@code "<method> <path> → <status>: <reason>"}, in arrival order. */
    public List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** All requests received, faulted ones included. */
    public int requests() {
        return http.requests();
    }

    @Override
    public void close() {
        http.close();
    }

    private Answer answer(Request request) {
        String path = request.path();
        if (!path.startsWith("/dois/") || path.length() == "/dois/".length()) {
            return reject(request, 404, "the fake serves only /dois/{doi}");
        }
        String doi = path.substring("/dois/".length());
        if (!expectedAuthorization.equals(request.header("Authorization"))) {
            return reject(request, 401, "Bad credentials");
        }
        return switch (request.method()) {
            case "GET" -> get(doi);
            case "PUT" -> put(request, doi);
            default -> reject(request, 405, "method " + request.method() + " not supported on /dois/{doi}");
        };
    }

    private Answer get(String doi) {
        Optional<DoiEntry> entry = doi(doi);
        // an unknown DOI is a normal answer (clients look before they write), not a rejection
        return entry.map(e -> document(200, e)).orElseGet(() -> error(404, "The resource you are looking for doesn't exist."));
    }

    private Answer put(Request request, String doi) {
        if (!JSON_API.equals(request.mediaType())) {
            return reject(request, 415, "Content-Type must be " + JSON_API + ", was " + request.header("Content-Type"));
        }
        if (!DOI.matcher(doi).matches()) {
            return reject(request, 422, "not a DOI: " + doi);
        }
        JsonNode root;
        try {
            root = JSON.readTree(request.body());
        } catch (IOException e) {
            return reject(request, 400, "body is not JSON: " + e.getMessage());
        }
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isObject()) {
            return reject(request, 422, "the body must be an object with a data object");
        }
        if (!"dois".equals(data.path("type").asText(null))) {
            return reject(request, 422, "data.type must be \"dois\"");
        }
        if (present(data.get("id")) && !doi.equalsIgnoreCase(data.get("id").asText())) {
            return reject(request, 422, "data.id " + data.get("id") + " is not the DOI of the path " + doi);
        }
        JsonNode attributes = data.get("attributes");
        if (attributes == null || !attributes.isObject()) {
            return reject(request, 422, "data.attributes must be an object");
        }
        if (present(attributes.get("doi")) && !doi.equalsIgnoreCase(attributes.get("doi").asText())) {
            return reject(request, 422, "attributes.doi " + attributes.get("doi") + " is not the DOI of the path " + doi);
        }
        String event = present(attributes.get("event")) ? attributes.get("event").asText() : null;
        if (event != null && (!attributes.get("event").isTextual() || !EVENTS.contains(event))) {
            return reject(request, 422, "attributes.event must be publish, register or hide: " + attributes.get("event"));
        }
        String url = null;
        if (present(attributes.get("url"))) {
            url = attributes.get("url").asText();
            if (!attributes.get("url").isTextual() || !isWebUrl(url)) {
                return reject(request, 422, "attributes.url must be an absolute http(s) URL: " + attributes.get("url"));
            }
        }
        String xml = null;
        if (present(attributes.get("xml"))) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(attributes.get("xml").asText());
            } catch (IllegalArgumentException e) {
                return reject(request, 422, "attributes.xml is not base64: " + e.getMessage());
            }
            String problem = xmlProblem(bytes, doi);
            if (problem != null) {
                return reject(request, 422, problem);
            }
            xml = new String(bytes, StandardCharsets.UTF_8);
        }
        synchronized (lock) {
            String key = doi.toLowerCase(Locale.ROOT);
            DoiEntry old = dois.get(key);
            String from = old == null ? null : old.state();
            String state;
            if (event == null) {
                state = from == null ? "draft" : from;
            } else if (event.equals("publish")) {
                state = "findable";
            } else if (event.equals("register")) {
                if ("findable".equals(from)) {
                    return reject(request, 422, "a findable DOI cannot be registered (hide it instead)");
                }
                state = "registered";
            } else { // hide
                if (!"findable".equals(from) && !"registered".equals(from)) {
                    return reject(request, 422, "only a findable DOI can be hidden, this one is " + (from == null ? "new" : from));
                }
                state = "registered";
            }
            // absent attributes keep what the DOI had
            String newXml = xml != null ? xml : old == null ? null : old.xml();
            String newUrl = url != null ? url : old == null ? null : old.url();
            if (!state.equals("draft") && (newXml == null || newUrl == null)) {
                return reject(request, 422, "a " + state + " DOI needs both xml and url");
            }
            DoiEntry entry = new DoiEntry(key, state, newUrl, newXml, old == null ? 1 : old.writes() + 1);
            dois.put(key, entry);
            return document(old == null ? 201 : 200, entry);
        }
    }

    /** Why the DataCite XML would be refused, or null: schema errors, or an identifier that is not this DOI. */
    private String xmlProblem(byte[] xml, String doi) {
        List<String> errors = schema.validate(SCHEMA_KEY, xml);
        if (!errors.isEmpty()) {
            return "attributes.xml is not valid DataCite kernel-4 XML: " + String.join("; ", errors);
        }
        Element root;
        try {
            root = FakeXml.parse(xml).getDocumentElement();
        } catch (SAXException | IOException e) {
            return "attributes.xml cannot be parsed: " + e.getMessage();
        }
        Element identifier = FakeXml.child(root, KERNEL_4, "identifier");
        if (identifier == null || !"DOI".equals(identifier.getAttribute("identifierType"))) {
            return "attributes.xml has no identifier of identifierType DOI";
        }
        String inXml = identifier.getTextContent().trim();
        if (!inXml.equalsIgnoreCase(doi)) {
            return "attributes.xml identifies " + inXml + ", not " + doi;
        }
        return null;
    }

    private Answer reject(Request request, int status, String reason) {
        rejections.add(request + " → " + status + ": " + reason);
        return error(status, reason);
    }

    private static Answer error(int status, String title) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("errors").addObject().put("status", Integer.toString(status)).put("title", title);
        return Answer.of(status, JSON_API, body.toString());
    }

    private static Answer document(int status, DoiEntry entry) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode data = body.putObject("data");
        data.put("id", entry.doi()).put("type", "dois");
        data.putObject("attributes")
                .put("doi", entry.doi())
                .put("state", entry.state())
                .put("url", entry.url())
                .put("xml", entry.xml() == null ? null
                        : Base64.getEncoder().encodeToString(entry.xml().getBytes(StandardCharsets.UTF_8)));
        return Answer.of(status, JSON_API, body.toString());
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
