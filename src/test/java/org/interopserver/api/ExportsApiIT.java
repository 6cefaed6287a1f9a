package org.interopserver.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.crosswalk.CrosswalkSource;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.model.ModelJson;
import org.interopserver.support.DeployedApp;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.interopserver.support.Http.Reply;
import org.interopserver.support.TestCrosswalks;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports, content negotiation, DataCite import and the rendition refresh, against the war in Payara Micro. */
class ExportsApiIT extends DeployedApp {

    private static final String DATACITE_XML = "application/vnd.datacite.datacite+xml";


    private JsonNode create(boolean withDoi) {
        ObjectNode record = (ObjectNode) ModelJson.MAPPER.valueToTree(Fixtures.record("minimal"));
        if (withDoi) {
            record.putObject("pids").putObject("doi").put("identifier", "10.5072/it." + System.nanoTime())
                    .put("provider", "external");
        }
        Reply r = http.send("POST", "/api/records", record.toString(), ADMIN);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void everyFormatIsExportedFromItsStoredRenditionWithValidators() {
        String id = create(true).path("id").asText();
        JsonNode formats = http.get("/api/formats").json().path("exports");
        assertEquals(TestCrosswalks.official().registry().formats().size(), formats.size());
        SchemaValidator schemas = TestCrosswalks.validator(CrosswalkSource.classpath());
        for (JsonNode f : formats) {
            String name = f.path("name").asText();
            Reply export = http.get("/api/records/" + id + "/export/" + name);
            assertEquals(200, export.status(), name + ": " + export.body());
            assertTrue(export.header("Content-Type").startsWith(f.path("media_type").asText()), name);
            String etag = export.header("ETag");
            assertNotNull(etag, name);
            assertNotNull(export.header("Last-Modified"), name);
            assertEquals(List.of(), schemas.validate(name, export.body().getBytes(StandardCharsets.UTF_8)), name);
            assertEquals(304, http.get("/api/records/" + id + "/export/" + name, "If-None-Match", etag).status(), name);
        }
        assertEquals(404, http.get("/api/records/" + id + "/export/no-such-format").status());
    }

    @Test
    void theRecordUrlNegotiatesAmongTheFormatsTheRecordHas() {
        String id = create(true).path("id").asText();
        String url = "/api/records/" + id;
        Reply json = http.get(url);
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Type").startsWith("application/json"));
        assertEquals("Accept", json.header("Vary"));

        Reply bibtex = http.get(url, "Accept", "application/x-bibtex");
        assertEquals(200, bibtex.status());
        assertTrue(bibtex.body().startsWith("@"), bibtex.body());
        assertEquals("Accept", bibtex.header("Vary"));
        assertEquals(http.get(url + "/export/bibtex").body(), bibtex.body());

        Reply weighted = http.get(url, "Accept", DATACITE_XML + ";q=0.5, application/ld+json, */*;q=0.1");
        assertTrue(weighted.header("Content-Type").startsWith("application/ld+json"), weighted.header("Content-Type"));
        Reply refused = http.get(url, "Accept", "application/ld+json;q=0, " + DATACITE_XML);
        assertTrue(refused.header("Content-Type").startsWith(DATACITE_XML), refused.header("Content-Type"));
        assertTrue(http.get(url, "Accept", "*/*").header("Content-Type").startsWith("application/json"));

        Reply html = http.get(url, "Accept", "text/html");
        assertEquals(406, html.status());
        assertTrue(html.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(html.body().contains(DATACITE_XML) && html.body().contains("application/x-bibtex"), html.body());
    }

    @Test
    void formatsARecordCannotBeExpressedInAreNotOffered() {
        String id = create(false).path("id").asText();
        assertEquals(404, http.get("/api/records/" + id + "/export/datacite").status());
        Reply negotiated = http.get("/api/records/" + id, "Accept", DATACITE_XML);
        assertEquals(406, negotiated.status());
        assertTrue(!negotiated.body().contains(DATACITE_XML) && negotiated.body().contains("application/x-dc+xml"),
                negotiated.body());
    }

    @Test
    void aDeletedRecordHasNoExports() {
        String id = create(true).path("id").asText();
        assertEquals(200, http.send("DELETE", "/api/records/" + id, "", ADMIN).status());
        assertEquals(410, http.get("/api/records/" + id + "/export/oai_dc").status());
        assertEquals(410, http.get("/api/records/" + id, "Accept", "application/x-dc+xml").status());
    }

    @Test
    void aDataCiteDocumentCreatesARecordThatExportsBack() throws Exception {
        Path example = Fixtures.standardsDir().resolve("datacite/kernel-4/example/datacite-example-full-v4.xml");
        Reply created = http.sendBytes("POST", "/api/records", Files.readAllBytes(example), DATACITE_XML, ADMIN);
        assertEquals(201, created.status(), created.body());
        JsonNode record = created.json();
        assertEquals("external", record.path("pids").path("doi").path("provider").asText());
        Reply export = http.get("/api/records/" + record.path("id").asText() + "/export/datacite");
        assertEquals(200, export.status());
        assertTrue(export.body().contains(record.path("pids").path("doi").path("identifier").asText()));
        assertTrue(export.body().contains(record.path("metadata").path("title").asText()));
    }

    @Test
    void hostileOrWrongDocumentsAreRejectedAndNothingIsStored() {
        long before = count();
        Map<String, String> bad = Map.of(
                "xxe", "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                        + "<resource xmlns='http://datacite.org/schema/kernel-4'>&x;</resource>",
                "billion laughs", "<!DOCTYPE r [<!ENTITY a 'aaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                        + "<resource xmlns='http://datacite.org/schema/kernel-4'>&b;</resource>",
                "external DTD", "<!DOCTYPE resource SYSTEM 'http://127.0.0.1:9/x.dtd'>"
                        + "<resource xmlns='http://datacite.org/schema/kernel-4'/>",
                "wrong root", "<record xmlns='http://datacite.org/schema/kernel-4'/>",
                "malformed", "<resource xmlns='http://datacite.org/schema/kernel-4'><titles></resource>",
                "invalid", "<resource xmlns='http://datacite.org/schema/kernel-4'><titles/></resource>");
        bad.forEach((name, xml) -> {
            Reply r = http.sendBytes("POST", "/api/records", xml.getBytes(StandardCharsets.UTF_8), DATACITE_XML, ADMIN);
            assertEquals(400, r.status(), name + ": " + r.body());
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), name);
            assertTrue(r.json().path("detail").asText().length() > 20, name + ": " + r.body());
        });
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertEquals(413, http.sendBytes("POST", "/api/records", huge, DATACITE_XML, ADMIN).status());
        assertEquals(415, http.sendBytes("POST", "/api/records", "<x/>".getBytes(StandardCharsets.UTF_8),
                "application/marcxml+xml", ADMIN).status());
        assertEquals(before, count(), "nothing was stored");
    }

    @Test
    void anAdminCanReRenderEveryRecord() throws Exception {
        create(true);
        assertEquals(401, http.send("POST", "/api/admin/renditions/refresh", "").status());
        Reply started = http.send("POST", "/api/admin/renditions/refresh", "", ADMIN);
        assertEquals(202, started.status(), started.body());
        JsonNode status = started.json();
        for (int i = 0; i < 100 && status.path("running").asBoolean(true); i++) {
            Thread.sleep(200);
            status = http.get("/api/admin/renditions/refresh", ADMIN).json();
        }
        assertEquals(false, status.path("running").asBoolean(true), status.toString());
        assertEquals(status.path("total").asLong(), status.path("done").asLong(), status.toString());
        assertEquals(0, status.path("changed").asLong(), "renditions were already current: " + status);
        assertTrue(status.path("up_to_date").asBoolean(), status.toString());
    }

    private long count() {
        return http.walk("/api/records?size=100", ADMIN).size();
    }
}
