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
                               String csl, String openaire, String bibtex, String orcid, String marc) {
    }

    public static final Map<String, ResourceType> RESOURCE_TYPES = loadResourceTypes();

    public static final Set<String> NAME_TYPES = Set.of("personal", "organizational");

    /** Terms shared with DataCite, by vocabulary: id → DataCite's spelling ({@code datacite-terms.tsv}). */
    public static final Map<String, Map<String, String>> DATACITE_TERMS = loadDataciteTerms();

    public static final Set<String> TITLE_TYPES = terms("title-type");

    public static final Set<String> DESCRIPTION_TYPES = terms("description-type");

    public static final Set<String> DATE_TYPES = terms("date-type");

    public static final Set<String> CONTRIBUTOR_ROLES = terms("contributor-role");

    public static final Set<String> RELATION_TYPES = terms("relation-type");

    /** DataCite related identifier types in lower case. */
    public static final Set<String> RELATED_IDENTIFIER_SCHEMES = terms("related-identifier-scheme");

    public static final Set<String> NUMBER_TYPES = terms("number-type");

    /** Languages by ISO 639-3 code, with the codes other formats use. */
    public record Language(String id, String iso6391, String marc, String name) {
    }

    public static final Map<String, Language> LANGUAGES = loadLanguages();

    /** Raw rows of every vocabulary file the crosswalks read, by file name: the tables are kept once, here. */
    public static final List<String> CROSSWALK_TABLES = List.of("resource-types.tsv", "datacite-terms.tsv",
            "languages.tsv", "licenses.tsv", "access-statuses.tsv");

    public static final Set<String> RECORD_ACCESS = Set.of("public", "restricted");

    public static final Set<String> ACCESS_STATUSES = Set.copyOf(readTable("access-statuses.tsv").stream()
            .map(row -> row.get(0)).toList());

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
                    "http://purl.org/coar/resource_type/" + row.get(3), row.get(4), row.get(5), row.get(6),
                    row.get(7), row.get(8), row.get(9)));
        }
        return Collections.unmodifiableMap(types);
    }

    private static Map<String, Map<String, String>> loadDataciteTerms() {
        Map<String, Map<String, String>> terms = new LinkedHashMap<>();
        for (List<String> row : readTable("datacite-terms.tsv")) {
            terms.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>()).put(row.get(1), row.get(2));
        }
        terms.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(terms);
    }

    private static Set<String> terms(String vocabulary) {
        return Set.copyOf(DATACITE_TERMS.get(vocabulary).keySet());
    }

    private static Map<String, Language> loadLanguages() {
        Map<String, Language> languages = new LinkedHashMap<>();
        for (List<String> row : readTable("languages.tsv")) {
            languages.put(row.get(0), new Language(row.get(0), row.get(1), row.get(2), row.get(3)));
        }
        return Collections.unmodifiableMap(languages);
    }

    /** The column names of a vocabulary file: its comment line of tab-separated names. */
    public static List<String> readHeader(String name) {
        try (InputStream in = open(name)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> line.startsWith("# ") && line.contains("\t"))
                    .map(line -> List.of(line.substring(2).split("\t", -1)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no column names in " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Vocabularies.class.getResourceAsStream("/vocabularies/" + name);
        if (in == null) {
            throw new IllegalStateException("vocabulary missing from the classpath: " + name);
        }
        return in;
    }

    /** Rows of a tab-separated vocabulary file; lines starting with # are comments. */
    public static List<List<String>> readTable(String name) {
        try (InputStream in = open(name)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> List.of(line.split("\t", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
