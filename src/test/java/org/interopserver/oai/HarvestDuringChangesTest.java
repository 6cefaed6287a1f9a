package org.interopserver.oai;

import org.interopserver.crosswalk.Renderer;
import org.interopserver.crosswalk.Rendition;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.support.DemoRepository;
import org.junit.jupiter.api.RepeatedTest;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.interopserver.oai.OaiProviderTest.call;
import static org.interopserver.oai.OaiProviderTest.fresh;
import static org.interopserver.support.OaiResponses.errorCode;
import static org.interopserver.support.OaiResponses.parse;
import static org.interopserver.support.OaiResponses.text;
import static org.interopserver.support.OaiResponses.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: a harvest that runs while another thread creates, updates and deletes records misses no record that
 * existed when it started and was not deleted; an incremental harvest from the first response's responseDate then
 * catches every change made during it. Real transactions on H2, real clock, random operations.
 */
class HarvestDuringChangesTest {

    static final String PREFIX = "oai:demo.interop-server.org:";
    /** A small valid oai_dc rendition: the property is about which records are served, not what is in them. */
    static final Renderer DC_ONLY = xml -> List.of(new Rendition("oai_dc", ("<oai_dc:dc"
            + " xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>t" + xml.length + "</dc:title></oai_dc:dc>").getBytes(StandardCharsets.UTF_8)));

    @RepeatedTest(3)
    void aHarvestDuringChangesMissesNothingAndTheIncrementalHarvestCatchesEveryChange() throws Exception {
        Record template;
        try (DemoRepository demo = DemoRepository.load()) {
            template = demo.records().stream().filter(OaiProviderTest::isPublic).findFirst().orElseThrow();
        }
        try (DemoRepository repo = DemoRepository.empty(DC_ONLY, Clock.systemUTC())) {
            OaiProvider oai = OaiProviderTest.provider(repo, 10, Clock.systemUTC());
            List<String> existing = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                existing.add(repo.publisher().create(titled(template, "start " + i)).id);
            }
            Set<String> deleted = ConcurrentHashMap.newKeySet();
            Set<String> touched = ConcurrentHashMap.newKeySet();
            AtomicBoolean harvesting = new AtomicBoolean(true);
            long seed = System.nanoTime();
            Random random = new Random(seed);

            Document first = parse(call(oai, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc"));
            String responseDate = text(first, "/oai:OAI-PMH/oai:responseDate");
            Thread writer = new Thread(() -> {
                List<String> live = new ArrayList<>(existing);
                while (harvesting.get()) {
                    int op = random.nextInt(3);
                    if (op == 0 || live.isEmpty()) {
                        String id = repo.publisher().create(titled(template, "during " + random.nextInt())).id;
                        live.add(id);
                        touched.add(id);
                    } else {
                        String id = live.get(random.nextInt(live.size()));
                        if (op == 1) {
                            Record r = ModelJson.copy(repo.publisher().update(id, titled(template,
                                    "changed " + random.nextInt()), null));
                            touched.add(r.id);
                        } else {
                            repo.publisher().delete(id, "gone", null);
                            live.remove(id);
                            deleted.add(id);
                            touched.add(id);
                        }
                    }
                }
            });
            writer.start();
            List<String> harvested = new ArrayList<>(texts(first, "//oai:header/oai:identifier"));
            String token = text(first, "//oai:resumptionToken");
            while (!token.isEmpty()) {
                Thread.sleep(2);
                Document page = parse(call(oai, "verb", "ListIdentifiers", "resumptionToken", token));
                assertEquals("", errorCode(page), () -> text(page, "//oai:error"));
                harvested.addAll(texts(page, "//oai:header/oai:identifier"));
                token = text(page, "//oai:resumptionToken");
            }
            harvesting.set(false);
            writer.join();

            Set<String> seen = new HashSet<>(harvested);
            for (String id : existing) {
                assertTrue(deleted.contains(id) || seen.contains(PREFIX + id),
                        id + " existed at the start, was not deleted and was not harvested (seed " + seed + ")");
            }
            assertTrue(touched.size() > 5, "the writer changed records during the harvest: " + touched.size());

            Set<String> incremental = new HashSet<>();
            Map<String, String> statuses = new ConcurrentHashMap<>();
            Document page = parse(call(oai, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
                    responseDate));
            while (true) {
                for (int i = 1; i <= texts(page, "//oai:header").size(); i++) {
                    String id = text(page, "//oai:header[" + i + "]/oai:identifier");
                    incremental.add(id);
                    statuses.put(id, text(page, "//oai:header[" + i + "]/@status"));
                }
                String next = text(page, "//oai:resumptionToken");
                if (next.isEmpty()) {
                    break;
                }
                page = parse(call(oai, "verb", "ListIdentifiers", "resumptionToken", next));
            }
            for (String id : touched) {
                assertTrue(incremental.contains(PREFIX + id), id + " changed during the harvest but is not in the"
                        + " incremental harvest from " + responseDate + " (seed " + seed + ")");
            }
            for (String id : deleted) {
                assertEquals("deleted", statuses.get(PREFIX + id), id);
            }
        }
    }

    private static Record titled(Record template, String title) {
        Record r = fresh(template);
        r.metadata.title = title;
        return r;
    }
}
