package org.interopserver;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.interopserver.support.ServerProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar as an operator uses it: first start with demo data and a generated admin token, then a restart
 * on the same H2 directory (and another port, hence another base URL) finds every record, loads no demo twice,
 * keeps the admin token working and re-renders the renditions for the new address. It runs without a schema
 * directory, as an operator might.
 */
class ServerRestartIT {

    private static final Pattern ADMIN_TOKEN = Pattern.compile("Admin token: (ist_\\S+)");

    @Test
    void restartOnTheSameDataDirectoryKeepsEverything() throws Exception {
        Path dataDir = Files.createTempDirectory(Fixtures.buildDir(), "restart-data-");
        Map<String, String> env = Map.of("INTEROP_DATA_DIR", dataDir.toString(), "INTEROP_DEMO", "true",
                "INTEROP_OAI_PAGE_SIZE", "10");
        String token;
        Set<String> before;
        String extraId;
        String deletedId;
        String oaiToken;
        List<String> firstPage;
        try (ServerProcess server = ServerProcess.start(env, dataDir.resolve("first.log"))) {
            Matcher m = ADMIN_TOKEN.matcher(server.log());
            assertTrue(m.find(), "a generated admin token is printed on first start");
            assertEquals(1, server.log().split("INTEROP_SCHEMA_DIR is not set", -1).length - 1,
                    "without a schema directory the server warns once");
            token = m.group(1);
            Http http = new Http(server.baseUrl());
            before = ids(http, token);
            assertEquals(Fixtures.demoLines().size(), before.size(), "every demo record loaded");
            JsonNode created = http.send("POST", "/api/records", Fixtures.recordJson("minimal"),
                    "Authorization", "Bearer " + token).json();
            extraId = created.get("id").asText();
            deletedId = before.iterator().next();
            assertEquals(200, http.send("DELETE", "/api/records/" + deletedId, "{\"reason\": \"test\"}",
                    "Authorization", "Bearer " + token).status());
            before.remove(deletedId);
            String someId = before.iterator().next();
            assertEquals(200, http.get("/api/records/" + someId + "/export/oai_dc", "Authorization", "Bearer " + token)
                    .status(), "formats are rendered without a schema directory too");
            String page = http.get("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc").body();
            firstPage = all(OAI_IDENTIFIER, page);
            oaiToken = all(OAI_TOKEN, page).get(0);
            assertEquals(10, firstPage.size(), "INTEROP_OAI_PAGE_SIZE");
        }
        try (ServerProcess server = ServerProcess.start(env, dataDir.resolve("second.log"))) {
            assertFalse(ADMIN_TOKEN.matcher(server.log()).find(), "the admin token is printed only once");
            assertTrue(server.log().contains("demo records not loaded"));
            // the server now has another address (base URL), which every rendition links to: they are re-rendered
            assertTrue(server.log().contains("re-rendering in the background"), "renditions made for the old address");
            Http http = new Http(server.baseUrl());
            // wait for the refresh: records it touches move to the front of the newest-first listing
            JsonNode refresh = http.get("/api/admin/renditions/refresh", "Authorization", "Bearer " + token).json();
            for (int i = 0; i < 300 && refresh.path("running").asBoolean(true); i++) {
                Thread.sleep(200);
                refresh = http.get("/api/admin/renditions/refresh", "Authorization", "Bearer " + token).json();
            }
            assertTrue(refresh.path("up_to_date").asBoolean(), refresh.toString());
            assertEquals(before.size() + 2, refresh.path("total").asInt(), "every record, the deleted one too");
            Set<String> after = ids(http, token);
            Set<String> expected = new HashSet<>(before);
            expected.add(extraId);
            assertEquals(expected, after);
            assertEquals(200, http.get("/api/records/" + extraId).status());
            assertEquals(410, http.get("/api/records/" + deletedId, "Authorization", "Bearer " + token).status());
            assertEquals(2, http.get("/api/records/" + deletedId + "/revisions", "Authorization", "Bearer " + token)
                    .json().at("/hits/total").asInt(), "the tombstone and the revision before it");
            assertTrue(http.get("/api/records/" + extraId + "/export/oai_dc").body()
                    .contains(server.baseUrl() + "/records/" + extraId), "the export links to the new address");

            // the resumption token taken before the restart goes on where it stopped; the harvest misses nothing
            Set<String> continued = new HashSet<>(firstPage);
            continued.addAll(oaiWalk(http, "/oai?verb=ListIdentifiers&resumptionToken=" + oaiToken));
            Set<String> fresh = new HashSet<>(oaiWalk(http, "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"));
            assertTrue(fresh.size() > 10);
            assertTrue(continued.containsAll(fresh), "the old token's harvest holds every record");
        }
    }

    private static final Pattern OAI_IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");
    private static final Pattern OAI_TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]*)</resumptionToken>");

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Identifiers of a whole list, page by page; fails on any OAI error. */
    private static List<String> oaiWalk(Http http, String first) {
        List<String> ids = new ArrayList<>();
        String page = http.get(first).body();
        while (true) {
            assertFalse(page.contains("<error"), page);
            ids.addAll(all(OAI_IDENTIFIER, page));
            List<String> token = all(OAI_TOKEN, page);
            if (token.isEmpty() || token.get(0).isEmpty()) {
                return ids;
            }
            page = http.get("/oai?verb=ListIdentifiers&resumptionToken=" + token.get(0)).body();
        }
    }

    /** Every record id, restricted ones included (hence the token), walking the cursor pages. */
    private static Set<String> ids(Http http, String token) {
        Set<String> ids = new HashSet<>();
        http.walk("/api/records?size=20", "Authorization", "Bearer " + token).forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
