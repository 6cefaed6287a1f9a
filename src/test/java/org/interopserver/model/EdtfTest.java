package org.interopserver.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdtfTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-02", "2024-02-29", "2019/2021", "2019-05/2021-08", "2019-05-01/..",
            "../2020", "-0044-03-15", "2020/2020"})
    void acceptsLevel0DatesAndIntervals(String value) {
        assertTrue(Edtf.isDateOrInterval(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13", "24", "2024-1-1", "2021/2019", "../..", "2024-01-01T10:00",
            "spring 2020", "2020/2021/2022"})
    void rejectsWhatIsNotEdtfLevel0(String value) {
        assertFalse(Edtf.isDateOrInterval(value), value);
    }

    @Test
    void yearOfDatesAndIntervals() {
        assertEquals("2019", Edtf.year("2019-05/2021-08"));
        assertEquals("2020", Edtf.year("../2020"));
        assertEquals("2024", Edtf.year("2024-02-29"));
    }
}
