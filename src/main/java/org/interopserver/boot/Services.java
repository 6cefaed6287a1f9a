package org.interopserver.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.interopserver.config.Settings;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.security.TokenService;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.TokenStore;

import java.time.Clock;

/**
 * Wires the layers together. The layers themselves are plain classes (easy to test without a container);
 * this is the only place that knows how they are built. Singletons: shared, thread-safe, created once.
 */
@ApplicationScoped
public class Services {

    @Produces
    @Singleton
    Database database(Settings settings) {
        return settings.dbUrl()
                .map(url -> Database.open(url, settings.dbUser(), settings.dbPassword()))
                .orElseGet(() -> Database.embedded(settings.dataDir()));
    }

    void close(@Disposes Database database) {
        database.close();
    }

    @Produces
    @Singleton
    RecordStore recordStore() {
        return new RecordStore();
    }

    @Produces
    @Singleton
    CommunityStore communityStore() {
        return new CommunityStore();
    }

    @Produces
    @Singleton
    RecordReader recordReader(RecordStore records) {
        return new RecordReader(records);
    }

    @Produces
    @Singleton
    RecordPublisher recordPublisher(Database db, RecordStore records, CommunityStore communities, Settings settings) {
        return new RecordPublisher(db, records, communities, settings.repositoryId(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    CommunityService communityService(Database db, CommunityStore communities) {
        return new CommunityService(db, communities, Clock.systemUTC());
    }

    @Produces
    @Singleton
    TokenService tokenService(Database db, Settings settings) {
        return new TokenService(db, new TokenStore(), Clock.systemUTC(), settings.adminToken());
    }
}
