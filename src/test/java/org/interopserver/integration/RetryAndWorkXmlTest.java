package org.interopserver.integration;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                + summary("7", "doi", "10.5072/other") + summary("9", "doi", "10.5072/abc")
                + "</activities:works>";
        assertEquals(Optional.of("9"), WorkIdentifiers.matchingPutCode(works, WorkIdentifiers.selfIds(work)));
        assertEquals(Optional.empty(), WorkIdentifiers.matchingPutCode(works.replace("10.5072/abc", "10.5072/x"),
                WorkIdentifiers.selfIds(work)));
    }

    private static String summary(String putCode, String type, String value) {
        return "<work:work-summary put-code=\"" + putCode + "\"><common:external-ids><common:external-id>"
                + "<common:external-id-type>" + type + "</common:external-id-type>"
                + "<common:external-id-value>" + value + "</common:external-id-value>"
                + "<common:external-id-relationship>self</common:external-id-relationship>"
                + "</common:external-id></common:external-ids></work:work-summary>";
    }
}
