package org.interopserver.boot;

import org.interopserver.oai.OaiGate;
import org.interopserver.oai.OaiProvider;
import org.interopserver.oai.TokenSigner;
import org.interopserver.publish.HarvestSets;
import org.interopserver.publish.QuerySetService;
import org.interopserver.storage.HarvestStore;
import org.interopserver.storage.QuerySetStore;
import org.interopserver.storage.ServerStateStore;
import org.interopserver.storage.SetMembershipStore;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.interopserver.config.Settings;
import org.interopserver.crosswalk.CrosswalkParameters;
import org.interopserver.crosswalk.CrosswalkSource;
import org.interopserver.crosswalk.Crosswalks;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.crosswalk.SchemaValidator;
import org.interopserver.publish.CommunityService;
import org.interopserver.publish.RecordImporter;
import org.interopserver.publish.RecordPublisher;
import org.interopserver.publish.RenditionRefresh;
import org.interopserver.security.TokenService;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.RenditionStore;
import org.interopserver.storage.TokenStore;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Wires the layers together. The layers themselves are plain classes (easy to test without a container);
 * this is the only place that knows how they are built. Singletons: shared, thread-safe, created once.
 */
@ApplicationScoped
public class Services {

    private static final Logger LOG = Logger.getLogger(Services.class.getName());

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
    RenditionStore renditionStore() {
        return new RenditionStore();
    }

    /** The crosswalk engine: every stylesheet compiled once, and the official schemas when a schema dir is set. */
    @Produces
    @Singleton
    Crosswalks crosswalks(Settings settings) {
        CrosswalkSource source = CrosswalkSource.classpath();
        SchemaValidator validator = settings.schemaDir()
                .map(dir -> SchemaValidator.load(dir, FormatRegistry.load(source).schemasByKey()))
                .orElseGet(() -> {
                    LOG.warning("INTEROP_SCHEMA_DIR is not set: renditions are NOT validated against the official"
                            + " schemas (set it to a folder with the schemas and their catalog.xml)");
                    return SchemaValidator.none();
                });
        Crosswalks crosswalks = Crosswalks.load(source, validator, new CrosswalkParameters(settings.baseUrl(),
                settings.repositoryName(), settings.repositoryId(), settings.dataciteSymbol()));
        LOG.info(() -> "crosswalks ready: " + crosswalks.registry().formats().size() + " formats"
                + (crosswalks.validates() ? ", validated against the schemas in " + settings.schemaDir().orElseThrow()
                : ", not validated"));
        return crosswalks;
    }

    @Produces
    @Singleton
    FormatRegistry formatRegistry(Crosswalks crosswalks) {
        return crosswalks.registry();
    }

    @Produces
    @Singleton
    RecordPublisher recordPublisher(Database db, RecordStore records, CommunityStore communities,
                                    RenditionStore renditions, Crosswalks crosswalks, Settings settings) {
        return new RecordPublisher(db, records, communities, renditions, crosswalks, settings.repositoryId(),
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    RecordImporter recordImporter(Crosswalks crosswalks, RecordPublisher publisher) {
        return new RecordImporter(crosswalks, publisher);
    }

    @Produces
    @Singleton
    RenditionRefresh renditionRefresh(RecordPublisher publisher, Database db, RecordStore records,
                                      Crosswalks crosswalks) {
        // the set rules are part of what a refresh re-derives: changing them (DERIVED_VERSION) re-derives every record
        return new RenditionRefresh(publisher, db, records, new ServerStateStore(),
                crosswalks.fingerprint() + "+" + RecordPublisher.DERIVED_VERSION, Clock.systemUTC());
    }

    @Produces
    @Singleton
    QuerySetService querySetService(Database db, RecordStore records, RecordPublisher publisher) {
        return new QuerySetService(db, new QuerySetStore(), records, publisher, Clock.systemUTC());
    }

    /** The secret resumption tokens are signed with: made once, kept in the database for every node and restart. */
    @Produces
    @Singleton
    TokenSigner tokenSigner(Database db) {
        String secret = new ServerStateStore().findOrCreate(db, "oai-token-secret", () -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        });
        return new TokenSigner(Base64.getDecoder().decode(secret));
    }

    @Produces
    @Singleton
    OaiProvider oaiProvider(Database db, FormatRegistry registry, TokenSigner signer, Settings settings) {
        return new OaiProvider(db, new HarvestStore(), new HarvestSets(new SetMembershipStore(), new QuerySetStore()),
                new CommunityStore(), new QuerySetStore(), registry, signer,
                new OaiProvider.Settings(settings.baseUrl(), settings.repositoryName(), settings.repositoryId(),
                        settings.adminEmail(), settings.oaiPageSize()), Clock.systemUTC());
    }

    @Produces
    @Singleton
    OaiGate oaiGate(Settings settings) {
        return new OaiGate(settings.oaiMaxConcurrent(), 2000, 10);
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
