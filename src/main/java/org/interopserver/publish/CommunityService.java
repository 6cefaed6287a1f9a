package org.interopserver.publish;

import org.interopserver.model.Violation;
import org.interopserver.model.Vocabularies;
import org.interopserver.storage.Community;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.StorageException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Communities: curated groups of records (and later, OAI sets). */
public final class CommunityService {

    private final Database db;
    private final CommunityStore communities;
    private final Clock clock;

    public CommunityService(Database db, CommunityStore communities, Clock clock) {
        this.db = db;
        this.communities = communities;
        this.clock = clock;
    }

    public Community create(String slug, String title, String description) {
        List<Violation> violations = new ArrayList<>();
        if (slug == null || !Vocabularies.COMMUNITY_SLUG.matcher(slug).matches()) {
            violations.add(new Violation("slug", "must be 1-100 lower-case letters, digits and hyphens"));
        }
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "is required"));
        } else if (title.length() > 500) {
            violations.add(new Violation("title", "must be at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Community community = new Community(slug, title.strip(), description,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        try {
            return db.inTransaction(tx -> {
                if (communities.find(tx, slug).isPresent()) {
                    throw new ConflictException("a community with the slug " + slug + " exists already");
                }
                communities.insert(tx, community);
                return community;
            });
        } catch (StorageException e) {
            // two creators raced past the check above; the primary key decided
            if (e.isConstraintViolation()) {
                throw new ConflictException("a community with the slug " + slug + " exists already");
            }
            throw e;
        }
    }
}
