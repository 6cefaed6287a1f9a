package org.interopserver.security;

import org.interopserver.storage.Database;
import org.interopserver.storage.StoredToken;
import org.interopserver.storage.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenServiceTest {

    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.embedded(Files.createTempDirectory(Path.of("target"), "tokens-"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TokenService service(Optional<String> configured) {
        return new TokenService(db, new TokenStore(), Clock.systemUTC(), configured);
    }

    private List<StoredToken> activeAdmins() {
        return service(Optional.empty()).list().stream()
                .filter(t -> t.role().equals("admin") && t.revoked() == null).toList();
    }

    @Test
    void secretsAreStoredOnlyAsSaltedSlowHashes() {
        TokenService tokens = service(Optional.empty());
        IssuedToken issued = tokens.create("curator", Role.CURATOR);
        String secret = issued.token().substring(issued.token().indexOf('_', 4) + 1);
        StoredToken stored = tokens.list().get(0);
        assertFalse(stored.hash().contains(secret));
        assertEquals(SecretHasher.ITERATIONS, stored.iterations());
        assertTrue(SecretHasher.matches(secret, stored.salt(), stored.iterations(), stored.hash()));
        assertEquals(Role.CURATOR, tokens.authenticate(issued.token()).role());
        IssuedToken other = tokens.create("curator", Role.CURATOR);
        String otherSalt = tokens.list().stream().filter(t -> t.id().equals(other.stored().id())).findFirst()
                .orElseThrow().salt();
        assertNotEquals(stored.salt(), otherSalt, "every token has its own salt");
        String forged = other.token().substring(0, other.token().length() - 2) + "xx";
        assertThrows(AuthenticationException.class, () -> tokens.authenticate(forged));
        assertThrows(AuthenticationException.class, () -> tokens.authenticate(forged), "remembered failure");
    }

    @Test
    void revokedTokensAreRefusedAsRevoked() {
        TokenService tokens = service(Optional.empty());
        IssuedToken issued = tokens.create("curator", Role.CURATOR);
        tokens.authenticate(issued.token());
        assertTrue(tokens.revoke(issued.stored().id()));
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> tokens.authenticate(issued.token()));
        assertTrue(e.revoked());
    }

    @Test
    void adminTokenIsGeneratedOnceRevokedWhenConfiguredAndGeneratedAgainWhenUnconfigured() {
        service(Optional.empty()).ensureAdminToken();
        service(Optional.empty()).ensureAdminToken();
        assertEquals(1, activeAdmins().size(), "generated once");
        TokenService configured = service(Optional.of("operator-secret"));
        configured.ensureAdminToken();
        assertEquals(0, activeAdmins().size(), "the generated token is revoked once the operator configures one");
        assertEquals(Role.ADMIN, configured.authenticate("operator-secret").role());
        service(Optional.empty()).ensureAdminToken();
        assertEquals(1, activeAdmins().size(), "without any admin token left, a new one is generated");
    }
}
