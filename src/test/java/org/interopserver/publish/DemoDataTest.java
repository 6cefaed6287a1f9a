package org.interopserver.publish;

import org.interopserver.model.AccessStatus;
import org.interopserver.model.ModelJson;
import org.interopserver.model.ModelXml;
import org.interopserver.model.Record;
import org.interopserver.model.RecordValidator;
import org.interopserver.model.Vocabularies;
import org.interopserver.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo records are valid and cover what the demo promises. */
class DemoDataTest {

    private final List<Record> records = Fixtures.demoLines().stream()
            .map(line -> ModelJson.read(line, Record.class)).toList();

    @Test
    void everyDemoRecordIsValidAndFitsTheSchema() {
        assertTrue(records.size() >= 45 && records.size() <= 65, "about 50 records: " + records.size());
        for (Record r : records) {
            assertEquals(List.of(), RecordValidator.validate(r), r.metadata.title);
            ModelXml.toXml(r);
        }
    }

    @Test
    void coversResourceTypesAccessAndVersions() {
        Set<String> types = records.stream().map(r -> r.metadata.resourceType.id).collect(Collectors.toSet());
        assertEquals(Vocabularies.RESOURCE_TYPES.keySet(), types, "every resource type has a demo record");
        Set<String> statuses = new HashSet<>();
        for (Record r : records) {
            String derived = AccessStatus.derive(r.access, r.files);
            statuses.add(r.access.status != null ? r.access.status : derived);
        }
        assertEquals(Set.copyOf(Vocabularies.ACCESS_STATUSES), statuses);
        Map<String, Integer> versions = new HashMap<>();
        records.stream().filter(r -> r.parent != null).forEach(r -> versions.merge(r.parent.id, 1, Integer::sum));
        assertTrue(versions.values().stream().filter(n -> n >= 2).count() >= 2, "concepts with versions: " + versions);
    }

    @Test
    void usesIdentifiersFundingGeoAndNonAsciiText() {
        String all = String.join("\n", Fixtures.demoLines());
        assertTrue(records.stream().anyMatch(r -> r.metadata.creators.stream().anyMatch(c ->
                c.personOrOrg.identifiers.stream().anyMatch(i -> i.scheme.equals("orcid")))), "persons with ORCID");
        assertTrue(records.stream().anyMatch(r -> r.metadata.creators.stream().anyMatch(c ->
                c.personOrOrg.type.equals("organizational")
                        && c.personOrOrg.identifiers.stream().anyMatch(i -> i.scheme.equals("ror")))), "organisations with ROR");
        assertTrue(records.stream().anyMatch(r -> r.metadata.creators.stream().anyMatch(c ->
                c.affiliations.stream().anyMatch(a -> a.id != null))), "affiliations with ROR");
        assertTrue(records.stream().anyMatch(r -> r.metadata.funding.stream()
                .anyMatch(f -> f.funder.id != null && f.funder.id.equals("00k4n6c32"))), "EU funding");
        assertTrue(records.stream().anyMatch(r -> r.metadata.locations != null
                && r.metadata.locations.features.stream().anyMatch(f -> !f.polygons.isEmpty())), "polygons");
        assertTrue(records.stream().anyMatch(r -> !r.metadata.relatedIdentifiers.isEmpty()), "related identifiers");
        assertTrue(all.chars().anyMatch(c -> c > 0x3000), "CJK text");
        assertTrue(records.stream().anyMatch(r -> !r.communities.isEmpty()), "communities");
    }
}
