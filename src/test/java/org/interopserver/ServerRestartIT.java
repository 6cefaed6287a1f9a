package org.interopserver;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.interopserver.support.ServerProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
        Map<String, String> env = Map.of("INTEROP_DATA_DIR", dataDir.toString(), "INTEROP_DEMO", "true");
        String token;
        Set<String> before;
        String extraId;
        String deletedId;
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
        }
    }

    /** Every record id, restricted ones included (hence the token), walking the cursor pages. */
    private static Set<String> ids(Http http, String token) {
        Set<String> ids = new HashSet<>();
        http.walk("/api/records?size=20", "Authorization", "Bearer " + token).forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
