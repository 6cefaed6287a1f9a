package org.interopserver.oai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.model.ModelJson;
import org.interopserver.support.DeployedApp;
import org.interopserver.support.ExternalTool;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import static org.interopserver.support.OaiResponses.errorCode;
import static org.interopserver.support.OaiResponses.text;
import static org.interopserver.support.OaiResponses.texts;
import static org.interopserver.support.OaiResponses.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OAI-PMH endpoint of the deployed server, harvested by two third-party harvesters from Debian (Catmandu's OAI
 * importer and HTTP::OAI's oai_pmh) after 5,000 records were bulk-loaded through the API: full and selective
 * harvests with exact counts and no duplicates. Also HTTP-level behaviour: compression, POST, the browser view.
 */
class OaiHarvestIT extends DeployedApp {

    static final int RECORDS = 5000;
    static final int IN_COMMUNITY = 2000;
    static final String COMMUNITY = "harvest-it";

    static final List<String> LOADED = Collections.synchronizedList(new ArrayList<>());
    static final List<String> LOADED_IN_COMMUNITY = Collections.synchronizedList(new ArrayList<>());
    static Instant loadStart;

    @BeforeEach
    void loadOnce() throws Exception {
        if (loadStart != null) {
            return;
        }
        assertEquals(201, http.send("POST", "/api/communities", "{\"slug\": \"" + COMMUNITY + "\", \"title\":"
                + " \"Harvest test\"}", ADMIN).status());
        // the selective harvest by date starts at the first second that holds only this load's changes
        loadStart = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(1100);
        List<CompletableFuture<Void>> streams = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            int first = part * RECORDS / 2;
            streams.add(CompletableFuture.runAsync(() -> bulk(first, RECORDS / 2)));
        }
        for (CompletableFuture<Void> stream : streams) {
            stream.get(15, TimeUnit.MINUTES);
        }
        assertEquals(RECORDS, LOADED.size());
        assertEquals(IN_COMMUNITY, LOADED_IN_COMMUNITY.size());
    }

    private void bulk(int first, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            ObjectNode record = (ObjectNode) readTree(Fixtures.recordJson("minimal"));
            ((ObjectNode) record.get("metadata")).put("title", "Harvested record " + i);
            if (i % 5 < 2) {
                record.putArray("communities").add(COMMUNITY);
            }
            if (i % 10 == 0) {
                // some with a DOI, so the DataCite formats have records too
                record.putObject("pids").putObject("doi").put("identifier", "10.5072/harvest-it." + i)
                        .put("provider", "external");
            }
            lines.append(record).append('\n');
        }
        Http.Reply reply = new Http(base.toString()).sendBytes("POST", "/api/records/_bulk",
                lines.toString().getBytes(StandardCharsets.UTF_8), "application/x-ndjson", ADMIN);
        assertEquals(200, reply.status(), reply.body());
        reply.body().lines().map(OaiHarvestIT::readTree).forEach(result -> {
            assertEquals(201, result.get("status").asInt(), result.toString());
            String id = result.get("id").asText();
            LOADED.add(id);
            if ((first + result.get("line").asInt() - 1) % 5 < 2) {
                LOADED_IN_COMMUNITY.add(id);
            }
        });
    }

    private String endpoint() {
        return base.toString().replace("localhost", "127.0.0.1") + "oai";
    }

    private String oaiId(String recordId) {
        return "oai:it.example:" + recordId;
    }

    @Test
    void catmanduHarvestsEverythingAndSelectively() throws Exception {
        long listSize = completeListSize("oai_dc", null);
        List<String> full = catmandu("--metadataPrefix", "oai_dc");
        assertEquals(full.size(), new HashSet<>(full).size(), "no duplicates");
        assertEquals(listSize, full.size(), "exactly completeListSize records");
        assertTrue(new HashSet<>(full).containsAll(LOADED.stream().map(this::oaiId).toList()));
        assertTrue(full.size() >= RECORDS);

        List<String> inCommunity = catmandu("--metadataPrefix", "oai_dc", "--set", "community:" + COMMUNITY);
        assertEquals(new TreeSet<>(LOADED_IN_COMMUNITY.stream().map(this::oaiId).toList()), new TreeSet<>(inCommunity));
        assertEquals(IN_COMMUNITY, inCommunity.size(), "no duplicates");
    }

    @Test
    void oaiPmhHarvestsEverythingAndByDate() throws Exception {
        long listSize = completeListSize("oai_datacite", null);
        List<String> full = oaiPmh("--metadataPrefix", "oai_dc");
        assertEquals(full.size(), new HashSet<>(full).size(), "no duplicates");
        assertEquals(completeListSize("oai_dc", null), full.size());
        assertTrue(listSize < full.size() || listSize == full.size(), "DataCite formats only for records with a DOI");

        List<String> sinceLoad = oaiPmh("--metadataPrefix", "oai_dc", "--from", loadStart.toString());
        assertEquals(new TreeSet<>(LOADED.stream().map(this::oaiId).toList()), new TreeSet<>(sinceLoad));
        assertEquals(RECORDS, sinceLoad.size(), "no duplicates");
    }

    @Test
    void everyVerbAndFormatIsValidOverHttp() {
        Document identify = valid(http.get("/oai?verb=Identify").body());
        assertEquals("200", "" + http.get("/oai?verb=Nonsense").status(), "protocol errors are HTTP 200");
        String sample = text(identify, "//*[local-name()='sampleIdentifier']");
        Document formats = valid(http.get("/oai?verb=ListMetadataFormats").body());
        for (String prefix : texts(formats, "//oai:metadataPrefix")) {
            Document page = valid(http.get("/oai?verb=ListRecords&metadataPrefix=" + prefix).body());
            assertEquals("", errorCode(page), prefix);
            String token = text(page, "//oai:resumptionToken");
            valid(http.get("/oai?verb=ListRecords&resumptionToken=" + token).body());
            valid(http.get("/oai?verb=ListIdentifiers&metadataPrefix=" + prefix + "&set=type:dataset").body());
            valid(http.get("/oai?verb=GetRecord&metadataPrefix=" + prefix + "&identifier=" + sample).body());
        }
        valid(http.get("/oai?verb=ListSets").body());
        assertEquals("badArgument", errorCode(valid(http.get("/oai?verb=ListRecords&metadataPrefix=oai_dc"
                + "&from=2026-01-01&until=2026-01-02T00:00:00Z").body())));
    }

    @Test
    void postCompressionAndTheBrowserView() throws Exception {
        Http.Reply post = http.sendBytes("POST", "/oai", "verb=ListIdentifiers&metadataPrefix=oai_dc&set=community%3A"
                .concat(COMMUNITY).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(200, post.status());
        Document posted = valid(post.body());
        assertEquals(texts(valid(http.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=community:" + COMMUNITY)
                .body()), "//oai:identifier"), texts(posted, "//oai:identifier"), "POST answers as GET does");

        HttpClient client = HttpClient.newHttpClient();
        for (String coding : List.of("gzip", "deflate")) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(endpoint()
                    + "?verb=ListRecords&metadataPrefix=oai_dc")).header("Accept-Encoding", coding).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(coding, r.headers().firstValue("Content-Encoding").orElse(""));
            byte[] body = (coding.equals("gzip") ? new GZIPInputStream(new ByteArrayInputStream(r.body()))
                    : new InflaterInputStream(new ByteArrayInputStream(r.body()))).readAllBytes();
            assertEquals("", errorCode(valid(new String(body, StandardCharsets.UTF_8))));
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        }
        String plain = http.get("/oai?verb=Identify").body();
        Matcher pi = Pattern.compile("<\\?xml-stylesheet type=\"text/xsl\" href=\"[^\"]*(/oai/browser\\.xsl)\"\\?>")
                .matcher(plain);
        assertTrue(pi.find(), "a stylesheet instruction for browsers");
        Http.Reply xsl = http.get(pi.group(1));
        assertEquals(200, xsl.status());
        assertTrue(xsl.header("Content-Type").startsWith("text/xsl"));
        assertTrue(xsl.body().contains("http://www.w3.org/1999/XSL/Transform"));
    }

    private long completeListSize(String prefix, String set) {
        Document page = valid(http.get("/oai?verb=ListIdentifiers&metadataPrefix=" + prefix
                + (set == null ? "" : "&set=" + set)).body());
        String size = text(page, "//oai:resumptionToken/@completeListSize");
        return size.isEmpty() ? texts(page, "//oai:header").size() : Long.parseLong(size);
    }

    /** Identifiers of the records Catmandu's OAI importer harvests (deleted ones included). */
    private List<String> catmandu(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("catmandu", "convert", "OAI", "--url", endpoint()));
        command.addAll(List.of(options));
        command.addAll(List.of("to", "JSON", "--line_delimited", "1"));
        List<String> ids = new ArrayList<>();
        for (String line : run(command).lines().toList()) {
            if (!line.isBlank()) {
                ids.add(readTree(line).get("_id").asText());
            }
        }
        return ids;
    }

    /** Identifiers of the records HTTP::OAI's oai_pmh harvests. */
    private List<String> oaiPmh(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("oai_pmh", "-X", "ListRecords"));
        command.addAll(List.of(options));
        command.add(endpoint());
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("identifier: (\\S+)\r?\ndatestamp: ").matcher(run(command));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return ExternalTool.run(command, Files.createTempFile(Fixtures.buildDir(), "harvest-", ".err"),
                Duration.ofMinutes(10), ".ci/run installs libcatmandu-oai-perl and libhttp-oai-perl (apt-get)");
    }

    private static JsonNode readTree(String json) {
        try {
            return ModelJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
