package org.interopserver.integration;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.model.ModelJson;
import org.interopserver.support.FakeDatacite;
import org.interopserver.support.FakeOrcid;
import org.interopserver.support.FaultPlan;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.interopserver.support.PostgresSchema;
import org.interopserver.support.ServerProcess;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox in the runnable jar: a server killed in the middle of the work loses no job, and two servers on one
 * PostgreSQL never process one job twice. DataCite and ORCID are the validating fakes of the test suite.
 */
class OutboxIT {

    private static final String ADMIN = "outbox-admin-token";
    private static final String[] AUTH = {"Authorization", "Bearer " + ADMIN};
    private static final List<String> LINKED = SyncRig.ORCIDS.subList(0, 2);
    private static final int RECORDS = 200;
    private static final int KILL_AFTER = 150;

    private static Map<String, String> env(FakeDatacite datacite, FakeOrcid orcid, Path dataDir) {
        Map<String, String> env = new HashMap<>(Map.ofEntries(
                Map.entry("INTEROP_ADMIN_TOKEN", ADMIN),
                Map.entry("INTEROP_DATA_DIR", dataDir.toString()),
                Map.entry("INTEROP_SCHEMA_DIR", Fixtures.standardsDir().toString()),
                Map.entry("INTEROP_DOI_PREFIX", SyncRig.PREFIX),
                Map.entry("INTEROP_DATACITE_URL", datacite.url()),
                Map.entry("INTEROP_DATACITE_USER", "TEST.REPO"),
                Map.entry("INTEROP_DATACITE_PASSWORD", "s3cret"),
                Map.entry("INTEROP_ORCID_API_URL", orcid.url()),
                Map.entry("INTEROP_ORCID_CLIENT_ID", FakeOrcid.CLIENT_ID),
                Map.entry("INTEROP_SERVER_SECRET", "outbox-it-secret"),
                Map.entry("INTEROP_OUTBOX_TIMEOUT_MS", "1000"),
                Map.entry("INTEROP_OUTBOX_LEASE_MS", "6000"),
                Map.entry("INTEROP_OUTBOX_BACKOFF_MS", "50"),
                Map.entry("INTEROP_OUTBOX_BACKOFF_MAX_MS", "400"),
                Map.entry("INTEROP_OUTBOX_POLL_MS", "100"),
                Map.entry("INTEROP_OUTBOX_MAX_ATTEMPTS", "100")));
        return env;
    }

    private static void link(Http http, FakeOrcid orcid) {
        for (String id : LINKED) {
            orcid.token(id, "token-" + id);
            Http.Reply linked = http.send("PUT", "/api/admin/orcid/" + id, "{\"access_token\":\"token-" + id + "\"}",
                    AUTH);
            assertEquals(200, linked.status(), linked.body());
        }
        String listed = http.get("/api/admin/orcid", AUTH).body();
        assertTrue(listed.contains(LINKED.get(0)));
        assertFalse(listed.contains("token-"), "tokens are never given out");
        assertEquals(400, http.send("PUT", "/api/admin/orcid/0000-0000-0000-0002", "{\"access_token\":\"x\"}", AUTH)
                .status(), "a bad check digit is refused");
    }

    private static String create(Http http, int i) {
        String json = ModelJson.write(SyncRig.record("Outbox record " + i, SyncRig.ORCIDS.get(i % 3),
                SyncRig.ORCIDS.get(3)));
        Http.Reply reply = http.send("POST", "/api/records", json, AUTH);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asText();
    }

