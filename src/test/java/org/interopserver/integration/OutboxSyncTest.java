package org.interopserver.integration;

import org.interopserver.model.Record;
import org.interopserver.publish.OutboundChanges;
import org.interopserver.storage.Database;
import org.interopserver.storage.OutboxJob;
import org.interopserver.support.FakeDatacite;
import org.interopserver.support.FakeOrcid;
import org.interopserver.support.FaultPlan;
import org.interopserver.support.FaultPlan.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DOI registration and ORCID sync through the outbox, in one JVM, against fake services that validate every
 * payload and inject failures.
 */
class OutboxSyncTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> KINDS = List.of(OutboundChanges.DOI_JOB, OutboundChanges.ORCID_JOB);
    private SyncRig rig;

    private static Database h2() {
        return Database.open("jdbc:h2:mem:outbox" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
            rig.db.close();
        }
    }

    /**
     * 200 records written while half of all calls fail (500, timeouts before and after the change, 429): in the end
     * every server DOI is findable with the latest metadata (or hidden, for deleted and restricted records), every
     * linked creator has each of their public works exactly once, and nothing else reached the services.
     */
    @Test
    void everythingEndsConsistentDespiteHalfTheCallsFailing() throws Exception {
        // a timeout the fakes meet when busy: a works listing of ~100 works takes them 50-250 ms on an idle JVM
        rig = new SyncRig(h2(), Duration.ofMillis(1000), 60, RemovedWorkPolicy.STOP);
        rig.linkResearchers();
        FaultPlan dataciteFaults = FaultPlan.random(0.5, 11, Duration.ofMillis(1300), 1);
        FaultPlan orcidFaults = FaultPlan.random(0.5, 12, Duration.ofMillis(1300), 1);
        rig.datacite.faults(dataciteFaults);
        rig.orcid.faults(orcidFaults);
        OutboxWorker worker = rig.worker(rig.db);
        // every failed attempt, to show what a parked job went through should one park
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(OutboxWorker.class.getName());
        java.util.logging.Handler history = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                failures.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        history.setLevel(java.util.logging.Level.FINE);
        log.setLevel(java.util.logging.Level.FINE);
        log.addHandler(history);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String a = SyncRig.ORCIDS.get(i % 4);
            String b = SyncRig.ORCIDS.get((i + 1) % 4);
            Record record = SyncRig.record("Record " + i, a, b);
            if (i % 10 == 9) {
                SyncRig.withExternalDoi(record, "10.9999/external-" + i);
            }
            ids.add(rig.publisher.create(record).id);
            if (i % 20 == 0) {
                worker.drain(); // some jobs run while records are still being written
            }
        }
        // changes while jobs are queued, failing and running: updates, deletions, restrictions, a creator dropped
        for (int i = 0; i < 200; i += 4) {
            Record update = current(ids.get(i));
            update.metadata.title = "Record " + i + ", second edition";
            rig.publisher.update(ids.get(i), update, null);
        }
        worker.drain();
        for (int i = 1; i < 200; i += 10) {
            rig.publisher.delete(ids.get(i), "withdrawn by the authors", null);
        }
        for (int i = 2; i < 200; i += 20) {
            Record restricted = current(ids.get(i));
            restricted.access.record = "restricted";
            rig.publisher.update(ids.get(i), restricted, null);
        }
        for (int i = 3; i < 200; i += 20) {
            Record fewer = current(ids.get(i));
            fewer.metadata.creators.remove(0);
            rig.publisher.update(ids.get(i), fewer, null);
        }
        rig.settle(worker, Duration.ofMinutes(4));

        log.removeHandler(history);
        List<OutboxJob> parked = rig.admin.list(OutboxJob.PARKED, null, 0, 100);
        assertEquals(List.of(), parked, () -> "no job parked; their attempts: " + failures.stream()
                .filter(f -> parked.stream().anyMatch(j -> f.startsWith("outbox job " + j.id() + " ")))
                .toList());
        assertEquals(List.of(), rig.datacite.rejections(), "DataCite accepted every payload");
        assertEquals(List.of(), rig.orcid.rejections(), "ORCID accepted every payload");
        for (Fault fault : List.of(Fault.SERVER_ERROR, Fault.TIMEOUT_BEFORE, Fault.TIMEOUT_AFTER,
                Fault.TOO_MANY_REQUESTS)) {
            assertTrue(dataciteFaults.injected().getOrDefault(fault, 0) > 0, "DataCite injected " + fault);
            assertTrue(orcidFaults.injected().getOrDefault(fault, 0) > 0, "ORCID injected " + fault);
        }
        Map<String, Map<String, Integer>> expectedWorks = new HashMap<>();
        for (String id : ids) {
            Record record = rig.db.read(tx -> org.interopserver.storage.RecordReader.toModel(
                    rig.records.find(tx, id).orElseThrow()));
            boolean isPublic = record.tombstone == null && !"restricted".equals(record.access.record);
            String doi = record.pids.doi.identifier;
            if ("external".equals(record.pids.doi.provider)) {
                assertTrue(rig.datacite.doi(doi).isEmpty(), "external DOI " + doi + " never registered");
                assertFalse(rig.status.of(record, true).containsKey("doi"));
            } else if (isPublic) {
                FakeDatacite.DoiEntry entry = rig.datacite.doi(doi).orElseThrow(() -> new AssertionError(doi));
                assertEquals("findable", entry.state(), doi);
                assertEquals(SyncRig.BASE_URL + "/records/" + id, entry.url());
                assertEquals(rig.rendition(id, "datacite"), entry.xml(), "latest metadata of " + doi);
                assertEquals("findable", doiStatus(record).get("state"));
            } else {
                // hidden if DataCite ever saw it, never registered otherwise; never findable
                rig.datacite.doi(doi).ifPresent(e -> assertEquals("registered", e.state(), doi));
                Object state = doiStatus(record).get("state");
                assertTrue(state.equals("registered") || state.equals("reserved"), doi + " is " + state);
            }
            if (isPublic) {
                for (String orcid : org.interopserver.publish.OutboundChanges.creatorOrcids(record)) {
                    if (!orcid.equals(SyncRig.UNLINKED)) {
                        expectedWorks.computeIfAbsent(orcid, k -> new HashMap<>())
                                .merge(FakeOrcid.normalized(rig.rendition(id, "orcid-work")), 1, Integer::sum);
                    }
                }
            }
        }
        assertEquals(List.of(), rig.orcid.works(SyncRig.UNLINKED), "nothing sent for the unlinked researcher");
        for (String orcid : SyncRig.ORCIDS.subList(0, 3)) {
            Map<String, Integer> actual = new HashMap<>();
            for (FakeOrcid.Work work : rig.orcid.works(orcid)) {
                actual.merge(FakeOrcid.normalized(work.xml()), 1, Integer::sum);
            }
            assertEquals(expectedWorks.get(orcid), actual, "every public work of " + orcid + " exactly once");
        }
    }

    /** Changes made before the worker gets to a job fold into it: one call with the latest metadata. */
    @Test
    void supersededUpdatesCollapseIntoOneCall() throws Exception {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, RemovedWorkPolicy.STOP);
        Record created = rig.publisher.create(SyncRig.record("First title", SyncRig.UNLINKED));
        for (int i = 2; i <= 4; i++) {
            Record edit = current(created.id);
            edit.metadata.title = "Title number " + i;
            rig.publisher.update(created.id, edit, null);
        }
        List<OutboxJob> jobs = rig.admin.list(null, created.id, 0, 10);
        assertEquals(1, jobs.size());
        assertEquals(3, jobs.get(0).collapsed());
        rig.settle(rig.worker(rig.db), Duration.ofSeconds(30));
        FakeDatacite.DoiEntry entry = rig.datacite.doi(created.pids.doi.identifier).orElseThrow();
        assertEquals(1, entry.writes());
        assertTrue(entry.xml().contains("Title number 4"));
        assertEquals(SyncRig.PREFIX + "/" + created.id, created.pids.doi.identifier, "reserved at creation");
        assertEquals("datacite", created.pids.doi.provider);
    }

    /** Failures back off; 429 waits at least its Retry-After; after the last attempt the job is parked. */
    @Test
    void failingJobsBackOffThenParkAndCanBeRetried() throws Exception {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 3, RemovedWorkPolicy.STOP);
        OutboxWorker worker = rig.worker(rig.db);
        rig.datacite.faults(FaultPlan.none().queue(Fault.TOO_MANY_REQUESTS, Fault.SERVER_ERROR, Fault.SERVER_ERROR));
        Record record = rig.publisher.create(SyncRig.record("Unlucky", SyncRig.UNLINKED));
        long before = System.currentTimeMillis();
        worker.drain();
        OutboxJob job = rig.admin.list(null, record.id, 0, 10).get(0);
        assertEquals(OutboxJob.PENDING, job.state());
        assertEquals(1, job.attempts());
        assertTrue(job.nextAttemptMs() >= before + 1000, "Retry-After: 1 honoured");
        assertTrue(job.lastError().contains("429"), job.lastError());
        rig.settle(worker, Duration.ofSeconds(30));
        job = rig.admin.find(job.id());
        assertEquals(OutboxJob.PARKED, job.state());
        assertEquals(3, job.attempts());
        assertTrue(job.lastError().contains("500"), job.lastError());
        Map<String, Object> doi = doiStatus(record);
        assertEquals("error", doi.get("state"));
        assertEquals(job.lastError(), doi.get("last_error"));
        assertTrue(rig.datacite.doi(record.pids.doi.identifier).isEmpty());

        rig.admin.retry(job.id());
        rig.settle(worker, Duration.ofSeconds(30));
        assertEquals(OutboxJob.DONE, rig.admin.find(job.id()).state());
        assertEquals("findable", rig.datacite.doi(record.pids.doi.identifier).orElseThrow().state());
        assertEquals("findable", doiStatus(record).get("state"));
    }

    /** A work the researcher removed in ORCID: by default syncing stops; with RECREATE it is put back once. */
    @Test
    void workRemovedInOrcidFollowsThePolicy() throws Exception {
        for (RemovedWorkPolicy policy : RemovedWorkPolicy.values()) {
            rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, policy);
            rig.linkResearchers();
            String orcid = SyncRig.ORCIDS.get(0);
            OutboxWorker worker = rig.worker(rig.db);
            Record record = rig.publisher.create(SyncRig.record("Removed later", orcid));
            rig.settle(worker, Duration.ofSeconds(30));
            FakeOrcid.Work first = rig.orcid.works(orcid).get(0);
            rig.orcid.removeWork(orcid, first.putCode());
            Record edit = current(record.id);
            edit.metadata.title = "Edited after removal";
            rig.publisher.update(record.id, edit, null);
            rig.settle(worker, Duration.ofSeconds(30));
            assertEquals(0, rig.admin.counts().get(OutboxJob.PARKED), policy + ": never a failing job");
            Map<String, Object> creator = orcidStatus(record, orcid);
            if (policy == RemovedWorkPolicy.STOP) {
                assertEquals(List.of(), rig.orcid.works(orcid));
                assertEquals("stopped", creator.get("state"));
                // later changes leave it alone too; linking the iD again resumes
                Record again = current(record.id);
                again.metadata.title = "Edited twice";
                rig.publisher.update(record.id, again, null);
                rig.settle(worker, Duration.ofSeconds(30));
                assertEquals(List.of(), rig.orcid.works(orcid));
                rig.links.link(orcid, "token-" + orcid);
                rig.settle(worker, Duration.ofSeconds(30));
                assertEquals(1, rig.orcid.works(orcid).size());
            } else {
                List<FakeOrcid.Work> works = rig.orcid.works(orcid);
                assertEquals(1, works.size());
                assertTrue(works.get(0).xml().contains("Edited after removal"));
                assertEquals("synced", creator.get("state"));
                assertEquals(works.get(0).putCode(), creator.get("put_code"));
            }
            close();
            rig = null;
        }
    }

    /** A work ORCID already has (same identifiers) is adopted on 409, updated, and not created twice. */
    @Test
    void duplicateInOrcidIsAdopted() throws Exception {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, RemovedWorkPolicy.STOP);
        String orcid = SyncRig.ORCIDS.get(1);
        Record record = rig.publisher.create(SyncRig.record("Already in ORCID", orcid));
        String seeded = rig.orcid.seedWork(orcid, rig.rendition(record.id, "orcid-work")
                .replace("Already in ORCID", "An older title"));
        rig.linkResearchers();
        rig.settle(rig.worker(rig.db), Duration.ofSeconds(30));
        List<FakeOrcid.Work> works = rig.orcid.works(orcid);
        assertEquals(1, works.size());
        assertEquals(seeded, works.get(0).putCode());
        assertTrue(works.get(0).xml().contains("Already in ORCID"));
        assertEquals(seeded, orcidStatus(record, orcid).get("put_code"));
        assertEquals(List.of(), rig.orcid.rejections());
    }

    /** A deleted record's work leaves ORCID and its DOI is hidden, pointing at the tombstone page. */
    @Test
    void deletionHidesTheDoiAndRemovesTheWork() throws Exception {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, RemovedWorkPolicy.STOP);
        rig.linkResearchers();
        String orcid = SyncRig.ORCIDS.get(2);
        OutboxWorker worker = rig.worker(rig.db);
        Record record = rig.publisher.create(SyncRig.record("To be deleted", orcid));
        rig.settle(worker, Duration.ofSeconds(30));
        assertEquals(1, rig.orcid.works(orcid).size());
        assertEquals("findable", rig.datacite.doi(record.pids.doi.identifier).orElseThrow().state());
        rig.publisher.delete(record.id, "duplicate", null);
        rig.settle(worker, Duration.ofSeconds(30));
        assertEquals(List.of(), rig.orcid.works(orcid));
        FakeDatacite.DoiEntry entry = rig.datacite.doi(record.pids.doi.identifier).orElseThrow();
        assertEquals("registered", entry.state());
        assertEquals(SyncRig.BASE_URL + "/records/" + record.id, entry.url());
        Record tombstone = current(record.id);
        assertEquals("registered", doiStatus(tombstone).get("state"));
        assertEquals("deleted", orcidStatus(tombstone, orcid).get("state"));
        assertNull(orcidStatus(tombstone, orcid).get("put_code"));
    }

    /** A job waits while an older job of its subject runs; a claim that ran out cannot finish the job. */
    @Test
    void jobsOfOneSubjectRunInOrderAndClaimsAreExclusive() {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, RemovedWorkPolicy.STOP);
        Record record = rig.publisher.create(SyncRig.record("Ordered", SyncRig.UNLINKED));
        long now = System.currentTimeMillis();
        List<OutboxJob> first = rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, now, 60_000, 5, "a"));
        assertEquals(1, first.size());
        Record edit = current(record.id);
        edit.metadata.title = "Changed while the first job runs";
        rig.publisher.update(record.id, edit, null);
        assertEquals(2, rig.admin.list(null, record.id, 0, 10).size(), "a running job takes no more changes in");
        assertEquals(List.of(), rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, now, 60_000, 5, "b")),
                "the second waits for the first");
        // the first claim runs out; another worker takes the job over, and the first can no longer finish it
        List<OutboxJob> taken = rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, now + 61_000, 60_000, 5, "c"));
        assertEquals(first.get(0).id(), taken.get(0).id());
        boolean lateFinish = rig.db.inTransaction(tx -> rig.outbox.complete(tx, first.get(0), "a", now));
        assertFalse(lateFinish, "the first claim ran out");
        boolean takerFinish = rig.db.inTransaction(tx -> rig.outbox.complete(tx, taken.get(0), "c", now));
        assertTrue(takerFinish);
        List<OutboxJob> second = rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, now + 61_000, 60_000, 5, "b"));
        assertEquals(1, second.size());
        assertTrue(second.get(0).id() > first.get(0).id());
    }

    /**
     * A change folds into an older parked job while a newer job of the subject runs: the revived job waits for the
     * running one (never two at once). A claim whose lease keeps running out counts as failed attempts and parks.
     */
    @Test
    void aRevivedOlderJobWaitsForTheRunningOneAndLostLeasesPark() {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, RemovedWorkPolicy.STOP);
        Record record = rig.publisher.create(SyncRig.record("Revived", SyncRig.UNLINKED));
        long now = System.currentTimeMillis();
        OutboxJob first = rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, now, 60_000, 5, "a")).get(0);
        Record edit = current(record.id);
        edit.metadata.title = "Second";
        rig.publisher.update(record.id, edit, null);
        boolean parked = rig.db.inTransaction(tx -> rig.outbox.fail(tx, first, "a", "gone wrong", now, true, now));
        assertTrue(parked);
        long soon = now + 5_000; // the second job is due from its enqueue time on
        OutboxJob second = rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, soon, 60_000, 5, "b")).get(0);
        assertTrue(second.id() > first.id());
        edit = current(record.id);
        edit.metadata.title = "Third";
        rig.publisher.update(record.id, edit, null); // folds into the parked first job, which is pending again
        assertEquals(OutboxJob.PENDING, rig.admin.find(first.id()).state());
        assertEquals(List.of(), rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, soon, 60_000, 5, "c")),
                "the revived job waits while the newer one holds a live claim");
        // the newer one's node dies: when its lease runs out, the older (revived) job goes first, in order
        List<Long> claimed = new ArrayList<>();
        List<Integer> attempts = new ArrayList<>();
        for (int round = 1; round <= 7; round++) {
            long later = soon + round * 61_000L;
            for (OutboxJob job : rig.db.inTransaction(tx -> rig.outbox.claim(tx, KINDS, 10, later, 60_000, 5, "d"))) {
                claimed.add(job.id());
                attempts.add(job.attempts());
            }
        }
        // its own leases then keep running out (its node dies each time): each counts, the fifth parks it
        assertEquals(List.of(first.id(), first.id(), first.id(), first.id(), first.id(), second.id()), claimed);
        assertEquals(List.of(0, 1, 2, 3, 4, 1), attempts);
        OutboxJob parkedForGood = rig.admin.find(first.id());
        assertEquals(OutboxJob.PARKED, parkedForGood.state());
        assertTrue(parkedForGood.lastError().contains("lease ran out"), parkedForGood.lastError());
    }

    /**
     * A create or publish whose answer was lost reached the service all the same; when the record is deleted before
     * the retry, the work is still found and removed, and the DOI still hidden.
     */
    @Test
    void lostAnswersLeaveNothingBehindWhenTheRecordGoes() throws Exception {
        rig = new SyncRig(h2(), Duration.ofMillis(300), 5, RemovedWorkPolicy.STOP);
        rig.linkResearchers();
        String orcid = SyncRig.ORCIDS.get(0);
        rig.datacite.faults(FaultPlan.random(0, 1, Duration.ofMillis(600), 1).queue(Fault.TIMEOUT_AFTER));
        rig.orcid.faults(FaultPlan.random(0, 1, Duration.ofMillis(600), 1).queue(Fault.TIMEOUT_AFTER));
        Record record = rig.publisher.create(SyncRig.record("Answer lost", orcid));
        OutboxWorker worker = rig.worker(rig.db);
        worker.drain();
        assertEquals(1, rig.orcid.works(orcid).size(), "the create happened");
        assertEquals("findable", rig.datacite.doi(record.pids.doi.identifier).orElseThrow().state());
        assertEquals("reserved", doiStatus(record).get("state"), "but the server did not hear of it");
        rig.publisher.delete(record.id, "withdrawn", null);
        Thread.sleep(100);
        rig.settle(worker, Duration.ofSeconds(30));
        assertEquals(List.of(), rig.orcid.works(orcid));
        assertEquals("registered", rig.datacite.doi(record.pids.doi.identifier).orElseThrow().state());
        assertEquals(List.of(), rig.orcid.rejections());
        assertEquals(List.of(), rig.datacite.rejections());
    }

    /** A work another source added (DataCite's auto-update, the researcher) with the same DOI is left alone. */
    @Test
    void worksOfOtherSourcesAreNeverAdoptedOrChanged() throws Exception {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 5, RemovedWorkPolicy.STOP);
        String orcid = SyncRig.ORCIDS.get(1);
        Record record = rig.publisher.create(SyncRig.record("Also added by DataCite", orcid));
        String foreign = rig.orcid.seedWork(orcid, rig.rendition(record.id, "orcid-work"), FakeOrcid.OTHER_CLIENT_ID);
        rig.linkResearchers();
        OutboxWorker worker = rig.worker(rig.db);
        rig.settle(worker, Duration.ofSeconds(30));
        rig.publisher.delete(record.id, "duplicate", null);
        rig.settle(worker, Duration.ofSeconds(30));
        List<FakeOrcid.Work> works = rig.orcid.works(orcid);
        assertEquals(1, works.size());
        assertEquals(foreign, works.get(0).putCode());
        assertEquals(0, works.get(0).writes());
        assertEquals(List.of(), rig.orcid.rejections());
        assertEquals(0, rig.admin.counts().get(OutboxJob.PARKED));
    }

    /** Anonymous readers see states; put-codes and the services' error messages are for staff. */
    @Test
    void errorsAndPutCodesAreForStaffOnly() throws Exception {
        rig = new SyncRig(h2(), Duration.ofSeconds(2), 1, RemovedWorkPolicy.STOP);
        rig.linkResearchers();
        String orcid = SyncRig.ORCIDS.get(0);
        rig.datacite.faults(FaultPlan.none().queue(Fault.SERVER_ERROR));
        Record record = rig.publisher.create(SyncRig.record("Seen by whom", orcid));
        rig.settle(rig.worker(rig.db), Duration.ofSeconds(30));
        Map<String, Object> staff = rig.status.of(record, true);
        Map<String, Object> anyone = rig.status.of(record, false);
        assertTrue(staff.toString().contains("last_error") && staff.toString().contains("put_code"), staff.toString());
        assertFalse(anyone.toString().contains("last_error") || anyone.toString().contains("put_code"),
                anyone.toString());
        assertTrue(anyone.toString().contains("state=error"), anyone.toString());
    }

    private Record current(String id) {
        return rig.db.read(tx -> org.interopserver.storage.RecordReader.toModel(rig.records.find(tx, id)
                .orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> doiStatus(Record record) {
        Map<String, Object> doi = (Map<String, Object>) rig.status.of(record, true).get("doi");
        assertNotNull(doi, "DOI status of " + record.id);
        return doi;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> orcidStatus(Record record, String orcid) {
        List<Map<String, Object>> creators = (List<Map<String, Object>>) rig.status.of(record, true).get("orcid");
        return creators.stream().filter(c -> orcid.equals(c.get("orcid"))).findFirst()
                .orElseThrow(() -> new AssertionError("no status for " + orcid));
    }
}
