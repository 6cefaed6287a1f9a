package org.interopserver.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SecretBoxTest {

    private final SecretBox box = new SecretBox("server secret".getBytes(StandardCharsets.UTF_8), "orcid-access-token");

    @Test
    void opensWhatItSealedAndHidesIt() {
        String sealed = box.seal("f5af9f51-07e6-4332-8f1a-c0c11c1e3728");
        assertFalse(sealed.contains("f5af9f51"));
        assertNotEquals(sealed, box.seal("f5af9f51-07e6-4332-8f1a-c0c11c1e3728"), "a fresh nonce each time");
        assertEquals("f5af9f51-07e6-4332-8f1a-c0c11c1e3728", box.open(sealed));
    }

    @Test
    void refusesChangedValuesOtherSecretsAndOtherPurposes() {
        String sealed = box.seal("token");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> box.open(Base64.getEncoder().encodeToString(bytes)));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox("other secret".getBytes(StandardCharsets.UTF_8),
                "orcid-access-token").open(sealed));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox("server secret".getBytes(StandardCharsets.UTF_8),
                "another-purpose").open(sealed));
        assertThrows(IllegalArgumentException.class, () -> box.open("not base64 !"));
    }
}
