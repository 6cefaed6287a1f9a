package org.interopserver.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.interopserver.config.Settings;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.DemoLoader;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.security.TokenService;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordStore;

import java.util.logging.Logger;

/** At deployment: migrate the database, make sure an admin token exists, load the demo records if asked to. */
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
        if (settings.demo()) {
            new DemoLoader(publisher, communities, database, records).loadIfEmpty();
        }
        started = true;
    }
}
