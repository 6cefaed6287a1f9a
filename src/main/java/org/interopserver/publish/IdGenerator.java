package org.interopserver.publish;

import java.security.SecureRandom;

/** Short, stable, unguessable record ids in InvenioRDM's style: {@code abcde-12345} in Crockford base32. */
final class IdGenerator {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private IdGenerator() {
    }

    static String newId() {
        char[] id = new char[11];
        for (int i = 0; i < id.length; i++) {
            id[i] = i == 5 ? '-' : ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
