package org.interopserver.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordFilterTest {

    static JsonNode json(String text) {
        try {
            return ModelJson.MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static boolean matches(String filter, Record record) {
        return RecordFilter.parse(json(filter), "filter").matches(record);
    }

    @Test
    void conditionsOverFieldsAndLists() {
        Record r = Fixtures.record("minimal");
        assertTrue(matches("{'field': 'metadata.resource_type.id', 'equals': 'dataset'}", r));
        assertFalse(matches("{'field': 'metadata.resource_type.id', 'equals': 'software'}", r));
        assertTrue(matches("{'field': 'metadata.resource_type.id', 'in': ['software', 'dataset']}", r));
        assertTrue(matches("{'field': 'metadata.title', 'contains': 'BALTIC'}", r));
        assertTrue(matches("{'field': 'metadata.creators.person_or_org.family_name', 'equals': 'Carberry'}", r),
                "a path through a list matches any element");
        assertTrue(matches("{'field': 'metadata.publication_date', 'from': '2021', 'to': '2021'}", r),
                "a year bound takes in dates of that year");
        assertFalse(matches("{'field': 'metadata.publication_date', 'from': '2022'}", r));
        assertTrue(matches("{'field': 'metadata.subjects.subject', 'exists': false}", r));
        assertTrue(matches("{'all': [{'field': 'access.record', 'equals': 'public'},"
                + " {'not': {'field': 'metadata.title', 'contains': 'arctic'}}]}", r));
        assertFalse(matches("{'any': [{'field': 'metadata.version', 'exists': true},"
                + " {'field': 'metadata.title', 'equals': 'x'}]}", r));
    }

    @Test
    void badFiltersAreRefusedWithThePathOfEveryProblem() {
        InvalidFilterException e = assertThrows(InvalidFilterException.class, () -> RecordFilter.parse(json(
                "{'all': [{'field': 'metadata.colour', 'equals': 'red'}, {'field': 'metadata.title', 'like': 'x'},"
                        + " {'field': 'metadata.title', 'in': []}, {'field': 'metadata.title.x', 'equals': 'x'}, 3]}"),
                "filter"));
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertEquals(List.of("filter.all[0].field", "filter.all[1].like", "filter.all[1]", "filter.all[2].in",
                "filter.all[3].field", "filter.all[4]"), fields, e.violations().toString());
        assertThrows(InvalidFilterException.class, () -> RecordFilter.parse(json("{'all': []}"), "filter"));
        assertThrows(InvalidFilterException.class, () -> RecordFilter.parse(json(
                "{'field': 'metadata.title', 'equals': 'a', 'contains': 'b'}"), "filter"));
    }
}
