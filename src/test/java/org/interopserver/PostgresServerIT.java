package org.interopserver;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.interopserver.support.PostgresSchema;
import org.interopserver.support.ServerProcess;
import org.interopserver.support.OaiResponses;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runnable jar on PostgreSQL (INTEROP_DB_URL): migrations run there and records live there. */
class PostgresServerIT {

    @Test
    void serverStoresRecordsInPostgresql() throws Exception {
        Path logDir = Files.createTempDirectory(Fixtures.buildDir(), "pg-server-");
        try (PostgresSchema schema = new PostgresSchema()) {
            Map<String, String> env = Map.of("INTEROP_DB_URL", schema.url(), "INTEROP_DB_USER", PostgresSchema.USER,
                    "INTEROP_ADMIN_TOKEN", "pg-admin-token", "INTEROP_DATA_DIR", logDir.toString(),
                    "INTEROP_OAI_PAGE_SIZE", "1");
            String id;
            try (ServerProcess server = ServerProcess.start(env, logDir.resolve("first.log"))) {
                Http http = new Http(server.baseUrl());
                assertTrue(http.get("/health/ready").body().contains("postgresql"));
                JsonNode created = http.send("POST", "/api/records", Fixtures.recordJson("minimal"),
                        "Authorization", "Bearer pg-admin-token").json();
                id = created.get("id").asText();
            }
            assertTrue(Files.notExists(logDir.resolve("interop.mv.db")), "no H2 file when PostgreSQL is configured");
            try (ServerProcess server = ServerProcess.start(env, logDir.resolve("second.log"))) {
                Http http = new Http(server.baseUrl());
                assertEquals(200, http.get("/api/records/" + id).status());
                // the harvest queries on PostgreSQL: a tombstone and a live record, one per page, and a set
                String second = http.send("POST", "/api/records", Fixtures.recordJson("minimal"),
                        "Authorization", "Bearer pg-admin-token").json().get("id").asText();
                assertEquals(200, http.send("DELETE", "/api/records/" + id, "", "Authorization",
                        "Bearer pg-admin-token").status());
                Document first = OaiResponses.valid(http.get("/oai?verb=ListRecords&metadataPrefix=oai_dc"
                        + "&set=type:dataset").body());
                assertEquals("2", OaiResponses.text(first, "//oai:resumptionToken/@completeListSize"));
                assertEquals("oai:interop.localhost:" + second, OaiResponses.text(first, "//oai:header/oai:identifier"));
                Document next = OaiResponses.valid(http.get("/oai?verb=ListRecords&resumptionToken="
                        + OaiResponses.text(first, "//oai:resumptionToken")).body());
                assertEquals("oai:interop.localhost:" + id, OaiResponses.text(next, "//oai:header/oai:identifier"));
                assertEquals("deleted", OaiResponses.text(next, "//oai:header/@status"));
                assertEquals("", OaiResponses.errorCode(OaiResponses.valid(http.get("/oai?verb=GetRecord"
                        + "&metadataPrefix=oai_openaire&identifier=oai:interop.localhost:" + second).body())));
            }
        }
    }
}
