package org.interopserver.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"})
    void acceptsOrcidsWithCorrectCheckCharacter(String orcid) {
        assertTrue(Identifiers.isOrcid(orcid));
        assertNull(Identifiers.problem("orcid", orcid));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "0000-0002-1825-009", "https://orcid.org/0000-0002-1825-0097",
            "0000000218250097", "0000-0002-1694-2330"})
    void rejectsOrcidsWithWrongCheckCharacterOrForm(String orcid) {
        assertFalse(Identifiers.isOrcid(orcid));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01ggx4157", "00k4n6c32", "04wxnsj81"})
    void acceptsRealRorIds(String ror) {
        assertTrue(Identifiers.isRor(ror));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01ggx4158", "00k4n6c33", "https://ror.org/01ggx4157", "1ggx41577", "01ggx41u7"})
    void rejectsBrokenRorIds(String ror) {
        assertFalse(Identifiers.isRor(ror));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000121032683", "0000 0001 2103 2683"})
    void acceptsIsni(String isni) {
        assertTrue(Identifiers.isIsni(isni));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000121032684", "000000012103268"})
    void rejectsBrokenIsni(String isni) {
        assertFalse(Identifiers.isIsni(isni));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.5281/zenodo.1234567", "10.1000/xyz(123)", "10.48550/arXiv.2101.00001"})
    void acceptsDois(String doi) {
        assertTrue(Identifiers.isDoi(doi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://doi.org/10.5281/zenodo.1", "10.12/abc", "doi:10.5281/x", "10.5281/"})
    void rejectsNonDois(String doi) {
        assertFalse(Identifiers.isDoi(doi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "example.org", "https://", "http://exa mple.org"})
    void rejectsNonHttpUrls(String url) {
        assertFalse(Identifiers.isHttpUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c", "http://localhost:8080/"})
    void acceptsHttpUrls(String url) {
        assertTrue(Identifiers.isHttpUrl(url));
    }
}
