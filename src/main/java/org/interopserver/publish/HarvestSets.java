package org.interopserver.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.model.RecordFilter;
import org.interopserver.model.Vocabularies;
import org.interopserver.storage.Community;
import org.interopserver.storage.QuerySet;
import org.interopserver.storage.QuerySetStore;
import org.interopserver.storage.SetMembershipStore;
import org.interopserver.storage.Tx;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OAI sets and which records are in them. Sets follow from record fields: {@code community:<slug>},
 * {@code type:<type>[:<subtype>]} (resource type ids such as {@code publication-article} become
 * {@code type:publication:article}), the aggregator sets {@code openaire}, {@code openaire_data} and
 * {@code software}, and operator-defined query sets. Set specs are hierarchical: a member of {@code a:b} is a
 * member of {@code a}. Membership is worked out on the write path and stored with the record.
 */
public final class HarvestSets {

    /** An OAI set as ListSets shows it. */
    public record SetInfo(String spec, String name, String description) {
    }

    /** What an operator may name a query set: one setSpec level, outside the names the server uses itself. */
    public static final Pattern QUERY_SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]{1,100}");

    private static final List<SetInfo> AGGREGATOR_SETS = List.of(
            new SetInfo("openaire", "OpenAIRE: publications with open files",
                    "Literature (OpenAIRE Guidelines for Literature Repositories) whose files are open access."),
            new SetInfo("openaire_data", "OpenAIRE: datasets",
                    "Datasets (OpenAIRE Guidelines for Data Archives)."),
            new SetInfo("software", "Software", "Software and computational notebooks."));

    private static final Set<String> RESERVED = Set.of("community", "type", "openaire", "openaire_data", "software");

    private final SetMembershipStore memberships;
    private final QuerySetStore querySets;
    /** Parsed filters by their JSON text: query sets are read on every write, their filters parsed once. */
    private final Map<String, RecordFilter> filters = new ConcurrentHashMap<>();

    public HarvestSets(SetMembershipStore memberships, QuerySetStore querySets) {
        this.memberships = memberships;
        this.querySets = querySets;
    }

    public static boolean isReserved(String spec) {
        return RESERVED.contains(spec);
    }

    /** The sets {@code record} belongs to; none unless it is public. */
    public Set<String> specsOf(Tx tx, Record record, boolean isPublic) throws SQLException {
        Set<String> specs = new TreeSet<>();
        if (!isPublic) {
            return specs;
        }
        for (String slug : record.communities) {
            specs.add("community");
            specs.add("community:" + slug);
        }
        String type = record.metadata.resourceType.id;
        String hierarchical = "type:" + type.replace('-', ':');
        for (int colon = hierarchical.indexOf(':'); colon >= 0; colon = hierarchical.indexOf(':', colon + 1)) {
            specs.add(hierarchical.substring(0, colon));
        }
        specs.add(hierarchical);
        boolean literature = "literature".equals(Vocabularies.resourceType(type).openaire());
        if (literature && "open".equals(record.access.status)) {
            specs.add("openaire");
        }
        if (type.equals("dataset")) {
            specs.add("openaire_data");
        }
        if (type.equals("software") || type.startsWith("software-")) {
            specs.add("software");
        }
        for (QuerySet set : querySets.list(tx)) {
            if (filter(set).matches(record)) {
                specs.add(set.spec());
            }
        }
        return specs;
    }

    /** The record's current set memberships. */
    public Set<String> current(Tx tx, String recordId) throws SQLException {
        return memberships.current(tx, recordId);
    }

    /** Stores {@code specs} as the record's sets as of change {@code seq}. */
    public void place(Tx tx, String recordId, Set<String> specs, long seq) throws SQLException {
        memberships.replace(tx, recordId, specs, seq);
    }

    /** Every set, for ListSets: the fixed ones, one per community and resource type level, then the query sets. */
    public List<SetInfo> catalogue(List<Community> communities, List<QuerySet> queries) {
        List<SetInfo> sets = new ArrayList<>(AGGREGATOR_SETS);
        sets.add(new SetInfo("community", "Communities", "Records that belong to at least one community."));
        for (Community c : communities) {
            sets.add(new SetInfo("community:" + c.slug(), c.title(), c.description()));
        }
        sets.add(new SetInfo("type", "Resource types", "Every record, by resource type."));
        for (Vocabularies.ResourceType t : Vocabularies.RESOURCE_TYPES.values()) {
            sets.add(new SetInfo("type:" + t.id().replace('-', ':'), t.title(), null));
        }
        for (QuerySet q : queries) {
            sets.add(new SetInfo(q.spec(), q.name(), q.description()));
        }
        return sets;
    }

    RecordFilter filter(QuerySet set) {
        return filters.computeIfAbsent(set.filter(), json -> {
            try {
                return RecordFilter.parse(ModelJson.MAPPER.readTree(json), "filter");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored filter of set " + set.spec() + " is not JSON", e);
            }
        });
    }
}
