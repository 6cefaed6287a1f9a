package org.interopserver.storage;

import java.time.Instant;

public record Community(String slug, String title, String description, Instant created) {
}
