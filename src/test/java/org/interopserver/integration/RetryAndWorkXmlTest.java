package org.interopserver.integration;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryAndWorkXmlTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), new Random(1));

    @Test
    void doublesWithJitterUpToTheCap() {
        for (int failures = 1; failures <= 40; failures++) {
            long full = Math.min(30_000L << Math.min(failures - 1, 30), Duration.ofHours(6).toMillis());
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                long wait = backoff.after(failures, Optional.empty()).toMillis();
                assertTrue(wait >= full / 2 && wait < full, failures + ": " + wait + " not in [" + full / 2 + ", " + full + ")");
                seen.add(wait);
            }
            assertTrue(seen.size() > 10, "jittered");
        }
    }

    @Test
    void retryAfterIsAFloor() {
        for (int i = 0; i < 50; i++) {
            long wait = backoff.after(1, Optional.of(Duration.ofSeconds(120))).toMillis();
            assertTrue(wait >= 120_000 && wait < 123_000, Long.toString(wait));
        }
    }

    @Test
    void workIdentifiersFindTheDuplicateAndTakeAPutCode() {
        String work = "<?xml version=\"1.0\"?>\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\""
                + " xmlns:common=\"http://www.orcid.org/ns/common\"><common:external-ids><common:external-id>"
                + "<common:external-id-type>doi</common:external-id-type>"
                + "<common:external-id-value>10.5072/ABC</common:external-id-value>"
                + "<common:external-id-relationship>self</common:external-id-relationship>"
                + "</common:external-id></common:external-ids></work:work>";
        assertTrue(WorkIdentifiers.withPutCode(work, "1234").contains("<work:work put-code=\"1234\" xmlns:work="));
        String works = "<activities:works xmlns:activities=\"http://www.orcid.org/ns/activities\""
                + " xmlns:work=\"http://www.orcid.org/ns/work\" xmlns:common=\"http://www.orcid.org/ns/common\">"
                + summary("5", "APP-OURS", "doi", "10.5072/other") + summary("7", "APP-THEIRS", "doi", "10.5072/ABC")
                + summary("9", "APP-OURS", "doi", "10.5072/abc") + "</activities:works>";
        assertEquals(Optional.of("9"), WorkIdentifiers.matchingPutCode(works, WorkIdentifiers.selfIds(work),
                "APP-OURS"), "ours, not the other source's");
        assertEquals(Optional.empty(), WorkIdentifiers.matchingPutCode(works.replace("10.5072/abc", "10.5072/x"),
                WorkIdentifiers.selfIds(work), "APP-OURS"));
    }

    /** A service that echoes the credentials it was sent, as some error pages do, must not get them into logs. */
    @Test
    void failureMessagesNeverCarryTheSecrets() throws Exception {
        HttpServer echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        echo.createContext("/", exchange -> {
            byte[] body = ("invalid token: " + exchange.getRequestHeaders().getFirst("Authorization"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        echo.start();
        try {
            RemoteCalls calls = new RemoteCalls(Duration.ofSeconds(5));
            URI base = URI.create("http://127.0.0.1:" + echo.getAddress().getPort());
            RemoteFailure failure = assertThrows(RemoteFailure.class, () -> new OrcidClient(base, "APP-OURS", calls)
                    .delete("0000-0002-1825-0097", "secret-token-123", "1"));
            assertEquals(401, failure.status());
            assertTrue(failure.getMessage().contains("invalid token: Bearer ***"), failure.getMessage());
            assertFalse(failure.getMessage().contains("secret-token-123"));
        } finally {
            echo.stop(0);
        }
    }

    private static String summary(String putCode, String client, String type, String value) {
        return "<work:work-summary put-code=\"" + putCode + "\"><common:source><common:source-client-id>"
                + "<common:path>" + client + "</common:path></common:source-client-id></common:source>"
                + "<common:external-ids><common:external-id>"
                + "<common:external-id-type>" + type + "</common:external-id-type>"
                + "<common:external-id-value>" + value + "</common:external-id-value>"
                + "<common:external-id-relationship>self</common:external-id-relationship>"
                + "</common:external-id></common:external-ids></work:work-summary>";
    }
}
