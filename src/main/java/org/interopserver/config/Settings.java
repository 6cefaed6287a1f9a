package org.interopserver.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's configuration, read through MicroProfile Config: each property {@code interop.x.y} is also the
 * environment variable {@code INTEROP_X_Y} (and the system property {@code -Dinterop.x.y}). README lists them all.
 */
@ApplicationScoped
public class Settings {

    private final Config config = ConfigProvider.getConfig();

    /** Public URL of the server, without a trailing slash. */
    public String baseUrl() {
        String url = string("interop.base.url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** OAI repository identifier, the middle part of {@code oai:<id>:<record>}. */
    public String repositoryId() {
        return string("interop.repository.id", "interop.localhost");
    }

    public String repositoryName() {
        return string("interop.repository.name", "Interop Server");
    }

    public String adminEmail() {
        return string("interop.admin.email", "admin@interop.localhost");
    }

    public Optional<String> adminToken() {
        return optional("interop.admin.token");
    }

    public Path dataDir() {
        return Path.of(string("interop.data.dir", "data"));
    }

    public Optional<String> dbUrl() {
        return optional("interop.db.url");
    }

    public String dbUser() {
        return string("interop.db.user", "");
    }

    public String dbPassword() {
        return string("interop.db.password", "");
    }

    /**
     * The DataCite repository account (e.g. {@code CERN.ZENODO}): oai_datacite's datacentreSymbol. Defaults to the
     * repository id in capitals.
     */
    public String dataciteSymbol() {
        return dataciteUser().orElse(repositoryId().toUpperCase(java.util.Locale.ROOT));
    }

    /** The official schemas renditions are validated against (a folder with a catalog.xml, like shared/standards). */
    public Optional<Path> schemaDir() {
        return optional("interop.schema.dir").map(Path::of);
    }

    /** Load the demo records on an empty repository. */
    public boolean demo() {
        return Boolean.parseBoolean(string("interop.demo", "false"));
    }

    /** Records (or headers) per OAI-PMH list page. */
    public int oaiPageSize() {
        return integer("interop.oai.page.size", 100, 1, 1000);
    }

    /** OAI-PMH requests served at once; more wait briefly, then get 503 with Retry-After. */
    public int oaiMaxConcurrent() {
        return integer("interop.oai.max.concurrent", 8, 1, 256);
    }

    /** The DataCite prefix the server reserves DOIs under; unset: the server reserves and registers none. */
    public Optional<String> doiPrefix() {
        return optional("interop.doi.prefix");
    }

    /** How a DOI suffix is made from the record id ({@code {id}} is replaced by it). */
    public String doiSuffixScheme() {
        return string("interop.doi.suffix", "{id}");
    }

    /** The DataCite REST API (e.g. https://api.test.datacite.org); required with a DOI prefix. */
    public Optional<String> dataciteUrl() {
        return optional("interop.datacite.url");
    }

    public Optional<String> datacitePassword() {
        return optional("interop.datacite.password");
    }

    public Optional<String> dataciteUser() {
        return optional("interop.datacite.user");
    }

    /** The ORCID member API base (e.g. https://api.sandbox.orcid.org); unset: no ORCID sync. */
    public Optional<String> orcidApiUrl() {
        return optional("interop.orcid.api.url");
    }

    /** The server's ORCID member-API client id (APP-…): the source of the works it writes; required with the API URL. */
    public Optional<String> orcidClientId() {
        return optional("interop.orcid.client.id");
    }

    /** {@code stop} (default) or {@code recreate}: what to do about a work the researcher removed in ORCID. */
    public String orcidOnRemoved() {
        return string("interop.orcid.on.removed", "stop");
    }

    /** Secret that sealed values (ORCID tokens) are encrypted with; unset: one generated and kept in the database. */
    public Optional<String> serverSecret() {
        return optional("interop.server.secret");
    }

    public int outboxTimeoutMillis() {
        return integer("interop.outbox.timeout.ms", 10_000, 100, 600_000);
    }

    public int outboxMaxAttempts() {
        return integer("interop.outbox.max.attempts", 10, 1, 1000);
    }

    public int outboxBackoffMillis() {
        return integer("interop.outbox.backoff.ms", 30_000, 1, 86_400_000);
    }

    public int outboxBackoffMaxMillis() {
        return integer("interop.outbox.backoff.max.ms", 21_600_000, 1, 604_800_000);
    }

    public int outboxLeaseMillis() {
        return integer("interop.outbox.lease.ms", 120_000, 1_000, 86_400_000);
    }

    public int outboxPollMillis() {
        return integer("interop.outbox.poll.ms", 2_000, 10, 3_600_000);
    }

    public int outboxConcurrency() {
        return integer("interop.outbox.concurrency", 4, 1, 64);
    }

    private int integer(String name, int fallback, int min, int max) {
        String value = string(name, Integer.toString(fallback));
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + " must be a whole"
                + " number from " + min + " to " + max + ", not '" + value + "'");
    }

    private String string(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    private Optional<String> optional(String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
