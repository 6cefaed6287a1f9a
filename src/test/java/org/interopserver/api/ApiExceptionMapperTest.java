package org.interopserver.api;

import org.interopserver.crosswalk.InvalidRenditionsException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the API reports failures of the layers below it. */
class ApiExceptionMapperTest {

    @Test
    void invalidRenditionsAre422WithTheSchemaErrorsPerFormat() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put("datacite", List.of("line 3, column 5: element creators missing"));
        errors.put("marcxml", List.of("a", "b"));
        Problem problem = ApiExceptionMapper.problemFor(new InvalidRenditionsException(errors));
        assertEquals(422, problem.status());
        assertEquals(List.of("renditions.datacite", "renditions.marcxml", "renditions.marcxml"),
                problem.errors().stream().map(v -> v.field()).toList());
        assertEquals("line 3, column 5: element creators missing", problem.errors().get(0).message());
    }
}
