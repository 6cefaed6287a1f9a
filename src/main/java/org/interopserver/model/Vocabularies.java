package org.interopserver.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed vocabularies of the model, with ids as InvenioRDM writes them. Resource types carry their mapping to
 * every target format and live as data in {@code vocabularies/resource-types.tsv}.
 */
public final class Vocabularies {

    /** One resource type and what each target vocabulary calls it. */
    public record ResourceType(String id, String title, String dataciteGeneral, String coar, String schemaOrg,
                               String csl, String openaire) {
    }

    public static final Map<String, ResourceType> RESOURCE_TYPES = loadResourceTypes();

    public static final Set<String> NAME_TYPES = Set.of("personal", "organizational");

    public static final Set<String> TITLE_TYPES = Set.of("alternative-title", "subtitle", "translated-title", "other");

    public static final Set<String> DESCRIPTION_TYPES = Set.of("abstract", "methods", "series-information",
            "table-of-contents", "technical-info", "other");

    public static final Set<String> DATE_TYPES = Set.of("accepted", "available", "collected", "copyrighted",
            "coverage", "created", "issued", "other", "submitted", "updated", "valid", "withdrawn");

    public static final Set<String> CONTRIBUTOR_ROLES = Set.of("contactperson", "datacollector", "datacurator",
            "datamanager", "distributor", "editor", "hostinginstitution", "other", "producer", "projectleader",
            "projectmanager", "projectmember", "registrationagency", "registrationauthority", "relatedperson",
            "researchgroup", "rightsholder", "researcher", "sponsor", "supervisor", "translator", "workpackageleader");

    public static final Set<String> RELATION_TYPES = Set.of("iscitedby", "cites", "issupplementto",
            "issupplementedby", "iscontinuedby", "continues", "isnewversionof", "ispreviousversionof", "ispartof",
            "haspart", "ispublishedin", "isreferencedby", "references", "isdocumentedby", "documents", "iscompiledby",
            "compiles", "isvariantformof", "isoriginalformof", "isidenticalto", "hasmetadata", "ismetadatafor",
            "reviews", "isreviewedby", "isderivedfrom", "issourceof", "describes", "isdescribedby", "hasversion",
            "isversionof", "requires", "isrequiredby", "obsoletes", "isobsoletedby", "collects", "iscollectedby",
            "hastranslation", "istranslationof", "other");

    /** DataCite related identifier types in lower case. */
    public static final Set<String> RELATED_IDENTIFIER_SCHEMES = Set.of("ark", "arxiv", "bibcode", "cstr", "doi",
            "ean13", "eissn", "handle", "igsn", "isbn", "issn", "istc", "lissn", "lsid", "pmid", "purl", "raid",
            "rrid", "swhid", "upc", "url", "urn", "w3id");

    public static final Set<String> NUMBER_TYPES = Set.of("article", "chapter", "report", "other");

    public static final Set<String> RECORD_ACCESS = Set.of("public", "restricted");

    public static final Set<String> ACCESS_STATUSES = Set.of("open", "embargoed", "restricted", "closed",
            "metadata-only");

    public static final Set<String> PID_PROVIDERS = Set.of("datacite", "external");

    /** Community slugs: lower-case letters, digits and hyphens, at most 100. */
    public static final java.util.regex.Pattern COMMUNITY_SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public static final Set<String> CHECKSUM_ALGORITHMS = Set.of("md5", "sha1", "sha256", "sha512");

    private Vocabularies() {
    }

    public static ResourceType resourceType(String id) {
        return RESOURCE_TYPES.get(id);
    }

    private static Map<String, ResourceType> loadResourceTypes() {
        Map<String, ResourceType> types = new LinkedHashMap<>();
        for (List<String> row : readTable("resource-types.tsv")) {
            types.put(row.get(0), new ResourceType(row.get(0), row.get(1), row.get(2),
                    "http://purl.org/coar/resource_type/" + row.get(3), row.get(4), row.get(5), row.get(6)));
        }
        return Collections.unmodifiableMap(types);
    }

    /** Rows of a tab-separated vocabulary file; lines starting with # are comments. */
    static List<List<String>> readTable(String name) {
        try (InputStream in = Vocabularies.class.getResourceAsStream("/vocabularies/" + name)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary missing from the classpath: " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> List.of(line.split("\t", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
