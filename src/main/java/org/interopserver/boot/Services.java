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

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.interopserver.integration.DataciteAccount;
import org.interopserver.integration.DataciteClient;
import org.interopserver.integration.DoiJobs;
import org.interopserver.integration.JobHandler;
import org.interopserver.integration.OrcidClient;
import org.interopserver.integration.OrcidJobs;
import org.interopserver.integration.OrcidLinks;
import org.interopserver.integration.OutboxAdmin;
import org.interopserver.integration.OutboxWorker;
import org.interopserver.integration.RemoteCalls;
import org.interopserver.integration.RemovedWorkPolicy;
import org.interopserver.integration.SyncStatus;
import org.interopserver.integration.WorkerSettings;
import org.interopserver.publish.Outbound;
import org.interopserver.publish.OutboundChanges;
import org.interopserver.security.SecretBox;
import org.interopserver.storage.DoiRegistrationStore;
import org.interopserver.storage.OrcidStore;
import org.interopserver.storage.OutboxStore;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Wires the layers together. The layers themselves are plain classes (easy to test without a container);
 * this is the only place that knows how they are built. Singletons: shared, thread-safe, created once.
 */
@ApplicationScoped
public class Services {

    private static final Logger LOG = Logger.getLogger(Services.class.getName());

    /** Runs outbox jobs; the container's, so they get its context and stop with the application. */
    @Resource
    ManagedExecutorService executor;

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
                                    RenditionStore renditions, Crosswalks crosswalks, Settings settings,
                                    Outbound outbound) {
        return new RecordPublisher(db, records, communities, renditions, crosswalks, settings.repositoryId(),
                Clock.systemUTC(), outbound);
    }

    /**
     * Which DOIs the server reserves and which jobs record changes queue. A DOI prefix without a DataCite account
     * (or the other way round) stops the start: DOIs would be reserved that nothing ever registers.
     */
    @Produces
    @Singleton
    Outbound outbound(Settings settings) {
        boolean account = settings.dataciteUrl().isPresent();
        if (settings.doiPrefix().isPresent() != account) {
            throw new IllegalStateException("set INTEROP_DOI_PREFIX and INTEROP_DATACITE_URL together (with"
                    + " INTEROP_DATACITE_USER and INTEROP_DATACITE_PASSWORD), or neither");
        }
        if (account && (settings.dataciteUser().isEmpty() || settings.datacitePassword().isEmpty())) {
            throw new IllegalStateException("INTEROP_DATACITE_URL needs INTEROP_DATACITE_USER and"
                    + " INTEROP_DATACITE_PASSWORD");
        }
        if (settings.orcidApiUrl().isPresent() && settings.orcidClientId().isEmpty()) {
            throw new IllegalStateException("INTEROP_ORCID_API_URL needs INTEROP_ORCID_CLIENT_ID (the member-API"
                    + " client id, APP-…): works of other sources are never adopted or changed");
        }
        removedWorkPolicy(settings.orcidOnRemoved()); // a wrong value stops the start, not the first job
        Outbound outbound = new Outbound(settings.doiPrefix(), settings.doiSuffixScheme(),
                settings.orcidApiUrl().isPresent());
        LOG.info(() -> "DOIs: " + outbound.doiPrefix().map(p -> "reserved under " + p + " and registered at "
                + settings.dataciteUrl().orElseThrow()).orElse("none reserved (no INTEROP_DOI_PREFIX)")
                + "; ORCID: " + settings.orcidApiUrl().map(u -> "works synced with " + u)
                .orElse("no sync (no INTEROP_ORCID_API_URL)"));
        return outbound;
    }

    /**
     * Seals ORCID tokens. The key comes from INTEROP_SERVER_SECRET; without it, from a secret generated once and
     * kept in the database (then a copy of the database is enough to open the tokens, hence the warning).
     */
    @Produces
    @Singleton
    SecretBox tokenBox(Settings settings, Database db) {
        byte[] secret = settings.serverSecret().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    if (settings.orcidApiUrl().isPresent()) {
                        LOG.warning("INTEROP_SERVER_SECRET is not set: ORCID tokens are sealed with a secret kept in"
                                + " the database itself");
                    }
                    return Base64.getDecoder().decode(new ServerStateStore().findOrCreate(db, "server-secret",
                            Services::randomSecret));
                });
        return new SecretBox(secret, "orcid-access-token");
    }

    @Produces
    @Singleton
    OrcidLinks orcidLinks(Database db, RecordStore records, Outbound outbound, SecretBox tokenBox) {
        return new OrcidLinks(db, new OrcidStore(), records, new OutboundChanges(outbound), tokenBox,
                Clock.systemUTC(), outbound.syncsOrcid());
    }

    @Produces
    @Singleton
    SyncStatus syncStatus(Database db) {
        return new SyncStatus(db, new DoiRegistrationStore(), new OrcidStore(), new OutboxStore());
    }

    @Produces
    @Singleton
    OutboxAdmin outboxAdmin(Database db) {
        return new OutboxAdmin(db, new OutboxStore(), Clock.systemUTC());
    }

    /** The outbox worker with a handler for each configured service; jobs of other kinds wait for a node that has it. */
    @Produces
    @Singleton
    OutboxWorker outboxWorker(Database db, RecordStore records, RenditionStore renditions, Settings settings,
                              SecretBox tokenBox) {
        WorkerSettings worker = new WorkerSettings(Duration.ofMillis(settings.outboxTimeoutMillis()),
                settings.outboxMaxAttempts(), Duration.ofMillis(settings.outboxBackoffMillis()),
                Duration.ofMillis(settings.outboxBackoffMaxMillis()), Duration.ofMillis(settings.outboxLeaseMillis()),
                Duration.ofMillis(settings.outboxPollMillis()), settings.outboxConcurrency());
        RemoteCalls calls = new RemoteCalls(worker.timeout());
        Map<String, JobHandler> handlers = new HashMap<>();
        settings.dataciteUrl().ifPresent(url -> handlers.put(OutboundChanges.DOI_JOB, new DoiJobs(db, records,
                renditions, new DoiRegistrationStore(), new DataciteClient(new DataciteAccount(URI.create(url),
                settings.dataciteUser().orElseThrow(), settings.datacitePassword().orElseThrow()), calls),
                settings.baseUrl())));
        settings.orcidApiUrl().ifPresent(url -> handlers.put(OutboundChanges.ORCID_JOB, new OrcidJobs(db, records,
                renditions, new OrcidStore(), new OrcidClient(URI.create(url), settings.orcidClientId().orElseThrow(),
                calls), tokenBox, removedWorkPolicy(settings.orcidOnRemoved()), settings.baseUrl())));
        return new OutboxWorker(db, new OutboxStore(), handlers, worker, Clock.systemUTC(), executor,
                new SecureRandom());
    }

    private static RemovedWorkPolicy removedWorkPolicy(String value) {
        try {
            return RemovedWorkPolicy.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("INTEROP_ORCID_ON_REMOVED must be stop or recreate, not " + value);
        }
    }

    private static String randomSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
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
        String secret = new ServerStateStore().findOrCreate(db, "oai-token-secret", Services::randomSecret);
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