    /** Waits until no job is pending or running (at least {@code quiet} in a row). */
    private static void settle(Http http, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int quietPolls = 0;
        while (System.nanoTime() < deadline) {
            JsonNode counts = http.get("/api/admin/jobs?size=1", AUTH).json().get("counts");
            quietPolls = counts.get("pending").asInt() + counts.get("running").asInt() == 0 ? quietPolls + 1 : 0;
            if (quietPolls == 3) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("outbox not settled: " + http.get("/api/admin/jobs?size=1", AUTH).body());
    }

    /** Every record: its DOI findable with the metadata the server exports now, its works in ORCID exactly once. */
    private static void assertConsistent(Http http, List<String> ids, FakeDatacite datacite, FakeOrcid orcid,
                                         String baseUrl) {
        assertEquals(List.of(), datacite.rejections());
        assertEquals(List.of(), orcid.rejections());
        assertEquals(0, http.get("/api/admin/jobs?size=1", AUTH).json().get("counts").get("parked").asInt());
        Map<String, List<String>> expected = new HashMap<>();
        for (String id : ids) {
            JsonNode record = http.get("/api/records/" + id, AUTH).json();
            String doi = record.at("/pids/doi/identifier").asText();
            FakeDatacite.DoiEntry entry = datacite.doi(doi).orElseThrow(() -> new AssertionError("no DOI " + doi
                    + " at DataCite for " + record));
            assertEquals("findable", entry.state());
            assertEquals(baseUrl + "/records/" + id, entry.url());
            assertEquals(http.get("/api/records/" + id + "/export/datacite").body(), entry.xml());
            assertEquals("findable", record.at("/sync/doi/state").asText(), record.toString());
            for (JsonNode creator : record.at("/sync/orcid")) {
                String iD = creator.get("orcid").asText();
                if (LINKED.contains(iD)) {
                    assertEquals("synced", creator.get("state").asText(), record.toString());
                    expected.computeIfAbsent(iD, k -> new ArrayList<>()).add(creator.get("put_code").asText());
                } else {
                    assertEquals("not-linked", creator.get("state").asText());
                }
            }
        }
        for (String iD : LINKED) {
            List<String> putCodes = orcid.works(iD).stream().map(FakeOrcid.Work::putCode).sorted().toList();
            assertEquals(expected.get(iD).stream().sorted().toList(), putCodes, "each work of " + iD + " once");
        }
        assertTrue(orcid.works(SyncRig.ORCIDS.get(2)).isEmpty() && orcid.works(SyncRig.ORCIDS.get(3)).isEmpty());
    }

    @Test
    void killedServerLosesNoJob() throws Exception {
        Path dir = Files.createTempDirectory(Fixtures.buildDir(), "outbox-kill-");
        try (FakeDatacite datacite = FakeDatacite.start("TEST.REPO", "s3cret", Fixtures.standardsDir());
             FakeOrcid orcid = FakeOrcid.start(Fixtures.standardsDir())) {
            datacite.faults(FaultPlan.random(0.5, 21, Duration.ofMillis(1300), 1));
            orcid.faults(FaultPlan.random(0.5, 22, Duration.ofMillis(1300), 1));
            Map<String, String> env = env(datacite, orcid, dir);
            List<String> ids = new ArrayList<>();
            int port;
            try (ServerProcess server = ServerProcess.start(env, dir.resolve("first.log"))) {
                port = server.port();
                Http http = new Http(server.baseUrl());
                link(http, orcid);
                // the first 150 records, then a kill in the middle of the work: some DOIs out, others not yet
                for (int i = 0; i < KILL_AFTER; i++) {
                    ids.add(create(http, i));
                }
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (findable(datacite) < 10 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                String open = http.get("/api/admin/jobs?size=1", AUTH).json().get("counts").toString();
                server.kill();
                int atKill = findable(datacite);
                assertTrue(atKill >= 10 && atKill < KILL_AFTER, "killed mid-run: " + atKill + " of " + KILL_AFTER
                        + " findable, jobs " + open);
            }
            try (ServerProcess server = ServerProcess.start(env, dir.resolve("second.log"), port)) {
                Http http = new Http(server.baseUrl());
                for (String id : ids) {
                    assertEquals(200, http.get("/api/records/" + id).status(), "record " + id + " survived the kill");
                }
                for (int i = KILL_AFTER; i < RECORDS; i++) {
                    ids.add(create(http, i));
                }
                // edits after the restart go out too, with the newest metadata
                for (int i = 0; i < RECORDS; i += 20) {
                    Http.Reply read = http.get("/api/records/" + ids.get(i));
                    assertEquals(200, read.status(), read.body());
                    JsonNode current = read.json();
                    String json = current.toString().replace("Outbox record " + i + "\"",
                            "Outbox record " + i + ", revised\"");
                    Http.Reply updated = http.send("PUT", "/api/records/" + ids.get(i), json, AUTH);
                    assertEquals(200, updated.status(), updated.body());
                }
                settle(http, Duration.ofMinutes(4));
                assertConsistent(http, ids, datacite, orcid, server.baseUrl());
                assertTrue(datacite.doi(SyncRig.PREFIX + "/" + ids.get(0)).orElseThrow().xml().contains("revised"));
                assertBulkFeed(http, orcid);
            }
        }
    }

    /** The public works feed: ORCID bulk XML valid against the ORCID schema, and its JSON twin. */
    private static void assertBulkFeed(Http http, FakeOrcid orcid) {
        String iD = LINKED.get(0);
        Http.Reply xml = http.get("/api/orcid/" + iD + "/works", "Accept", "application/vnd.orcid+xml");
        assertEquals(200, xml.status());
        SchemaValidator bulk = SchemaValidator.load(Fixtures.standardsDir(),
                Map.of("bulk", List.of("orcid-3.0/record_3.0/bulk-3.0.xsd")));
        assertEquals(List.of(), bulk.validate("bulk", xml.body().getBytes(StandardCharsets.UTF_8)));
        int works = orcid.works(iD).size();
        assertEquals(works, xml.body().split("<work:work ", -1).length - 1);
        JsonNode json = http.get("/api/orcid/" + iD + "/works", "Accept", "application/json").json();
        assertEquals(works, json.get("bulk").size());
        assertTrue(json.get("bulk").get(0).at("/work/title/title/value").asText().startsWith("Outbox record"));
        assertEquals(400, http.get("/api/orcid/not-an-orcid/works").status());
    }

    private static int findable(FakeDatacite datacite) {
        return (int) datacite.dois().values().stream().filter(e -> e.state().equals("findable")).count();
    }

    @Test
    void twoServersOnOnePostgresqlProcessEachJobOnce() throws Exception {
        Path dir = Files.createTempDirectory(Fixtures.buildDir(), "outbox-two-");
        try (PostgresSchema schema = new PostgresSchema();
             FakeDatacite datacite = FakeDatacite.start("TEST.REPO", "s3cret", Fixtures.standardsDir());
             FakeOrcid orcid = FakeOrcid.start(Fixtures.standardsDir())) {
            Map<String, String> env = env(datacite, orcid, dir);
            env.put("INTEROP_DB_URL", schema.url());
            env.put("INTEROP_DB_USER", PostgresSchema.USER);
            // both nodes serve one public address, as behind a load balancer
            env.put("INTEROP_BASE_URL", SyncRig.BASE_URL);
            try (ServerProcess a = ServerProcess.start(env, dir.resolve("a.log"));
                 ServerProcess b = ServerProcess.start(env, dir.resolve("b.log"))) {
                Http httpA = new Http(a.baseUrl());
                Http httpB = new Http(b.baseUrl());
                link(httpA, orcid);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    ids.add(create(i % 2 == 0 ? httpA : httpB, i));
                }
                settle(httpA, Duration.ofMinutes(3));
                // no faults: each job is one call, so a job run twice would show as a second write
                Map<String, FakeDatacite.DoiEntry> dois = datacite.dois();
                assertEquals(100, dois.size());
                dois.values().forEach(e -> assertEquals(1, e.writes(), e.doi() + " written once"));
                assertEquals(100, datacite.requests(), "one DataCite call per job");
                for (String iD : LINKED) {
                    orcid.works(iD).forEach(w -> assertEquals(1, w.writes(), "work " + w.putCode() + " written once"));
                }
                int orcidJobs = orcid.works(LINKED.get(0)).size() + orcid.works(LINKED.get(1)).size();
                assertEquals(orcidJobs, orcid.requests(), "one ORCID call per job");
                JsonNode done = httpB.get("/api/admin/jobs?state=done&size=1000", AUTH).json();
                assertEquals(100 + orcidJobs, done.at("/hits/hits").size());
                for (JsonNode job : done.at("/hits/hits")) {
                    assertEquals(0, job.get("attempts").asInt(), job.toString());
                }
            }
        }
    }
}
