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
 * on the same H2 directory finds every record, loads no demo twice, keeps the admin token working and finds its
 * renditions current. It runs without a schema directory, as an operator might.
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
            assertFalse(server.log().contains("re-rendering in the background"), "the renditions are current");
            Http http = new Http(server.baseUrl());
            Set<String> after = ids(http, token);
            Set<String> expected = new HashSet<>(before);
            expected.add(extraId);
            assertEquals(expected, after);
            assertEquals(200, http.get("/api/records/" + extraId).status());
            assertEquals(410, http.get("/api/records/" + deletedId, "Authorization", "Bearer " + token).status());
            assertEquals(2, http.get("/api/records/" + deletedId + "/revisions", "Authorization", "Bearer " + token)
                    .json().at("/hits/total").asInt(), "the tombstone and the revision before it");
        }
    }

    /** Every record id, restricted ones included (hence the token), walking the cursor pages. */
    private static Set<String> ids(Http http, String token) {
        Set<String> ids = new HashSet<>();
        http.walk("/api/records?size=20", "Authorization", "Bearer " + token).forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
