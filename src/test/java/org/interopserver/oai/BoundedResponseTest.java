package org.interopserver.oai;

import org.interopserver.storage.HarvestStore;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.TestCrosswalks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.interopserver.support.OaiResponses.texts;
import static org.interopserver.support.OaiResponses.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a response holds in memory: one chunk of renditions while it is written, and at most the spill limit. */
class BoundedResponseTest {

    static DemoRepository demo;

    @BeforeAll
    static void load() {
        demo = DemoRepository.load(TestCrosswalks.official());
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void renditionsAreReadAChunkAtATime() {
        List<String> ids = demo.records().stream().filter(OaiProviderTest::isPublic).map(r -> r.id).toList();
        assertTrue(ids.size() > 2 * RenditionChunks.CHUNK, "enough records for several chunks");
        demo.database().snapshot(tx -> {
            RenditionChunks chunks = new RenditionChunks(tx, new HarvestStore(), "oai_dc", ids);
            for (String id : ids) {
                assertEquals(demo.renditions(id).get("oai_dc"), chunks.content(id));
                assertTrue(chunks.held() <= RenditionChunks.CHUNK, "never more than one chunk in memory");
            }
            return null;
        });
    }

    @Test
    void aLargePageIsPutTogetherOnDiskNotInMemory() throws Exception {
        OaiProvider provider = OaiProviderTest.provider(demo, 1000, Clock.systemUTC());
        Map<String, String[]> all = Map.of("verb", new String[] {"ListRecords"}, "metadataPrefix",
                new String[] {"oai_openaire"});
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        provider.respond(all, expected);
        assertTrue(expected.size() > 100_000, "the whole repository on one page: " + expected.size() + " bytes");

        SpillBuffer small = new SpillBuffer(64 * 1024);
        provider.respond(all, small);
        assertTrue(small.spilled(), "beyond the limit the body goes to a temporary file");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        small.sendTo(sent);
        String body = sent.toString(StandardCharsets.UTF_8);
        assertEquals(texts(valid(expected.toString(StandardCharsets.UTF_8)), "//oai:identifier"),
                texts(valid(body), "//oai:identifier"));

        SpillBuffer large = new SpillBuffer(OaiResource.SPILL_LIMIT);
        provider.respond(Map.of("verb", new String[] {"Identify"}), large);
        assertFalse(large.spilled(), "a small answer stays in memory");
        ByteArrayOutputStream identify = new ByteArrayOutputStream();
        large.sendTo(identify);
        assertTrue(identify.toString(StandardCharsets.UTF_8).contains("<Identify>"));
    }
}
