package org.interopserver.storage;

/** LIKE patterns for text that must match literally (used with {@code ESCAPE '!'}). */
final class Like {

    private Like() {
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
