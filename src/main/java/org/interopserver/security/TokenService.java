package org.interopserver.security;

import org.interopserver.storage.Database;
import org.interopserver.storage.StoredToken;
import org.interopserver.storage.TokenStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Bearer tokens: {@code ist_<id>_<secret>}. The id finds the row; the secret is checked against its PBKDF2 hash.
 * A successful check is remembered (by a SHA-256 of the token) so the slow hash runs once per token and node;
 * revocation is still read from the database on every request, so it takes effect at once everywhere.
 */
public final class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    static final String ADMIN_ID = "admin";
    private static final String GENERATED_PREFIX = "admin-";
    private static final String GENERATED_NAME = "admin (generated)";
    private static final Duration FAILURE_MEMORY = Duration.ofMinutes(5);
    private static final String PREFIX = "ist_";

    private final Database db;
    private final TokenStore tokens;
    private final Clock clock;
    /** Set when the operator configured the admin token; compared in constant time, never stored. */
    private final byte[] configuredAdminDigest;
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    /** Digests of tokens that failed recently: a flood of one wrong token costs one slow hash, not thousands. */
    private final Map<String, Instant> failed = new ConcurrentHashMap<>();
    /** Slow hashes run at most this many at a time, so wrong tokens cannot take every core. */
    private final Semaphore hashing = new Semaphore(2);

    public TokenService(Database db, TokenStore tokens, Clock clock, Optional<String> configuredAdminToken) {
        this.db = db;
        this.tokens = tokens;
        this.clock = clock;
        this.configuredAdminDigest = configuredAdminToken.filter(t -> !t.isBlank()).map(TokenService::sha256Bytes)
                .orElse(null);
    }

    /**
     * Without a configured admin token, makes sure an active admin token exists: when there is none it is
     * generated, only its hash is stored, and it is printed this once. With a configured token, generated ones
     * are revoked, so only the operator's token (and admin tokens they issued) remain.
     */
    public void ensureAdminToken() {
        if (configuredAdminDigest != null) {
            // a token generated before the operator configured one must not stay valid behind their back
            if (db.inTransaction(tx -> tokens.revokeByName(tx, GENERATED_NAME, clock.instant())) > 0) {
                LOG.warning("INTEROP_ADMIN_TOKEN is set: the previously generated admin token was revoked");
            }
            LOG.info("admin token: taken from INTEROP_ADMIN_TOKEN");
            return;
        }
        if (!db.read(tokens::activeAdminExists)) {
            IssuedToken issued = issue(GENERATED_PREFIX + randomId(), GENERATED_NAME, Role.ADMIN);
            LOG.warning("No INTEROP_ADMIN_TOKEN configured: generated an admin token. It is shown only now; only its"
                    + " hash is stored. Admin token: " + issued.token());
        }
    }

    public IssuedToken create(String name, Role role) {
        return issue(randomId(), name, role);
    }

    private IssuedToken issue(String id, String name, Role role) {
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(SecretHasher.randomBytes(32));
        String salt = SecretHasher.newSalt();
        StoredToken stored = new StoredToken(id, name, role.name().toLowerCase(), salt,
                SecretHasher.hash(secret, salt, SecretHasher.ITERATIONS), SecretHasher.ITERATIONS,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), null);
        db.inTransaction(tx -> {
            tokens.insert(tx, stored);
            return null;
        });
        return new IssuedToken(stored, PREFIX + id + "_" + secret);
    }

    public List<StoredToken> list() {
        return db.read(tokens::list);
    }

    public boolean revoke(String id) {
        boolean revoked = db.inTransaction(tx -> tokens.revoke(tx, id, clock.instant()));
        verified.values().removeIf(id::equals);
        return revoked;
    }

    /** The caller a presented token stands for. */
    public Caller authenticate(String token) {
        if (configuredAdminDigest != null && MessageDigest.isEqual(configuredAdminDigest, sha256Bytes(token))) {
            return new Caller(ADMIN_ID, "admin", Role.ADMIN);
        }
        // ids are hex (or "admin"); the secret after the first separator may itself contain '_'
        int split = token.startsWith(PREFIX) ? token.indexOf('_', PREFIX.length()) : -1;
        if (split < 0) {
            throw new AuthenticationException("not a token issued by this server", false);
        }
        String id = token.substring(PREFIX.length(), split);
        String secret = token.substring(split + 1);
        StoredToken stored = db.read(tx -> tokens.find(tx, id))
                .orElseThrow(() -> new AuthenticationException("unknown token", false));
        String digest = HexFormat.of().formatHex(sha256Bytes(token));
        if (!id.equals(verified.get(digest))) {
            Instant failedAt = failed.get(digest);
            if (failedAt != null && failedAt.isAfter(clock.instant().minus(FAILURE_MEMORY))) {
                throw new AuthenticationException("unknown token", false);
            }
            if (!slowCheck(secret, stored)) {
                if (failed.size() > 10_000) {
                    failed.clear();
                }
                failed.put(digest, clock.instant());
                throw new AuthenticationException("unknown token", false);
            }
            verified.put(digest, id);
        }
        if (stored.revoked() != null) {
            throw new AuthenticationException("token " + id + " was revoked on " + stored.revoked(), true);
        }
        return new Caller(id, stored.name(), Role.valueOf(stored.role().toUpperCase()));
    }

    private boolean slowCheck(String secret, StoredToken stored) {
        try {
            if (!hashing.tryAcquire(2, TimeUnit.SECONDS)) {
                throw new ServerBusyException("too many token checks at once; retry shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException("interrupted while waiting to check a token");
        }
        try {
            return SecretHasher.matches(secret, stored.salt(), stored.iterations(), stored.hash());
        } finally {
            hashing.release();
        }
    }

    private static String randomId() {
        return HexFormat.of().formatHex(SecretHasher.randomBytes(8));
    }

    private static byte[] sha256Bytes(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
