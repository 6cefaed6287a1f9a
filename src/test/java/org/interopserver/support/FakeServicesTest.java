package org.interopserver.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.support.FaultPlan.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fakes of DataCite and ORCID refuse what the real services refuse; otherwise tests against them prove little. */
class FakeServicesTest {

    private static final String USER = "DEMO.REPO";
    private static final String PASSWORD = "s3cret";
    private static final String DOI = "10.5072/demo0-00001";
    private static final String LANDING = "https://repo.example.org/records/demo0-00001";
    private static final String ORCID_ID = "0000-0002-1825-0097";
    private static final String TOKEN = "member-token-1";
    private static final String ORCID_XML = "application/vnd.orcid+xml";
    private static final String JSON_API = "application/vnd.api+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private FakeDatacite datacite;
    private FakeOrcid orcid;

    @BeforeEach
    void start() {
        datacite = FakeDatacite.start(USER, PASSWORD, Fixtures.standardsDir());
        orcid = FakeOrcid.start(Fixtures.standardsDir());
        orcid.token(ORCID_ID, TOKEN);
    }

    @AfterEach
    void stop() {
        datacite.close();
        orcid.close();
    }

    // DataCite

    @Test
    void validPublishMakesAFindableDoi() throws Exception {
        HttpResponse<String> response = putDoi(DOI, doiDocument(DOI, "publish", LANDING, dataciteXml(DOI)), PASSWORD);

        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON_API));
        JsonNode attributes = JSON.readTree(response.body()).at("/data/attributes");
        assertEquals("findable", attributes.path("state").asText());
        assertEquals(LANDING, attributes.path("url").asText());
        FakeDatacite.DoiEntry entry = datacite.doi(DOI.toUpperCase()).orElseThrow();
        assertEquals("findable", entry.state());
        assertEquals(1, entry.writes());
        assertEquals(dataciteXml(DOI), entry.xml());
        assertEquals(200, send("GET", datacite.url() + "/dois/" + DOI, null, null, basic(PASSWORD)).statusCode());
        assertEquals(List.of(), datacite.rejections());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = putDoi(DOI, doiDocument(DOI, "publish", LANDING, dataciteXml(DOI)), "wrong");

        assertEquals(401, response.statusCode());
        assertEquals(1, datacite.rejections().size());
        assertTrue(datacite.dois().isEmpty());
    }

    @Test
    void xmlInvalidAgainstTheKernelSchemaIsRefused() throws Exception {
        String withoutYear = dataciteXml(DOI).replace("<publicationYear>2021</publicationYear>", "");

        HttpResponse<String> response = putDoi(DOI, doiDocument(DOI, "publish", LANDING, withoutYear), PASSWORD);

        assertEquals(422, response.statusCode());
        assertEquals("422", JSON.readTree(response.body()).at("/errors/0/status").asText());
        assertEquals(1, datacite.rejections().size());
        assertTrue(datacite.doi(DOI).isEmpty());
    }

    @Test
    void xmlOfAnotherDoiIsRefused() throws Exception {
        HttpResponse<String> response = putDoi(DOI,
                doiDocument(DOI, "publish", LANDING, dataciteXml("10.5072/other")), PASSWORD);

        assertEquals(422, response.statusCode());
        assertTrue(datacite.rejections().get(0).contains("10.5072/other"), datacite.rejections().toString());
        assertTrue(datacite.doi(DOI).isEmpty());
    }

    @Test
    void publishOfANewDoiWithoutUrlIsRefused() throws Exception {
        assertEquals(422, putDoi(DOI, doiDocument(DOI, "publish", null, dataciteXml(DOI)), PASSWORD).statusCode());
        assertEquals(1, datacite.rejections().size());
    }

    @Test
    void wrongMediaTypeIsRefused() throws Exception {
        String body = doiDocument(DOI, "publish", LANDING, dataciteXml(DOI));
        HttpResponse<String> response = send("PUT", datacite.url() + "/dois/" + DOI, body, null,
                "Authorization", basic(PASSWORD)[1], "Content-Type", "application/json");

        assertEquals(415, response.statusCode());
        assertEquals(1, datacite.rejections().size());
    }

    @Test
    void hideTurnsAFindableDoiIntoARegisteredOne() throws Exception {
        assertEquals(201, putDoi(DOI, doiDocument(DOI, "publish", LANDING, dataciteXml(DOI)), PASSWORD).statusCode());

        HttpResponse<String> hidden = putDoi(DOI, doiDocument(DOI, "hide", null, null), PASSWORD);

        assertEquals(200, hidden.statusCode(), hidden.body());
        FakeDatacite.DoiEntry entry = datacite.doi(DOI).orElseThrow();
        assertEquals("registered", entry.state());
        assertEquals(LANDING, entry.url()); // kept: the hide request had no url
        assertEquals(2, entry.writes());
        assertEquals(List.of(), datacite.rejections());
    }

    @Test
    void aDraftCannotBeHidden() throws Exception {
        assertEquals(201, putDoi(DOI, doiDocument(DOI, null, null, null), PASSWORD).statusCode());
        assertEquals("draft", datacite.doi(DOI).orElseThrow().state());

        assertEquals(422, putDoi(DOI, doiDocument(DOI, "hide", null, null), PASSWORD).statusCode());
        assertEquals("draft", datacite.doi(DOI).orElseThrow().state());
    }

    // ORCID

    @Test
    void validWorkIsCreatedWithAPutCode() throws Exception {
        HttpResponse<String> response = postWork(goldenWork(), TOKEN);

        assertEquals(201, response.statusCode(), response.body());
        FakeOrcid.Work work = orcid.works(ORCID_ID).get(0);
        assertEquals(orcid.url() + "/v3.0/" + ORCID_ID + "/work/" + work.putCode(),
                response.headers().firstValue("Location").orElse(null));
        assertTrue(work.xml().contains("put-code=\"" + work.putCode() + "\""), work.xml());
        assertEquals(1, work.writes());
        assertEquals(List.of(), orcid.rejections());
    }

    @Test
    void secondPostWithTheSameSelfIdIsAConflictNotARejection() throws Exception {
        assertEquals(201, postWork(goldenWork(), TOKEN).statusCode());

        HttpResponse<String> again = postWork(goldenWork(), TOKEN);

        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("<error:response-code>409</error:response-code>"), again.body());
        assertEquals(1, orcid.works(ORCID_ID).size());
        assertEquals(List.of(), orcid.rejections());
    }

    @Test
    void seededWorkWithTheSameDoiInOtherCaseMakesAPostConflict() throws Exception {
        orcid.seedWork(ORCID_ID, goldenWork().replace("10.5281/zenodo.48213571", "10.5281/ZENODO.48213571"));

        assertEquals(409, postWork(goldenWork(), TOKEN).statusCode());
    }

    @Test
    void putWithThePutCodeReplacesTheWork() throws Exception {
        String putCode = putCodeOf(postWork(goldenWork(), TOKEN));
        String changed = withPutCode(goldenWork(), putCode).replace("<work:type>data-set</work:type>",
                "<work:type>software</work:type>");

        HttpResponse<String> response = putWork(putCode, changed, TOKEN);

        assertEquals(200, response.statusCode(), response.body());
        FakeOrcid.Work work = orcid.works(ORCID_ID).get(0);
        assertTrue(work.xml().contains("software"));
        assertEquals(2, work.writes());
        assertEquals(List.of(), orcid.rejections());
    }

    @Test
    void putOfAnUnknownPutCodeIsNotFound() throws Exception {
        HttpResponse<String> response = putWork("424242", withPutCode(goldenWork(), "424242"), TOKEN);

        assertEquals(404, response.statusCode());
        assertEquals(List.of(), orcid.rejections());
    }

    @Test
    void putWithoutPutCodeAndPostWithOneAreRefused() throws Exception {
        String putCode = putCodeOf(postWork(goldenWork(), TOKEN));

        assertEquals(400, putWork(putCode, goldenWork(), TOKEN).statusCode());
        assertEquals(400, postWork(withPutCode(goldenWork(), putCode), TOKEN).statusCode());
        assertEquals(2, orcid.rejections().size());
    }

    @Test
    void badTokenIsRefused() throws Exception {
        assertEquals(401, postWork(goldenWork(), "someone-elses-token").statusCode());
        assertEquals(1, orcid.rejections().size());
        assertTrue(orcid.works(ORCID_ID).isEmpty());
    }

    @Test
    void workInvalidAgainstTheSchemaIsRefused() throws Exception {
        String withoutType = goldenWork().replace("<work:type>data-set</work:type>", "");

        assertEquals(400, postWork(withoutType, TOKEN).statusCode());
        assertEquals(1, orcid.rejections().size());
        assertTrue(orcid.works(ORCID_ID).isEmpty());
    }

    @Test
    void workRemovedByTheResearcherIsNotFoundOnPut() throws Exception {
        String putCode = putCodeOf(postWork(goldenWork(), TOKEN));
        orcid.removeWork(ORCID_ID, putCode);

        assertEquals(404, putWork(putCode, withPutCode(goldenWork(), putCode), TOKEN).statusCode());
        assertEquals(201, postWork(goldenWork(), TOKEN).statusCode()); // its self ids are free again
    }

    @Test
    void worksListingHoldsASchemaValidSummary() throws Exception {
        String putCode = putCodeOf(postWork(goldenWork(), TOKEN));

        HttpResponse<String> works = send("GET", orcid.url() + "/v3.0/" + ORCID_ID + "/works", null, null,
                "Authorization", "Bearer " + TOKEN);

        assertEquals(200, works.statusCode());
        assertTrue(works.body().contains("put-code=\"" + putCode + "\""), works.body());
        assertTrue(works.body().contains("10.5281/zenodo.48213571"), works.body());
        SchemaValidator activities = SchemaValidator.load(Fixtures.standardsDir(),
                Map.of("activities", List.of("orcid-3.0/record_3.0/activities-3.0.xsd")));
        assertEquals(List.of(), activities.validate("activities", works.body().getBytes(StandardCharsets.UTF_8)));
    }

    // faults

    @Test
    void queuedTooManyRequestsIsA429WithRetryAfterAndChangesNothing() throws Exception {
        FaultPlan plan = FaultPlan.random(0, 1, Duration.ofSeconds(1), 7).queue(Fault.TOO_MANY_REQUESTS);
        datacite.faults(plan);
        String body = doiDocument(DOI, "publish", LANDING, dataciteXml(DOI));

        HttpResponse<String> limited = putDoi(DOI, body, PASSWORD);

        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("Retry-After").orElse(null));
        assertTrue(datacite.doi(DOI).isEmpty());
        assertEquals(201, putDoi(DOI, body, PASSWORD).statusCode());
        assertEquals(Map.of(Fault.TOO_MANY_REQUESTS, 1), plan.injected());
        assertEquals(2, datacite.requests());
    }

    @Test
    void timeoutAfterAppliesTheChangeThoughTheClientTimesOut() throws Exception {
        orcid.faults(FaultPlan.random(0, 1, Duration.ofSeconds(3), 1).queue(Fault.TIMEOUT_AFTER));

        assertThrows(HttpTimeoutException.class, () -> send("POST", orcid.url() + "/v3.0/" + ORCID_ID + "/work",
                goldenWork(), Duration.ofMillis(500), "Authorization", "Bearer " + TOKEN, "Content-Type", ORCID_XML));

        assertEquals(1, orcid.works(ORCID_ID).size()); // applied before the delay, so already there
        assertEquals(409, postWork(goldenWork(), TOKEN).statusCode()); // what a retrying client then meets
    }

    @Test
    void timeoutBeforeChangesNothing() throws Exception {
        orcid.faults(FaultPlan.random(0, 1, Duration.ofSeconds(1), 1).queue(Fault.TIMEOUT_BEFORE));

        assertThrows(HttpTimeoutException.class, () -> send("POST", orcid.url() + "/v3.0/" + ORCID_ID + "/work",
                goldenWork(), Duration.ofMillis(300), "Authorization", "Bearer " + TOKEN, "Content-Type", ORCID_XML));
        Thread.sleep(1200); // past the delay: the fake has answered 504 by now

        assertTrue(orcid.works(ORCID_ID).isEmpty());
    }

    @Test
    void randomPlanIsRepeatableAndCountsItsFaults() {
        FaultPlan first = FaultPlan.random(0.5, 42, Duration.ZERO, 1);
        FaultPlan second = FaultPlan.random(0.5, 42, Duration.ZERO, 1);
        int faults = 0;
        for (int i = 0; i < 200; i++) {
            Fault fault = first.next();
            assertEquals(fault, second.next());
            faults += fault == Fault.NONE ? 0 : 1;
        }
        assertTrue(faults > 50 && faults < 150, "about half: " + faults);
        assertEquals(faults, first.injected().values().stream().mapToInt(Integer::intValue).sum());
        assertFalse(first.injected().containsKey(Fault.NONE));
    }

    // helpers

    private static String dataciteXml(String doi) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <resource xmlns="http://datacite.org/schema/kernel-4">
                  <identifier identifierType="DOI">%s</identifier>
                  <creators>
                    <creator><creatorName nameType="Personal">Haugen, Ingrid</creatorName></creator>
                  </creators>
                  <titles><title>Sub-surface temperature and salinity profiles</title></titles>
                  <publisher>Interop Demo Repository</publisher>
                  <publicationYear>2021</publicationYear>
                  <resourceType resourceTypeGeneral="Dataset">Profiles</resourceType>
                </resource>
                """.formatted(doi);
    }

    /** A JSON:API DOI document; null arguments are left out. */
    private static String doiDocument(String doi, String event, String url, String xml) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode data = root.putObject("data").put("id", doi).put("type", "dois");
        ObjectNode attributes = data.putObject("attributes").put("doi", doi);
        if (event != null) {
            attributes.put("event", event);
        }
        if (url != null) {
            attributes.put("url", url);
        }
        if (xml != null) {
            attributes.put("xml", Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
        }
        return root.toString();
    }

    private static String goldenWork() {
        return Fixtures.text("/golden/orcid-work/demo0-00001.xml");
    }

    private static String withPutCode(String work, String putCode) {
        return work.replaceFirst("<work:work ", "<work:work put-code=\"" + putCode + "\" ");
    }

    private static String putCodeOf(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String[] basic(String password) {
        String credentials = USER + ":" + password;
        return new String[] {"Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))};
    }

    private HttpResponse<String> putDoi(String doi, String body, String password) throws IOException, InterruptedException {
        return send("PUT", datacite.url() + "/dois/" + doi, body, null,
                basic(password)[0], basic(password)[1], "Content-Type", JSON_API);
    }

    private HttpResponse<String> postWork(String xml, String token) throws IOException, InterruptedException {
        return send("POST", orcid.url() + "/v3.0/" + ORCID_ID + "/work", xml, null,
                "Authorization", "Bearer " + token, "Content-Type", ORCID_XML);
    }

    private HttpResponse<String> putWork(String putCode, String xml, String token) throws IOException, InterruptedException {
        return send("PUT", orcid.url() + "/v3.0/" + ORCID_ID + "/work/" + putCode, xml, null,
                "Authorization", "Bearer " + token, "Content-Type", ORCID_XML);
    }

    /** {@code headers} are name, value pairs; {@code timeout} null means 10 s. */
    private HttpResponse<String> send(String method, String uri, String body, Duration timeout, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(timeout == null ? Duration.ofSeconds(10) : timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
