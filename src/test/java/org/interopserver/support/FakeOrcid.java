package org.interopserver.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.support.FakeHttpServer.Answer;
import org.interopserver.support.FakeHttpServer.Request;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict stand-in for the works part of the ORCID member API v3.0: bearer tokens per iD, works validated against
 * work-3.0.xsd, put-codes, and ORCID's duplicate rule (409 when a work of the iD already has one of the self
 * external ids). Refused requests are kept in {@link #rejections()}; 404 and 409 are normal protocol and are not.
 */
public final class FakeOrcid implements AutoCloseable {

    /**
     * A stored work: {@code xml} carries its put-code; {@code writes} counts accepted POSTs and PUTs (0 if seeded);
     * {@code source} is the client id of whoever added it.
     */
    public record Work(String orcid, String putCode, String xml, int writes, String source) {
    }

    static final String WORK_NS = "http://www.orcid.org/ns/work";
    static final String COMMON_NS = "http://www.orcid.org/ns/common";
    static final String ACTIVITIES_NS = "http://www.orcid.org/ns/activities";
    static final String ERROR_NS = "http://www.orcid.org/ns/error";

    private static final String ORCID_XML = "application/vnd.orcid+xml";
    private static final String SCHEMA_KEY = "orcid-work-3.0";
    private static final Pattern ORCID_ID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern ROUTE = Pattern.compile("/v3\\.0/([^/]+)/(work|works)(?:/([^/]+))?/?");
    /**
     * The member-API client every token belongs to: the source of the works created through the API. (ORCID names
     * the client behind a token; the fake has one client.)
     */
    public static final String CLIENT_ID = "APP-FAKE000000000000";
    /** Another source, for works the researcher or another service added. */
    public static final String OTHER_CLIENT_ID = "APP-OTHER00000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Same type and value (case-insensitive) of an external id with relationship self. */
    private record SelfId(String type, String value) {
        static SelfId of(String type, String value) {
            return new SelfId(type.trim(), value.trim().toLowerCase(Locale.ROOT));
        }
    }

    private record Stored(Work work, Set<SelfId> selfIds, Instant created, Instant modified) {
        String source() {
            return work.source();
        }
    }

    /** A work body that passed the checks, with its DOM to set the put-code on. */
    private record ParsedWork(Document document, String putCode, Set<SelfId> selfIds) {
    }

    /** Why a work body is refused, and with which status (400, or 415 for the media type). */
    private static final class InvalidWork extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        InvalidWork(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final SchemaValidator schema;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** iD → put-code → work, in put-code order (put-codes only grow). */
    private final Map<String, Map<String, Stored>> works = new HashMap<>();
    private long nextPutCode = 1000;
    private final List<String> rejections = new CopyOnWriteArrayList<>();
    private final FakeHttpServer http;

    private FakeOrcid(Path standardsDir) {
        this.schema = FakeXml.schema(standardsDir, SCHEMA_KEY, "orcid-3.0/record_3.0/work-3.0.xsd");
        this.http = FakeHttpServer.start("fake-orcid", this::answer, rejections::add);
    }

    public static FakeOrcid start(Path standardsDir) {
        return new FakeOrcid(standardsDir);
    }

    /** {@code http://127.0.0.1:<port>}; API paths start with {@code /v3.0/}. */
    public String url() {
        return http.url();
    }

    /** Makes {@code accessToken} the member-API token of this iD (replacing an earlier one). */
    public void token(String orcid, String accessToken) {
        requireOrcid(orcid);
        tokens.put(orcid, accessToken);
    }

    public void faults(FaultPlan plan) {
        http.faults(plan);
    }

    /** The works of this iD, in put-code order. */
    public List<Work> works(String orcid) {
        synchronized (lock) {
            return works.getOrDefault(orcid, Map.of()).values().stream().map(Stored::work).toList();
        }
    }

    /** A snapshot of all works, by iD (iDs without works are left out). */
    public Map<String, List<Work>> allWorks() {
        synchronized (lock) {
            Map<String, List<Work>> all = new TreeMap<>();
            works.forEach((orcid, mine) -> {
                if (!mine.isEmpty()) {
                    all.put(orcid, mine.values().stream().map(Stored::work).toList());
                }
            });
            return all;
        }
    }

    /** The researcher deleted this work in ORCID: a later PUT or GET of it gets 404. */
    public void removeWork(String orcid, String putCode) {
        synchronized (lock) {
            Map<String, Stored> mine = works.get(orcid);
            if (mine == null || mine.remove(putCode) == null) {
                throw new IllegalArgumentException("no work " + putCode + " in " + orcid);
            }
        }
    }

    /**
     * Stores a work as if the researcher or another source had added it (it must be a valid work; a put-code in it is
     * replaced), so that a POST with one of its self external ids gets 409. Returns its put-code.
     */
    public String seedWork(String orcid, String xml) {
        return seedWork(orcid, xml, CLIENT_ID);
    }

    /** {@link #seedWork(String, String)} with another source: ORCID's duplicate rule does not cross sources. */
    public String seedWork(String orcid, String xml, String source) {
        requireOrcid(orcid);
        ParsedWork parsed;
        try {
            parsed = parseWork(xml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidWork e) {
            throw new IllegalArgumentException("not a valid ORCID work: " + e.getMessage(), e);
        }
        synchronized (lock) {
            return store(orcid, parsed, 0, source);
        }
    }

    /**
     * A work document as this fake stores it (parsed and written again), without its put-code: what to compare a
     * stored {@link Work#xml()} with.
     */
    public static String normalized(String workXml) {
        try {
            org.w3c.dom.Document document = FakeXml.parse(workXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            document.getDocumentElement().removeAttribute("put-code");
            return FakeXml.serialize(document);
        } catch (org.xml.sax.SAXException | java.io.IOException e) {
            throw new IllegalArgumentException(e);
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
        Matcher route = ROUTE.matcher(request.path());
        if (!route.matches()) {
            return reject(request, 404, "the fake serves only /v3.0/{orcid}/work[/{putCode}] and /v3.0/{orcid}/works");
        }
        String orcid = route.group(1);
        String resource = route.group(2);
        String putCode = route.group(3);
        if (!ORCID_ID.matcher(orcid).matches()) {
            return reject(request, 400, "not an ORCID iD: " + orcid);
        }
        String authorization = request.header("Authorization");
        String token = tokens.get(orcid);
        if (token == null || authorization == null || !authorization.equals("Bearer " + token)) {
            rejections.add(request + " → 401: no valid bearer token for " + orcid);
            String body = JSON.createObjectNode().put("error", "invalid_token")
                    .put("error_description", "Invalid access token for " + orcid).toString();
            return Answer.of(401, "application/json", body)
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        String method = request.method();
        if (resource.equals("works") && putCode == null && method.equals("GET")) {
            return Answer.of(200, ORCID_XML, worksDocument(orcid));
        }
        if (resource.equals("work") && putCode == null && method.equals("POST")) {
            return create(request, orcid);
        }
        if (resource.equals("work") && putCode != null) {
            switch (method) {
                case "GET":
                    return read(orcid, putCode);
                case "PUT":
                    return update(request, orcid, putCode);
                case "DELETE":
                    return delete(request, orcid, putCode);
                default:
                    break;
            }
        }
        return reject(request, 405, "method " + method + " not supported on " + request.path());
    }

    private Answer create(Request request, String orcid) {
        ParsedWork parsed;
        try {
            parsed = checkedWork(request);
        } catch (InvalidWork e) {
            return reject(request, e.status, e.getMessage());
        }
        if (parsed.putCode() != null) {
            return reject(request, 400, "a new work must not have a put-code, has " + parsed.putCode());
        }
        synchronized (lock) {
            Stored clash = clash(orcid, parsed.selfIds(), null);
            if (clash != null) {
                return duplicate(clash);
            }
            String putCode = store(orcid, parsed, 1, CLIENT_ID);
            return Answer.empty(201).withHeader("Location", url() + "/v3.0/" + orcid + "/work/" + putCode);
        }
    }

    private Answer update(Request request, String orcid, String putCode) {
        ParsedWork parsed;
        try {
            parsed = checkedWork(request);
        } catch (InvalidWork e) {
            return reject(request, e.status, e.getMessage());
        }
        if (!putCode.equals(parsed.putCode())) {
            return reject(request, 400, "the work's put-code (" + parsed.putCode() + ") must be the one of the path, " + putCode);
        }
        synchronized (lock) {
            Map<String, Stored> mine = works.get(orcid);
            Stored old = mine == null ? null : mine.get(putCode);
            if (old == null) {
                return notFound(orcid, putCode);
            }
            if (!CLIENT_ID.equals(old.source())) {
                return reject(request, 403, "work " + putCode + " of " + orcid + " belongs to " + old.source());
            }
            Stored clash = clash(orcid, parsed.selfIds(), putCode);
            if (clash != null) {
                return duplicate(clash);
            }
            String xml = FakeXml.serialize(parsed.document());
            Work work = new Work(orcid, putCode, xml, old.work().writes() + 1, CLIENT_ID);
            mine.put(putCode, new Stored(work, parsed.selfIds(), old.created(), now()));
            return Answer.of(200, ORCID_XML, xml);
        }
    }

    private Answer read(String orcid, String putCode) {
        synchronized (lock) {
            Stored stored = works.getOrDefault(orcid, Map.of()).get(putCode);
            return stored == null ? notFound(orcid, putCode) : Answer.of(200, ORCID_XML, stored.work().xml());
        }
    }

    private Answer delete(Request request, String orcid, String putCode) {
        synchronized (lock) {
            Map<String, Stored> mine = works.get(orcid);
            Stored old = mine == null ? null : mine.get(putCode);
            if (old == null) {
                return notFound(orcid, putCode);
            }
            if (!CLIENT_ID.equals(old.source())) {
                return reject(request, 403, "work " + putCode + " of " + orcid + " belongs to " + old.source());
            }
            mine.remove(putCode);
            return Answer.empty(204);
        }
    }

    /** Stores under a new put-code, written into the root element; callers hold the lock. */
    private String store(String orcid, ParsedWork parsed, int writes, String source) {
        String putCode = Long.toString(nextPutCode++);
        parsed.document().getDocumentElement().setAttributeNS(null, "put-code", putCode);
        Work work = new Work(orcid, putCode, FakeXml.serialize(parsed.document()), writes, source);
        Instant now = now();
        works.computeIfAbsent(orcid, k -> new LinkedHashMap<>())
                .put(putCode, new Stored(work, parsed.selfIds(), now, now));
        return putCode;
    }

    /**
     * Another work of the iD from the API's client sharing a self external id, or null (ORCID's duplicate rule
     * holds within one source); callers hold the lock.
     */
    private Stored clash(String orcid, Set<SelfId> selfIds, String exceptPutCode) {
        for (Stored other : works.getOrDefault(orcid, Map.of()).values()) {
            if (CLIENT_ID.equals(other.source()) && !other.work().putCode().equals(exceptPutCode)
                    && other.selfIds().stream().anyMatch(selfIds::contains)) {
                return other;
            }
        }
        return null;
    }

    private ParsedWork checkedWork(Request request) throws InvalidWork {
        if (!ORCID_XML.equals(request.mediaType())) {
            throw new InvalidWork(415, "Content-Type must be " + ORCID_XML + ", was " + request.header("Content-Type"));
        }
        return parseWork(request.body());
    }

    private ParsedWork parseWork(byte[] xml) throws InvalidWork {
        List<String> errors = schema.validate(SCHEMA_KEY, xml);
        if (!errors.isEmpty()) {
            throw new InvalidWork(400, "not valid against work-3.0.xsd: " + String.join("; ", errors));
        }
        Document document;
        try {
            document = FakeXml.parse(xml);
        } catch (SAXException | IOException e) {
            throw new InvalidWork(400, "cannot be parsed: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        // the schema also declares common:* and error:* roots; only a work is a work
        if (!WORK_NS.equals(root.getNamespaceURI()) || !"work".equals(root.getLocalName())) {
            throw new InvalidWork(400, "the root element must be work:work, is {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        String putCode = root.hasAttributeNS(null, "put-code") ? root.getAttributeNS(null, "put-code").trim() : null;
        Set<SelfId> selfIds = new LinkedHashSet<>();
        for (Element id : selfExternalIds(root)) {
            selfIds.add(SelfId.of(FakeXml.text(id, COMMON_NS, "external-id-type"),
                    FakeXml.text(id, COMMON_NS, "external-id-value")));
        }
        return new ParsedWork(document, putCode, selfIds);
    }

    /** The work's external-id elements with relationship self. */
    private static List<Element> selfExternalIds(Element work) {
        List<Element> self = new ArrayList<>();
        Element ids = FakeXml.child(work, COMMON_NS, "external-ids");
        if (ids != null) {
            for (Element id : FakeXml.children(ids, COMMON_NS, "external-id")) {
                if ("self".equals(FakeXml.text(id, COMMON_NS, "external-id-relationship"))) {
                    self.add(id);
                }
            }
        }
        return self;
    }

    /** The ORCID 3.0 works listing: one group per work, holding its self ids and a summary of it. */
    private String worksDocument(String orcid) {
        List<Stored> mine;
        synchronized (lock) {
            mine = List.copyOf(works.getOrDefault(orcid, Map.of()).values());
        }
        Document out = FakeXml.newDocument();
        Element root = out.createElementNS(ACTIVITIES_NS, "activities:works");
        out.appendChild(root);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:activities", ACTIVITIES_NS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:common", COMMON_NS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:work", WORK_NS);
        root.setAttribute("path", "/" + orcid + "/works");
        mine.stream().map(Stored::modified).max(Instant::compareTo)
                .ifPresent(latest -> append(root, COMMON_NS, "common:last-modified-date", timestamp(latest)));
        for (Stored stored : mine) {
            Element work;
            try {
                work = FakeXml.parse(stored.work().xml().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
            } catch (SAXException | IOException e) {
                throw new IllegalStateException("stored work cannot be read again", e);
            }
            Element group = append(root, ACTIVITIES_NS, "activities:group", null);
            append(group, COMMON_NS, "common:last-modified-date", timestamp(stored.modified()));
            Element groupIds = append(group, COMMON_NS, "common:external-ids", null);
            for (Element id : selfExternalIds(work)) {
                groupIds.appendChild(out.importNode(id, true));
            }
            Element summary = append(group, WORK_NS, "work:work-summary", null);
            String putCode = stored.work().putCode();
            summary.setAttribute("put-code", putCode);
            summary.setAttribute("path", "/" + orcid + "/work/" + putCode);
            summary.setAttribute("visibility", "public");
            summary.setAttribute("display-index", "0");
            append(summary, COMMON_NS, "common:created-date", timestamp(stored.created()));
            append(summary, COMMON_NS, "common:last-modified-date", timestamp(stored.modified()));
            Element source = append(summary, COMMON_NS, "common:source", null);
            Element client = append(source, COMMON_NS, "common:source-client-id", null);
            append(client, COMMON_NS, "common:uri", "https://sandbox.orcid.org/client/" + stored.source());
            append(client, COMMON_NS, "common:path", stored.source());
            append(client, COMMON_NS, "common:host", "sandbox.orcid.org");
            append(source, COMMON_NS, "common:source-name", "Fake ORCID member client");
            // the summary's elements, in the order work-summary declares them
            copy(work, WORK_NS, "title", summary);
            copy(work, COMMON_NS, "external-ids", summary);
            copy(work, COMMON_NS, "url", summary);
            copy(work, WORK_NS, "type", summary);
            copy(work, COMMON_NS, "publication-date", summary);
            copy(work, WORK_NS, "journal-title", summary);
        }
        return FakeXml.serialize(out);
    }

    private static Element append(Element parent, String namespace, String qualifiedName, String text) {
        Element element = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static void copy(Element from, String namespace, String localName, Element to) {
        Element element = FakeXml.child(from, namespace, localName);
        if (element != null) {
            Node copy = to.getOwnerDocument().importNode(element, true);
            to.appendChild(copy);
        }
    }

    private Answer duplicate(Stored existing) {
        return orcidError(409, "409 Conflict: You have already added this activity (matched by external identifiers), "
                + "please see element with put-code " + existing.work().putCode()
                + ". If you are trying to edit the item, please use PUT instead of POST.");
    }

    private static Answer notFound(String orcid, String putCode) {
        return orcidError(404, "404 Not Found: No work with put-code " + putCode + " in " + orcid + ".");
    }

    private Answer reject(Request request, int status, String reason) {
        rejections.add(request + " → " + status + ": " + reason);
        return orcidError(status, status + ": " + reason);
    }

    /** An ORCID error document (error-3.0.xsd). */
    private static Answer orcidError(int status, String developerMessage) {
        Document out = FakeXml.newDocument();
        Element error = out.createElementNS(ERROR_NS, "error:error");
        error.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:error", ERROR_NS);
        out.appendChild(error);
        append(error, ERROR_NS, "error:response-code", Integer.toString(status));
        append(error, ERROR_NS, "error:developer-message", developerMessage);
        return Answer.of(status, ORCID_XML, FakeXml.serialize(out));
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static Instant now() {
        return Instant.now();
    }

    private static void requireOrcid(String orcid) {
        if (!ORCID_ID.matcher(Objects.requireNonNull(orcid)).matches()) {
            throw new IllegalArgumentException("not an ORCID iD: " + orcid);
        }
    }
}
