package org.interopserver.storage;

import java.time.Instant;

/** An operator-defined OAI set: its spec, name, description and filter (JSON of a model.RecordFilter). */
public record QuerySet(String spec, String name, String description, String filter, Instant created) {
}
