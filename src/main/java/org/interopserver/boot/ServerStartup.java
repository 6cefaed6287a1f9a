package org.interopserver.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.interopserver.integration.OutboxWorker;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;
import org.interopserver.config.Settings;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.DemoLoader;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.publish.RenditionRefresh;
import org.interopserver.security.TokenService;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordStore;

import java.util.logging.Logger;

/**
 * At deployment: migrate the database, make sure an admin token exists, refresh renditions made with older
 * crosswalks, load the demo records if asked to.
 */
@ApplicationScoped
public class ServerStartup {

    private static final Logger LOG = Logger.getLogger(ServerStartup.class.getName());

    @Inject
    Database database;
    @Inject
    TokenService tokens;
    @Inject
    RecordPublisher publisher;
    @Inject
    CommunityService communities;
    @Inject
    RecordStore records;
    @Inject
    Settings settings;
    @Inject
    RenditionRefresh refresh;
    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    OutboxWorker outboxWorker;

    private ScheduledFuture<?> outboxPolling;

    private volatile boolean started;

    /** True once migrations, the admin token and the demo data are done: only then is the server ready. */
    public boolean isStarted() {
        return started;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // touching the database opens the pool and runs the migrations
        LOG.info(() -> "Interop Server starting: " + settings.baseUrl() + " (repository " + settings.repositoryId()
                + ", " + (database.isPostgres() ? "PostgreSQL" : "embedded H2") + ")");
        tokens.ensureAdminToken();
        refreshRenditionsIfStale();
        if (settings.demo()) {
            new DemoLoader(publisher, communities, database, records).loadIfEmpty();
        }
        // every node works the outbox: claims keep two nodes off the same job
        outboxPolling = scheduler.scheduleWithFixedDelay(outboxWorker::drain, settings.outboxPollMillis(),
                settings.outboxPollMillis(), TimeUnit.MILLISECONDS);
        started = true;
    }

    @PreDestroy
    void onStop() {
        if (outboxPolling != null) {
            outboxPolling.cancel(false);
            try {
                // a job's calls are bounded by the timeout: wait that long for the ones in hand
                outboxWorker.stop(Duration.ofMillis((long) settings.outboxTimeoutMillis() * 5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the jobs' leases run out instead
                LOG.warning(() -> "outbox jobs not given back at shutdown: " + e.getMessage());
            }
        }
    }

    /**
     * Renditions made with other crosswalks (an upgrade changed a stylesheet) are re-rendered in the background;
     * until then the old, valid renditions are served.
     */
    private void refreshRenditionsIfStale() {
        if (!refresh.isStale()) {
            return;
        }
        if (database.read(records::count) == 0) {
            refresh.markCurrent();
        } else if (refresh.start()) {
            LOG.info("the crosswalks changed since the renditions were made: re-rendering in the background");
            executor.submit(refresh::run);
        }
    }
}
