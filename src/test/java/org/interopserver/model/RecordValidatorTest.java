package org.interopserver.model;

import org.interopserver.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordValidatorTest {

    @Test
    void minimalRecordIsValid() {
        assertEquals(List.of(), RecordValidator.validate(Fixtures.record("minimal")));
    }

    @Test
    void reportsEveryMissingMandatoryFieldAtOnce() {
        Record r = Fixtures.record("minimal");
        r.metadata.title = " ";
        r.metadata.publisher = null;
        r.metadata.publicationDate = null;
        r.metadata.creators.clear();
        r.metadata.resourceType = null;
        assertFields(RecordValidator.validate(r), "metadata.title", "metadata.publisher", "metadata.publication_date",
                "metadata.creators", "metadata.resource_type.id");
    }

    @Test
    void checksIdentifiersByScheme() {
        assertFields(violations(r -> r.metadata.creators.get(0).personOrOrg.identifiers.get(0).identifier =
                "0000-0002-1825-0098"), "metadata.creators[0].person_or_org.identifiers[0].identifier");
        assertFields(violations(r -> r.metadata.creators.get(0).affiliations.get(0).id = "01ggx4158"),
                "metadata.creators[0].affiliations[0].id");
        assertFields(violations(r -> r.pids = pidsWithDoi("https://doi.org/10.1234/x")), "pids.doi.identifier");
    }

    @Test
    void checksVocabularies() {
        assertFields(violations(r -> r.metadata.resourceType.id = "publication-novel"), "metadata.resource_type.id");
        assertFields(violations(r -> {
            RelatedIdentifier ri = new RelatedIdentifier();
            ri.identifier = "10.1234/abc";
            ri.scheme = "doi";
            ri.relationType = new VocabRef("IsCitedBy");
            r.metadata.relatedIdentifiers.add(ri);
        }), "metadata.related_identifiers[0].relation_type.id");
        assertFields(violations(r -> r.metadata.languages.add(new VocabRef("en"))), "metadata.languages[0].id");
        assertFields(violations(r -> r.metadata.languages.add(new VocabRef("en-US"))));
        assertFields(violations(r -> {
            Creator c = new Creator();
            c.personOrOrg = r.metadata.creators.get(0).personOrOrg;
            r.metadata.contributors.add(c);
        }), "metadata.contributors[0].role.id");
    }

    @Test
    void checksDatesAndAccess() {
        assertFields(violations(r -> {
            DateEntry d = new DateEntry();
            d.date = "2021/2019";
            d.type = new VocabRef("collected");
            r.metadata.dates.add(d);
        }), "metadata.dates[0].date");
        assertFields(violations(r -> {
            r.access.embargo = new Embargo();
            r.access.embargo.active = true;
        }), "access.embargo.until", "access.files");
        assertFields(violations(r -> r.access.record = "private"), "access.record");
    }

    @Test
    void checksFilesAndGeometry() {
        assertFields(violations(r -> {
            r.files.enabled = true;
            FileEntry a = new FileEntry();
            a.key = "data.csv";
            a.checksum = "md5:XYZ";
            FileEntry b = new FileEntry();
            b.key = "data.csv";
            b.url = "ftp://example.org/data.csv";
            r.files.entries.add(a);
            r.files.entries.add(b);
        }), "files.entries[0].checksum", "files.entries[1].key", "files.entries[1].url");
        assertFields(violations(r -> {
            r.metadata.locations = new Locations();
            Feature f = new Feature();
            GeoPolygon p = new GeoPolygon();
            p.points.add(new GeoPoint(1, 1));
            p.points.add(new GeoPoint(1, 2));
            p.points.add(new GeoPoint(2, 2));
            p.points.add(new GeoPoint(2, 1));
            f.polygons.add(p);
            f.point = new GeoPoint(91, 0);
            r.metadata.locations.features.add(f);
        }), "metadata.locations.features[0].point.lat", "metadata.locations.features[0].polygons[0].points");
    }

    @Test
    void closedStatusMustFitTheSettings() {
        assertFields(violations(r -> r.access.status = "closed"), "access.status");
        assertEquals(List.of(), violations(r -> {
            r.access.status = "closed";
            r.access.files = "restricted";
            r.files.enabled = true;
            FileEntry f = new FileEntry();
            f.key = "a.txt";
            r.files.entries.add(f);
        }));
    }

    private static Pids pidsWithDoi(String doi) {
        Pids pids = new Pids();
        pids.doi = new Pid(doi, "external");
        return pids;
    }

    private static List<Violation> violations(Consumer<Record> change) {
        Record r = Fixtures.record("minimal");
        change.accept(r);
        return RecordValidator.validate(r);
    }

    private static void assertFields(List<Violation> violations, String... fields) {
        List<String> actual = violations.stream().map(Violation::field).sorted().toList();
        assertEquals(List.of(fields).stream().sorted().toList(), actual, violations.toString());
        assertTrue(violations.stream().allMatch(v -> !v.message().isBlank()));
    }
}
