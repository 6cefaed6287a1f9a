package org.interopserver.storage;

import org.interopserver.crosswalk.Renderer;
import org.interopserver.model.Record;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.publish.RecordGoneException;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.publish.StaleRevisionException;
import org.interopserver.model.Parent;
import org.interopserver.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publish path over real storage, on H2 and on PostgreSQL. */
class StorageTest {

    private Database db;
    private final RecordStore records = new RecordStore();
    private final CommunityStore communityStore = new CommunityStore();
    private RecordPublisher publisher;
    private CommunityService communities;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    private void open(DatabaseTarget target) throws Exception {
        db = target.open(cleanup);
        publisher = new RecordPublisher(db, records, communityStore, new RenditionStore(), Renderer.NONE,
                "test.example", Clock.systemUTC());
        communities = new CommunityService(db, communityStore, Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
        for (AutoCloseable c : cleanup) {
            c.close();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void createReadUpdateDeleteKeepsEveryRevision(DatabaseTarget target) throws Exception {
        open(target);
        Record created = publisher.create(Fixtures.record("minimal"));
        assertEquals(1, created.revisionId);
        assertEquals("oai:test.example:" + created.id, created.pids.oai.identifier);
        assertEquals(1, created.versions.index);

        Record change = Fixtures.record("minimal");
        change.metadata.title = "Revised title";
        Record updated = publisher.update(created.id, change, 1);
        assertEquals(2, updated.revisionId);
        assertEquals(created.created, updated.created);

        Record deleted = publisher.delete(created.id, "duplicate of another record", null);
        assertNotNull(deleted.tombstone);
        assertEquals(3, deleted.revisionId);
        assertThrows(RecordGoneException.class, () -> publisher.update(created.id, change, null));

        List<RevisionInfo> revisions = db.read(tx -> records.revisions(tx, created.id));
        assertEquals(List.of(1, 2, 3), revisions.stream().map(RevisionInfo::revisionId).toList());
        String first = db.read(tx -> records.revisionJson(tx, created.id, 1)).orElseThrow();
        assertTrue(first.contains("Sea surface temperature"), first);
        StoredRecord stored = db.read(tx -> records.find(tx, created.id)).orElseThrow();
        assertTrue(stored.deleted());
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void unchangedUpdateWritesNoRevisionAndKeepsTheDatestamp(DatabaseTarget target) throws Exception {
        open(target);
        Record created = publisher.create(Fixtures.record("minimal"));
        long seq = db.read(tx -> records.find(tx, created.id)).orElseThrow().seq();
        Record same = publisher.update(created.id, Fixtures.record("minimal"), null);
        assertEquals(1, same.revisionId);
        assertEquals(seq, db.read(tx -> records.find(tx, created.id)).orElseThrow().seq());
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void staleRevisionIsRefusedAndNothingIsWritten(DatabaseTarget target) throws Exception {
        open(target);
        Record created = publisher.create(Fixtures.record("minimal"));
        Record change = Fixtures.record("minimal");
        change.metadata.title = "first writer";
        publisher.update(created.id, change, 1);
        change.metadata.title = "second writer, based on revision 1";
        assertThrows(StaleRevisionException.class, () -> publisher.update(created.id, change, 1));
        assertEquals(2, db.read(tx -> records.revisions(tx, created.id)).size());
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void concurrentUpdatesLoseNothing(DatabaseTarget target) throws Exception {
        open(target);
        Record created = publisher.create(Fixtures.record("minimal"));
        int writers = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger stale = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        List<String> titles = Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    // read-modify-write with If-Match: retry on a stale revision, as a careful client does
                    while (true) {
                        Record current = db.read(tx -> new RecordReader(records).find(tx, created.id)).orElseThrow();
                        Record next = Fixtures.record("minimal");
                        next.metadata.title = "writer " + writer + " change " + i;
                        try {
                            publisher.update(created.id, next, current.revisionId);
                            titles.add(next.metadata.title);
                            break;
                        } catch (StaleRevisionException e) {
                            stale.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<RevisionInfo> revisions = db.read(tx -> records.revisions(tx, created.id));
        // every successful write is its own revision: 1 + writers * each, none overwritten silently
        assertEquals(1 + writers * each, revisions.size());
        List<String> stored = new ArrayList<>();
        for (int r = 2; r <= revisions.size(); r++) {
            int rev = r;
            String json = db.read(tx -> records.revisionJson(tx, created.id, rev)).orElseThrow();
            stored.add(json);
        }
        for (String title : titles) {
            assertTrue(stored.stream().anyMatch(j -> j.contains("\"" + title + "\"")), title);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void seqGrowsWithEveryPublishedChangeAndListingPagesByIt(DatabaseTarget target) throws Exception {
        open(target);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(publisher.create(Fixtures.record("minimal")).id);
        }
        Record change = Fixtures.record("minimal");
        change.metadata.title = "changed last";
        publisher.update(ids.get(0), change, null);
        List<String> seen = new ArrayList<>();
        Long cursor = null;
        long previous = Long.MAX_VALUE;
        while (true) {
            Long before = cursor;
            List<StoredRecord> page = db.read(tx -> records.list(tx, new RecordQuery(null, null, null, before, true, 3)));
            if (page.isEmpty()) {
                break;
            }
            for (StoredRecord r : page) {
                assertTrue(r.seq() < previous, "newest change first");
                previous = r.seq();
                seen.add(r.id());
            }
            cursor = page.get(page.size() - 1).seq();
        }
        assertEquals(7, seen.size());
        assertEquals(ids.get(0), seen.get(0), "the updated record comes first");
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void communityMembershipIsANewRevisionAndFiltersListings(DatabaseTarget target) throws Exception {
        open(target);
        communities.create("ocean-data", "Ocean data", null);
        Record a = publisher.create(Fixtures.record("minimal"));
        Record b = publisher.create(Fixtures.record("minimal"));
        long before = db.read(tx -> records.find(tx, a.id)).orElseThrow().seq();
        Record member = publisher.changeCommunities(a.id, list -> {
            list.add("ocean-data");
            return list;
        });
        assertEquals(List.of("ocean-data"), member.communities);
        assertEquals(2, member.revisionId);
        assertTrue(db.read(tx -> records.find(tx, a.id)).orElseThrow().seq() > before, "membership bumps seq");
        List<StoredRecord> inCommunity = db.read(tx -> records.list(tx,
                new RecordQuery("ocean-data", null, null, null, true, 10)));
        assertEquals(List.of(a.id), inCommunity.stream().map(StoredRecord::id).toList());
        assertFalse(inCommunity.stream().anyMatch(r -> r.id().equals(b.id)));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> publisher.changeCommunities(b.id, list -> {
                    list.add("no-such-community");
                    return list;
                }));
        assertEquals("communities[0]", unknown.violations().get(0).field());
        assertEquals(1, db.read(tx -> records.revisions(tx, b.id)).size(), "nothing written for a bad change");
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void newVersionsJoinTheirConceptInOrder(DatabaseTarget target) throws Exception {
        open(target);
        Record v1 = publisher.create(Fixtures.record("minimal"));
        Record next = Fixtures.record("minimal");
        next.parent = new Parent(v1.parent.id);
        next.metadata.version = "2.0";
        Record v2 = publisher.create(next);
        assertEquals(v1.parent.id, v2.parent.id);
        assertEquals(2, v2.versions.index);
        assertTrue(v2.versions.isLatest);
        Record v1Again = db.read(tx -> new RecordReader(records).find(tx, v1.id)).orElseThrow();
        assertFalse(v1Again.versions.isLatest);
        Record orphan = Fixtures.record("minimal");
        orphan.parent = new Parent("nope0-nope0");
        assertThrows(InvalidInputException.class, () -> publisher.create(orphan));
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void concurrentNewVersionsOfOneConceptGetDistinctIndexes(DatabaseTarget target) throws Exception {
        open(target);
        Record v1 = publisher.create(Fixtures.record("minimal"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Record>> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(pool.submit(() -> {
                Record next = Fixtures.record("minimal");
                next.parent = new Parent(v1.parent.id);
                return publisher.create(next);
            }));
        }
        List<Integer> indexes = new ArrayList<>();
        for (Future<Record> f : created) {
            indexes.add(f.get(60, TimeUnit.SECONDS).versions.index);
        }
        pool.shutdown();
        Collections.sort(indexes);
        assertEquals(List.of(2, 3, 4, 5, 6, 7), indexes);
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void clientsCannotClaimServerRegisteredDois(DatabaseTarget target) throws Exception {
        open(target);
        Record claimed = Fixtures.record("minimal");
        claimed.pids = new org.interopserver.model.Pids();
        claimed.pids.doi = new org.interopserver.model.Pid("10.1234/claimed", "datacite");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> publisher.create(claimed));
        assertEquals("pids.doi.provider", e.violations().get(0).field());
        assertEquals(0, db.read(records::count));
        claimed.pids.doi.provider = "external";
        assertEquals("10.1234/claimed", publisher.create(claimed).pids.doi.identifier);
    }

    @ParameterizedTest
    @EnumSource(DatabaseTarget.class)
    void updatedSinceFiltersByDatestamp(DatabaseTarget target) throws Exception {
        open(target);
        publisher.create(Fixtures.record("minimal"));
        Instant future = Instant.now().plusSeconds(3600);
        assertEquals(0, db.read(tx -> records.list(tx, new RecordQuery(null, null, future, null, true, 10))).size());
        Instant past = Instant.now().minusSeconds(3600);
        assertEquals(1, db.read(tx -> records.list(tx, new RecordQuery(null, null, past, null, true, 10))).size());
    }
}
