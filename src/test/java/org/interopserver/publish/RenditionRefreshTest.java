package org.interopserver.publish;

import org.interopserver.crosswalk.InvalidRenditionsException;
import org.interopserver.crosswalk.Renderer;
import org.interopserver.crosswalk.Rendition;
import org.interopserver.model.Record;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.ServerStateStore;
import org.interopserver.storage.StoredRecord;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-rendering after the crosswalks changed: new bytes reach harvesters, failures keep the old renditions. */
class RenditionRefreshTest {

    private final DemoRepository repository = DemoRepository.empty(version("v1"));
    private final RecordStore records = new RecordStore();
    private final RenditionStore renditions = new RenditionStore();

    @AfterEach
    void close() {
        repository.close();
    }

    /** A one-format renderer whose output says which crosswalk version made it. */
    private static Renderer version(String v) {
        return xml -> List.of(new Rendition("test", (v + ":" + new String(xml, StandardCharsets.UTF_8).length())
                .getBytes(StandardCharsets.UTF_8)));
    }

    private RenditionRefresh refresh(Renderer renderer, String fingerprint) {
        Clock later = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
        RecordPublisher publisher = new RecordPublisher(repository.database(), records, new CommunityStore(),
                renditions, renderer, "demo.interop-server.org", later);
        return new RenditionRefresh(publisher, repository.database(), records, new ServerStateStore(), fingerprint, later);
    }

    private StoredRecord stored(String id) {
        return repository.database().read(tx -> records.find(tx, id)).orElseThrow();
    }

    @Test
    void changedRenditionsAreStoredAndTheRecordsGetANewDatestamp() {
        Record a = repository.publisher().create(Fixtures.record("minimal"));
        Record b = repository.publisher().create(Fixtures.record("minimal"));
        Record deleted = repository.publisher().create(Fixtures.record("minimal"));
        repository.publisher().delete(deleted.id, "test", null);
        long seqBefore = stored(a.id).seq();
        assertTrue(repository.renditions(a.id).get("test").startsWith("v1:"));

        RenditionRefresh v2 = refresh(version("v2"), "fingerprint-2");
        assertTrue(v2.isStale());
        assertTrue(v2.start());
        RenditionRefresh.Progress done = v2.run();
        assertEquals(3, done.total());
        assertEquals(3, done.done());
        assertEquals(2, done.changed(), "the deleted record has no renditions to change");
        assertTrue(done.failures().isEmpty());
        assertFalse(v2.isStale());
        assertTrue(repository.renditions(a.id).get("test").startsWith("v2:"));
        assertTrue(repository.renditions(b.id).get("test").startsWith("v2:"));
        assertEquals(Map.of(), repository.renditions(deleted.id));
        assertTrue(stored(a.id).seq() > seqBefore, "harvesters see the record again");
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), stored(a.id).datestamp());
        assertEquals(1, stored(a.id).revisionId(), "not a new revision");

        assertTrue(v2.start());
        assertEquals(0, v2.run().changed(), "nothing left to change");
    }

    @Test
    void aRecordTheNewCrosswalksCannotRenderKeepsItsRenditions() {
        Record good = repository.publisher().create(Fixtures.record("minimal"));
        Record bad = repository.publisher().create(Fixtures.record("minimal"));
        Renderer v3 = xml -> {
            if (new String(xml, StandardCharsets.UTF_8).contains(bad.id)) {
                throw new InvalidRenditionsException(Map.of("test", List.of("invalid")));
            }
            return version("v3").render(xml);
        };
        RenditionRefresh refresh = refresh(v3, "fingerprint-3");
        assertTrue(refresh.start());
        assertFalse(refresh.start(), "one refresh at a time");
        RenditionRefresh.Progress done = refresh.run();
        assertEquals(List.of(bad.id), List.copyOf(done.failures().keySet()));
        assertTrue(repository.renditions(good.id).get("test").startsWith("v3:"));
        assertTrue(repository.renditions(bad.id).get("test").startsWith("v1:"), "old but valid");
        assertTrue(refresh.isStale(), "not marked current while a record failed");
    }
}
