package org.interopserver.model;

import org.interopserver.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary mappings use only values the official schemas allow. */
class VocabulariesTest {

    private static final Path STANDARDS = Fixtures.standardsDir();

    private static Set<String> enumeration(String schema) throws Exception {
        Set<String> values = new TreeSet<>();
        Matcher m = Pattern.compile("<xs:enumeration value=\"([^\"]+)\"").matcher(Files.readString(STANDARDS.resolve(schema)));
        while (m.find()) {
            values.add(m.group(1));
        }
        assertTrue(values.size() >= 4, "enumeration read from " + schema);
        return values;
    }

    @Test
    void coarTypesAreThoseOpenAireAccepts() throws Exception {
        Set<String> allowed = enumeration("openaire-literature-v4/schemas/4.0/oaire-resourceType-v4.xsd");
        Set<String> wrong = new TreeSet<>();
        Vocabularies.RESOURCE_TYPES.values().stream().filter(t -> !allowed.contains(t.coar()))
                .forEach(t -> wrong.add(t.id() + " -> " + t.coar()));
        assertEquals(Set.of(), wrong);
    }

    @Test
    void dataciteGeneralTypesAreThoseOfDataCite47AndAllAreReachable() throws Exception {
        Set<String> allowed = enumeration("datacite/kernel-4/include/datacite-resourceType-v4.xsd");
        Set<String> used = new TreeSet<>();
        Vocabularies.RESOURCE_TYPES.values().forEach(t -> used.add(t.dataciteGeneral()));
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(allowed);
        assertEquals(Set.of(), unknown, "not DataCite 4.7 resourceTypeGeneral values");
        // every DataCite type has an id, so DataCite records can be imported without losing their type
        assertEquals(allowed, used);
    }

    @Test
    void listsTakenFromDataCiteAreDataCitesInLowerCase() throws Exception {
        assertEquals(lowerCase("relationType"), new TreeSet<>(Vocabularies.RELATION_TYPES));
        assertEquals(lowerCase("relatedIdentifierType"), new TreeSet<>(Vocabularies.RELATED_IDENTIFIER_SCHEMES));
        assertEquals(lowerCase("contributorType"), new TreeSet<>(Vocabularies.CONTRIBUTOR_ROLES));
        assertEquals(lowerCase("dateType"), new TreeSet<>(Vocabularies.DATE_TYPES));
        assertEquals(lowerCase("numberType"), new TreeSet<>(Vocabularies.NUMBER_TYPES));
    }

    private static Set<String> lowerCase(String dataciteType) throws Exception {
        Set<String> values = new TreeSet<>();
        enumeration("datacite/kernel-4/include/datacite-" + dataciteType + "-v4.xsd").forEach(v -> values.add(v.toLowerCase()));
        return values;
    }
}
