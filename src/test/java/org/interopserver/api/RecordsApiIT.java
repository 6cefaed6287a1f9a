package org.interopserver.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.model.ModelJson;
import org.interopserver.support.DeployedApp;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.interopserver.support.Http.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records, communities and token APIs against the built war in a real Payara Micro (H2 storage). */
class RecordsApiIT extends DeployedApp {



    private JsonNode create(String json) {
        Reply r = http.send("POST", "/api/records", json, ADMIN);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static String withTitle(String title) {
        ObjectNode node = (ObjectNode) readTree(Fixtures.recordJson("minimal"));
        ((ObjectNode) node.get("metadata")).put("title", title);
        return node.toString();
    }

    private static JsonNode readTree(String json) {
        try {
            return ModelJson.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void healthAndOpenApiAreServed() {
        Reply ready = http.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertEquals(200, http.get("/health/live").status());
        Reply openapi = http.get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/records/{id}/revisions"), openapi.body());
    }

    @Test
    void createReadUpdateDeleteRoundTrip() {
        JsonNode created = create(withTitle("Round trip"));
        String id = created.get("id").asText();
        assertEquals("oai:it.example:" + id, created.at("/pids/oai/identifier").asText());

        Reply read = http.get("/api/records/" + id);
        assertEquals(200, read.status());
        assertEquals("\"1\"", read.header("ETag"));
        assertNotNull(read.header("Last-Modified"));
        assertEquals("Round trip", read.json().at("/metadata/title").asText());
        assertEquals("metadata-only", read.json().at("/access/status").asText());
        assertEquals(304, http.get("/api/records/" + id, "If-None-Match", "\"1\"").status());

        ObjectNode changed = (ObjectNode) read.json();
        ((ObjectNode) changed.get("metadata")).put("title", "Round trip, revised");
        Reply updated = http.send("PUT", "/api/records/" + id, changed.toString(), "If-Match", "\"1\"", ADMIN[0], ADMIN[1]);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(2, updated.json().get("revision_id").asInt());

        Reply stale = http.send("PUT", "/api/records/" + id, changed.toString(), "If-Match", "\"1\"", ADMIN[0], ADMIN[1]);
        assertEquals(412, stale.status(), stale.body());
        assertEquals(412, http.send("PUT", "/api/records/" + id, changed.toString(), "If-Match", "W/\"2\"",
                ADMIN[0], ADMIN[1]).status(), "If-Match compares strongly: a weak tag matches nothing");
        assertEquals("application/problem+json", stale.header("Content-Type"));

        Reply deleted = http.send("DELETE", "/api/records/" + id, "{\"reason\": \"withdrawn by the authors\"}", ADMIN);
        assertEquals(200, deleted.status(), deleted.body());
        Reply gone = http.get("/api/records/" + id);
        assertEquals(410, gone.status());
        assertEquals("withdrawn by the authors", gone.json().at("/tombstone/reason").asText());
        assertEquals("Round trip, revised", gone.json().at("/metadata/title").asText());

        JsonNode revisions = http.get("/api/records/" + id + "/revisions").json().at("/hits/hits");
        assertEquals(3, revisions.size());
        Reply first = http.get("/api/records/" + id + "/revisions/1");
        assertEquals(200, first.status());
        assertEquals("Round trip", first.json().at("/metadata/title").asText());
        assertEquals(404, http.get("/api/records/" + id + "/revisions/9").status());
    }

    @Test
    void writesNeedAValidUnrevokedTokenOfTheRightRole() {
        Reply anonymous = http.send("POST", "/api/records", Fixtures.recordJson("minimal"));
        assertEquals(401, anonymous.status());
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertEquals(401, http.send("POST", "/api/records", Fixtures.recordJson("minimal"),
                "Authorization", "Bearer ist_0000_not-a-token").status());
        assertEquals(401, http.send("POST", "/api/records", Fixtures.recordJson("minimal"),
                "Authorization", "Basic YTpi").status());

        Reply issued = http.send("POST", "/api/admin/tokens", "{\"name\": \"curator for tests\"}", ADMIN);
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().get("token").asText();
        String tokenId = issued.json().get("id").asText();
        String[] curator = {"Authorization", "Bearer " + token};
        assertEquals(201, http.send("POST", "/api/records", Fixtures.recordJson("minimal"), curator).status());
        assertEquals(403, http.get("/api/admin/tokens", curator).status(), "curators cannot manage tokens");

        Reply listed = http.get("/api/admin/tokens", ADMIN);
        assertTrue(listed.body().contains(tokenId));
        assertFalse(listed.body().contains(token.substring(token.lastIndexOf('_') + 1)), "secrets are never listed");

        assertEquals(204, http.send("DELETE", "/api/admin/tokens/" + tokenId, null, ADMIN).status());
        Reply revoked = http.send("POST", "/api/records", Fixtures.recordJson("minimal"), curator);
        assertEquals(403, revoked.status(), revoked.body());
        assertEquals(404, http.send("DELETE", "/api/admin/tokens/" + tokenId, null, ADMIN).status());
    }

    @Test
    void badInputIsRefusedWithFieldPathsAndNothingIsStored() {
        int before = countAll();
        Reply malformed = http.send("POST", "/api/records", "{\"metadata\": {", ADMIN);
        assertProblem(malformed, 400, null);
        assertTrue(malformed.body().contains("malformed JSON"), malformed.body());
        assertProblem(http.send("POST", "/api/records", "", ADMIN), 400, "");
        assertProblem(http.send("POST", "/api/records", "{\"metadata\": {\"titel\": \"x\"}}", ADMIN), 400, "metadata.titel");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("\"enabled\": false", "\"enabled\": \"no\""), ADMIN),
                400, "files.enabled");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("0000-0002-1825-0097", "0000-0002-1825-0098"), ADMIN),
                400, "metadata.creators[0].person_or_org.identifiers[0].identifier");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("\"2021-08-14\"", "\"2021-02-30\""), ADMIN),
                400, "metadata.publication_date");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("\"publisher\": \"Interop Test Repository\",", ""), ADMIN),
                400, "metadata.publisher");
        assertProblem(http.send("POST", "/api/records", "x", "Content-Type", "text/plain", ADMIN[0], ADMIN[1]), 415, null);
        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertProblem(http.sendBytes("POST", "/api/records", huge, "application/json", ADMIN), 413, null);
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("\"files\": {\"enabled\": false},",
                        "\"files\": {\"enabled\": false}, \"pids\": {\"doi\": {\"identifier\": \"10.5281/" + "x".repeat(300)
                                + "\", \"provider\": \"external\"}},"), ADMIN), 400, "pids.doi.identifier");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("01ggx4157", "01ggx4158"), ADMIN),
                400, "metadata.creators[0].affiliations[0].id");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("\"creators\": [", "\"creators\": null, \"contributors\": ["), ADMIN),
                400, "metadata.creators");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("\"files\": {\"enabled\": false}", "\"files\": {\"entries\": [null]}"),
                ADMIN), 400, "files.entries[0]");
        assertProblem(http.send("POST", "/api/records",
                Fixtures.recordJson("minimal").replace("Baltic Sea", "Baltic\\u0000Sea"), ADMIN), 400, "");
        byte[] latin1 = Fixtures.recordJson("minimal").replace("Carberry", "Carberr\u00ff")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(http.sendBytes("POST", "/api/records", latin1, "application/json", ADMIN), 400, "");
        assertProblem(http.sendBytes("POST", "/api/records/_bulk", "{}".getBytes(), "application/json", ADMIN), 415, null);
        assertEquals(before, countAll(), "no bad request stored anything");

        assertProblem(http.get("/api/records/zzzzz-zzzzz"), 404, null);
        assertProblem(http.get("/api/records/NOT_AN_ID"), 404, null);
        assertTrue(http.get("/api/records/%00").status() < 500, "a NUL in the path is refused, not a server error");
        Reply notAllowed = http.send("PATCH", "/api/records/zzzzz-zzzzz", "{}", ADMIN);
        assertProblem(notAllowed, 405, null);
        assertNotNull(notAllowed.header("Allow"), "405 says what is allowed");
        String id = create(withTitle("target of bad writes")).get("id").asText();
        assertProblem(http.send("PUT", "/api/records/" + id, "{\"metadata\": 3}", ADMIN), 400, "metadata");
        assertProblem(http.send("DELETE", "/api/records/" + id, "reason: gone", ADMIN), 400, "");
        assertProblem(http.send("DELETE", "/api/records/" + id, "{\"reason\": \"x\"}", "If-Match", "\"nine\"",
                ADMIN[0], ADMIN[1]), 400, "If-Match");
        assertProblem(http.send("POST", "/api/communities/no-such/records", "{\"records\": [null]}", ADMIN), 404, null);
        ObjectNode sneaky = (ObjectNode) http.get("/api/records/" + id).json();
        sneaky.putObject("tombstone").put("reason", "deleted through PUT");
        ((ObjectNode) sneaky.get("metadata")).put("title", "changed through PUT");
        assertEquals(200, http.send("PUT", "/api/records/" + id, sneaky.toString(), ADMIN).status());
        assertEquals(200, http.get("/api/records/" + id).status(), "a PUT never deletes");
        assertProblem(http.send("PUT", "/api/records/zzzzz-zzzzz", Fixtures.recordJson("minimal"), ADMIN), 404, null);
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.body());
        JsonNode problem = reply.json();
        assertEquals(status, problem.get("status").asInt());
        if (field != null) {
            Set<String> fields = new java.util.HashSet<>();
            problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertTrue(fields.contains(field), field + " not in " + reply.body());
        }
    }

    private int countAll() {
        return http.walk("/api/records?size=1000", ADMIN).size();
    }

    @Test
    void restrictedRecordsAreVisibleOnlyWithAToken() {
        String json = Fixtures.recordJson("minimal").replace("\"record\": \"public\"", "\"record\": \"restricted\"");
        String id = create(json).get("id").asText();
        assertEquals(404, http.get("/api/records/" + id).status());
        assertEquals(200, http.get("/api/records/" + id, ADMIN).status());
        assertFalse(http.get("/api/records?size=1000").body().contains(id));
        // made public later: the earlier, restricted revision stays hidden from the public
        ObjectNode opened = (ObjectNode) http.get("/api/records/" + id, ADMIN).json();
        ((ObjectNode) opened.get("access")).put("record", "public");
        assertEquals(200, http.send("PUT", "/api/records/" + id, opened.toString(), ADMIN).status());
        assertEquals(200, http.get("/api/records/" + id + "/revisions/2").status());
        assertEquals(404, http.get("/api/records/" + id + "/revisions/1").status());
        assertEquals(200, http.get("/api/records/" + id + "/revisions/1", ADMIN).status());
        assertTrue(http.get("/api/records?size=1000", ADMIN).body().contains(id));
    }

    @Test
    void listingPagesWithCursorsAndFilters() {
        Set<String> mine = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            String json = Fixtures.recordJson("minimal").replace("\"dataset\"", "\"software\"");
            mine.add(create(json).get("id").asText());
        }
        List<String> seen = http.walk("/api/records?size=2&resource_type=software").stream()
                .map(h -> h.get("id").asText()).toList();
        assertTrue(seen.size() >= 5, "pages followed: " + seen);
        assertTrue(seen.containsAll(mine));
        assertEquals(seen.size(), Set.copyOf(seen).size(), "no record twice");
        assertProblem(http.get("/api/records?cursor=!!"), 400, "cursor");
        assertProblem(http.get("/api/records?updated_since=yesterday"), 400, "updated_since");
        assertProblem(http.get("/api/records?size=0"), 400, "size");
        assertProblem(http.get("/api/records?size=abc"), 400, "size");
    }

    @Test
    void bulkLoadAnswersEveryLineOnItsOwn() {
        String good = Fixtures.recordJson("minimal").replace("\n", " ");
        String body = good + "\n" + good + "\n{\"metadata\": 1}\n\n" + good + "\n";
        Reply reply = http.sendBytes("POST", "/api/records/_bulk", body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/x-ndjson", ADMIN);
        assertEquals(200, reply.status(), reply.body());
        List<JsonNode> results = reply.body().lines().map(RecordsApiIT::readTree).toList();
        assertEquals(List.of(201, 201, 400, 201), results.stream().map(r -> r.get("status").asInt()).toList());
        Reply latin1 = http.sendBytes("POST", "/api/records/_bulk", ("{\"a\": \"\u00ff\"}\n" + good + "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "application/x-ndjson", ADMIN);
        assertEquals(List.of(400, 201), latin1.body().lines().map(l -> readTree(l).get("status").asInt()).toList());
        assertEquals(List.of(1, 2, 3, 5), results.stream().map(r -> r.get("line").asInt()).toList());
        assertEquals("metadata", results.get(2).at("/errors/0/field").asText());
        for (JsonNode r : results) {
            if (r.get("status").asInt() == 201) {
                assertEquals(200, http.get("/api/records/" + r.get("id").asText()).status());
            }
        }
    }

    @Test
    void communityMembershipIsARevisionThatBumpsTheDatestamp() throws Exception {
        Reply community = http.send("POST", "/api/communities",
                "{\"slug\": \"it-community\", \"title\": \"Integration tests\"}", ADMIN);
        assertEquals(201, community.status(), community.body());
        assertEquals(409, http.send("POST", "/api/communities",
                "{\"slug\": \"it-community\", \"title\": \"again\"}", ADMIN).status());
        assertProblem(http.send("POST", "/api/communities", "{\"slug\": \"Bad Slug\", \"title\": \"x\"}", ADMIN), 400, "slug");
        assertProblem(http.send("POST", "/api/communities/it-community/records", "{\"records\": [null]}", ADMIN),
                400, "records[0].id");
        JsonNode record = create(withTitle("community member"));
        String id = record.get("id").asText();
        Thread.sleep(1100); // datestamps have second granularity
        Reply added = http.send("POST", "/api/communities/it-community/records",
                "{\"records\": [{\"id\": \"" + id + "\"}, {\"id\": \"zzzzz-zzzzz\"}]}", ADMIN);
        assertEquals(200, added.status(), added.body());
        assertEquals(1, added.json().get("errors").size());
        JsonNode after = http.get("/api/records/" + id).json();
        assertEquals(2, after.get("revision_id").asInt());
        assertTrue(after.get("updated").asText().compareTo(record.get("updated").asText()) > 0);
        assertEquals("it-community", after.at("/communities/0").asText());
        JsonNode listed = http.get("/api/records?community=it-community").json();
        assertEquals(Set.of(id), java.util.stream.StreamSupport.stream(listed.at("/hits/hits").spliterator(), false)
                .map(h -> h.get("id").asText()).collect(Collectors.toSet()));
        assertEquals(1, http.get("/api/communities/it-community").json().get("record_count").asInt());
        Reply removed = http.send("DELETE", "/api/communities/it-community/records",
                "{\"records\": [{\"id\": \"" + id + "\"}]}", ADMIN);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(0, http.get("/api/records/" + id).json().path("communities").size());
    }

    @Test
    void concurrentUpdatesWithTheSameIfMatchLetExactlyOneWin() {
        JsonNode record = create(withTitle("contended"));
        String id = record.get("id").asText();
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = withTitle("writer " + i);
            attempts.add(CompletableFuture.supplyAsync(() -> http.send("PUT", "/api/records/" + id, body,
                    "If-Match", "\"1\"", ADMIN[0], ADMIN[1]).status()));
        }
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        assertEquals(2, http.get("/api/records/" + id + "/revisions").json().at("/hits/total").asInt());
    }
}
