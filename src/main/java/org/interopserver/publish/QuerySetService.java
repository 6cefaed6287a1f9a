package org.interopserver.publish;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.model.InvalidFilterException;
import org.interopserver.model.RecordFilter;
import org.interopserver.model.Violation;
import org.interopserver.storage.Database;
import org.interopserver.storage.QuerySet;
import org.interopserver.storage.QuerySetStore;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.StorageException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Operator-defined OAI sets. Defining, changing or removing one re-derives the set membership of every record
 * before it returns, so the set is live at once: records that join or leave get a new datestamp, and selective
 * harvests by set and date stay correct without any nightly job.
 */
public final class QuerySetService {

    private static final Logger LOG = Logger.getLogger(QuerySetService.class.getName());
    private static final int BATCH = 500;

    private final Database db;
    private final QuerySetStore sets;
    private final RecordStore records;
    private final RecordPublisher publisher;
    private final Clock clock;

    public QuerySetService(Database db, QuerySetStore sets, RecordStore records, RecordPublisher publisher,
                           Clock clock) {
        this.db = db;
        this.sets = sets;
        this.records = records;
        this.publisher = publisher;
        this.clock = clock;
    }

    public List<QuerySet> list() {
        return db.read(sets::list);
    }

    public Optional<QuerySet> find(String spec) {
        return db.read(tx -> sets.find(tx, spec));
    }

    /** Defines a set, or replaces the definition of an existing one; returns it and how many records moved. */
    public Result define(String spec, String name, String description, JsonNode filter, boolean mustBeNew) {
        QuerySet set = validated(spec, name, description, filter);
        try {
            db.inTransaction(tx -> {
                boolean exists = sets.find(tx, spec).isPresent();
                if (exists && mustBeNew) {
                    throw new ConflictException("a set with the spec " + spec + " exists already");
                }
                if (exists) {
                    sets.update(tx, set);
                } else {
                    sets.insert(tx, set);
                }
                return null;
            });
        } catch (StorageException e) {
            if (e.isConstraintViolation()) {
                throw new ConflictException("a set with the spec " + spec + " exists already");
            }
            throw e;
        }
        return new Result(db.read(tx -> sets.find(tx, spec)).orElseThrow(), reclassifyAll());
    }

    /** Removes the set; its members see their records as deleted in it from then on. */
    public int delete(String spec) {
        boolean existed = db.inTransaction(tx -> {
            boolean found = sets.find(tx, spec).isPresent();
            sets.delete(tx, spec);
            return found;
        });
        if (!existed) {
            throw new UnknownIdException("set " + spec);
        }
        return reclassifyAll();
    }

    /** A set and the number of records whose membership changed with it. */
    public record Result(QuerySet set, int changedRecords) {
    }

    private int reclassifyAll() {
        int[] changed = {0};
        AllRecords.forEachBatch(db, records, BATCH, ids -> {
            for (String id : ids) {
                changed[0] += publisher.reclassify(id) ? 1 : 0;
            }
        });
        LOG.info(() -> "query sets changed: " + changed[0] + " records moved in or out of sets");
        return changed[0];
    }

    private QuerySet validated(String spec, String name, String description, JsonNode filter) {
        List<Violation> violations = new ArrayList<>();
        if (spec == null || !HarvestSets.QUERY_SET_SPEC.matcher(spec).matches()) {
            violations.add(new Violation("spec", "must be 1-100 characters of letters, digits and -_.!~*'() (one"
                    + " setSpec level: no colon)"));
        } else if (HarvestSets.isReserved(spec)) {
            violations.add(new Violation("spec", "'" + spec + "' is a set the server defines itself"));
        }
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "is required"));
        } else if (name.length() > 500) {
            violations.add(new Violation("name", "must be at most 500 characters"));
        }
        if (filter == null || filter.isNull()) {
            violations.add(new Violation("filter", "is required"));
        } else {
            try {
                RecordFilter.parse(filter, "filter");
            } catch (InvalidFilterException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QuerySet(spec, name.strip(), description, filter.toString(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }
}
