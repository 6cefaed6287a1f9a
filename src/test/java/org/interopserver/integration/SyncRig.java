package org.interopserver.integration;

import org.interopserver.model.Identifier;
import org.interopserver.model.ModelJson;
import org.interopserver.model.PersonOrOrg;
import org.interopserver.model.Creator;
import org.interopserver.model.Pid;
import org.interopserver.model.Record;
import org.interopserver.publish.Outbound;
import org.interopserver.publish.OutboundChanges;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.security.SecretBox;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.DoiRegistrationStore;
import org.interopserver.storage.OrcidStore;
import org.interopserver.storage.OutboxJob;
import org.interopserver.storage.OutboxStore;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.support.FakeDatacite;
import org.interopserver.support.FakeOrcid;
import org.interopserver.support.Fixtures;
import org.interopserver.support.TestCrosswalks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The write path, the outbox and its worker in one JVM against a fake DataCite and a fake ORCID, wired as
 * {@code boot.Services} wires them in the server.
 */
final class SyncRig implements AutoCloseable {

    static final String PREFIX = "10.5072";
    static final String BASE_URL = TestCrosswalks.PARAMS.baseUrl();
    /** Valid ORCID iDs; the last one is never linked. */
    static final List<String> ORCIDS = List.of("0000-0002-1825-0097", "0000-0001-6063-6164", "0000-0003-1885-5923",
            "0009-0005-3315-8845");
    static final String UNLINKED = ORCIDS.get(3);

    final Database db;
    final FakeDatacite datacite;
    final FakeOrcid orcid;
    final RecordPublisher publisher;
    final OrcidLinks links;
    final SyncStatus status;
    final OutboxAdmin admin;
    final OutboxStore outbox = new OutboxStore();
    final RecordStore records = new RecordStore();
    final RenditionStore renditions = new RenditionStore();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final SecretBox tokens = new SecretBox("test secret".getBytes(), "orcid-access-token");

    SyncRig(Database db, Duration timeout, int maxAttempts, RemovedWorkPolicy policy) {
        this.db = db;
        this.datacite = FakeDatacite.start("TEST.REPO", "s3cret", Fixtures.standardsDir());
        this.orcid = FakeOrcid.start(Fixtures.standardsDir());
        Outbound outbound = new Outbound(java.util.Optional.of(PREFIX), "{id}", true);
        this.publisher = new RecordPublisher(db, records, new CommunityStore(), renditions, TestCrosswalks.official(),
                "repo.example.org", Clock.systemUTC(), outbound);
        this.links = new OrcidLinks(db, new OrcidStore(), records, new OutboundChanges(outbound), tokens,
                Clock.systemUTC(), true);
        this.status = new SyncStatus(db, new DoiRegistrationStore(), new OrcidStore(), outbox);
        this.admin = new OutboxAdmin(db, outbox, Clock.systemUTC());
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.policy = policy;
    }

    private final Duration timeout;
    private final int maxAttempts;
    private final RemovedWorkPolicy policy;

    /** A new worker, as on another node: its own claim token, the same database. */
    OutboxWorker worker(Database on) {
        WorkerSettings settings = new WorkerSettings(timeout, maxAttempts, Duration.ofMillis(20),
                Duration.ofMillis(300), timeout.multipliedBy(8), Duration.ofMillis(50), 8);
        RemoteCalls calls = new RemoteCalls(timeout);
        Map<String, JobHandler> handlers = Map.of(
                OutboundChanges.DOI_JOB, new DoiJobs(on, records, renditions, new DoiRegistrationStore(),
                        new DataciteClient(new DataciteAccount(URI.create(datacite.url()), "TEST.REPO", "s3cret"),
                                calls), BASE_URL),
                OutboundChanges.ORCID_JOB, new OrcidJobs(on, records, renditions, new OrcidStore(),
                        new OrcidClient(URI.create(orcid.url()), FakeOrcid.CLIENT_ID, calls), tokens, policy,
                        BASE_URL));
        return new OutboxWorker(on, new OutboxStore(), handlers, settings, Clock.systemUTC(), pool, new Random(7));
    }

    /** Links every iD but {@link #UNLINKED}, with a token the fake ORCID knows. */
    void linkResearchers() {
        for (String id : ORCIDS.subList(0, 3)) {
            String token = "token-" + id;
            orcid.token(id, token);
            links.link(id, token);
        }
    }

    /** A public dataset by the given ORCID creators (and one creator without an iD). */
    static Record record(String title, String... creatorOrcids) {
        Record record = Fixtures.record("minimal");
        record.metadata.title = title;
        record.metadata.creators.clear();
        for (String id : creatorOrcids) {
            Creator creator = new Creator();
            creator.personOrOrg = new PersonOrOrg();
            creator.personOrOrg.type = "personal";
            creator.personOrOrg.givenName = "Given";
            creator.personOrOrg.familyName = "Researcher " + id.substring(15);
            creator.personOrOrg.identifiers.add(new Identifier("orcid", id));
            record.metadata.creators.add(creator);
        }
        Creator anonymous = new Creator();
        anonymous.personOrOrg = new PersonOrOrg();
        anonymous.personOrOrg.type = "organizational";
        anonymous.personOrOrg.name = "Interop Test Consortium";
        record.metadata.creators.add(anonymous);
        return record;
    }

    static Record withExternalDoi(Record record, String doi) {
        record.pids = new org.interopserver.model.Pids();
        record.pids.doi = new Pid(doi, "external");
        return record;
    }

    /** Drains until no job is pending or running, or fails after {@code limit}. */
    void settle(OutboxWorker worker, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            worker.drain();
            Map<String, Integer> counts = admin.counts();
            if (counts.get(OutboxJob.PENDING) == 0 && counts.get(OutboxJob.RUNNING) == 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("outbox not settled within " + limit + ": " + admin.counts());
    }

    String rendition(String recordId, String format) {
        return db.read(tx -> renditions.find(tx, recordId, format)).map(r -> r.content()).orElse(null);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        datacite.close();
        orcid.close();
    }
}
