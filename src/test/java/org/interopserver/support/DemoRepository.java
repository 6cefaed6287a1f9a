package org.interopserver.support;

import org.interopserver.crosswalk.Renderer;
import org.interopserver.model.Record;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.DemoLoader;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordQuery;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo records published through the real write path into an in-memory H2 database, with predictable ids
 * ({@code demo0-00001}, …) and a fixed clock, so that what the crosswalks make of them can be compared with
 * golden files.
 */
public final class DemoRepository implements AutoCloseable {

    public static final Instant CLOCK = Instant.parse("2026-01-15T10:00:00Z");
    private static final Clock FIXED = Clock.fixed(CLOCK, ZoneOffset.UTC);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Database db;
    private final RecordStore records = new RecordStore();
    private final RenditionStore renditions = new RenditionStore();
    private final CommunityStore communityStore = new CommunityStore();

    private RecordPublisher publisher;

    private DemoRepository(Database db) {
        this.db = db;
    }

    /** The demo records without renditions. */
    public static DemoRepository load() {
        return load(Renderer.NONE);
    }

    /** The demo records, each rendered by {@code renderer} as it is published. */
    public static DemoRepository load(Renderer renderer) {
        return load(renderer, FIXED);
    }

    /** The demo records, rendered by {@code renderer}, stamped by {@code clock}. */
    public static DemoRepository load(Renderer renderer, Clock clock) {
        DemoRepository repository = empty(renderer, clock);
        new DemoLoader(repository.publisher, new CommunityService(repository.db, repository.communityStore, clock),
                repository.db, repository.records).loadIfEmpty();
        return repository;
    }

    /** An empty repository whose publisher renders with {@code renderer}. */
    public static DemoRepository empty(Renderer renderer) {
        return empty(renderer, FIXED);
    }

    /** An empty repository whose publisher renders with {@code renderer} and stamps by {@code clock}. */
    public static DemoRepository empty(Renderer renderer, Clock clock) {
        Database db = Database.open("jdbc:h2:mem:demo" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        DemoRepository repository = new DemoRepository(db);
        AtomicInteger next = new AtomicInteger();
        repository.publisher = new RecordPublisher(db, repository.records, repository.communityStore,
                repository.renditions, renderer, "demo.interop-server.org", clock,
                () -> String.format("demo0-%05d", next.incrementAndGet()));
        return repository;
    }

    public RecordPublisher publisher() {
        return publisher;
    }

    /** Every demo record as stored, in the order of the demo file. */
    public List<Record> records() {
        RecordQuery all = new RecordQuery(null, null, null, null, true, 10_000);
        return db.read(tx -> records.list(tx, all)).stream().map(RecordReader::toModel)
                .sorted(Comparator.comparing(r -> r.id)).toList();
    }

    /** The stored renditions of a record, by format. */
    public Map<String, String> renditions(String id) {
        return db.read(tx -> renditions.contents(tx, id));
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
