package org.interopserver.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a submitted record against the rules the schema cannot express: mandatory fields, vocabularies,
 * identifier check digits, dates. Every problem is reported with its JSON field path, all at once.
 */
public final class RecordValidator {

    /** Rights statements named by URI rather than URL: info:eu-repo/semantics/openAccess, urn:… */
    private static final Pattern RIGHTS_URN = Pattern.compile("(info|urn):[A-Za-z0-9][^\\s<>\"]{1,500}");
    private static final Pattern LANGUAGE_639_3 = Pattern.compile("[a-z]{3}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern SPDX_ID = Pattern.compile("[a-z0-9][a-z0-9.+-]*");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    private final List<Violation> violations = new ArrayList<>();

    private RecordValidator() {
    }

    public static List<Violation> validate(Record record) {
        RecordValidator v = new RecordValidator();
        v.record(record);
        return List.copyOf(v.violations);
    }

    private void record(Record r) {
        if (r.pids != null && r.pids.doi != null) {
            Pid doi = r.pids.doi;
            check(Identifiers.isDoi(doi.identifier), "pids.doi.identifier",
                    "is not a DOI (10.prefix/suffix, without https://doi.org/)");
            oneOf(doi.provider, Vocabularies.PID_PROVIDERS, "pids.doi.provider", true);
        }
        if (r.metadata == null) {
            add("metadata", "is required");
        } else {
            metadata(r.metadata);
        }
        access(r.access, r.files);
        files(r.files);
        for (int i = 0; i < r.communities.size(); i++) {
            String slug = r.communities.get(i);
            check(slug != null && Vocabularies.COMMUNITY_SLUG.matcher(slug).matches(), "communities[" + i + "]",
                    "must be a community slug (lower-case letters, digits, hyphens)");
        }
    }

    private void metadata(Metadata m) {
        String p = "metadata.";
        if (m.resourceType == null || m.resourceType.id == null) {
            add(p + "resource_type.id", "is required");
        } else {
            check(Vocabularies.RESOURCE_TYPES.containsKey(m.resourceType.id), p + "resource_type.id",
                    "is not a known resource type: " + m.resourceType.id);
        }
        required(m.title, p + "title");
        vocabRef(m.titleLang, p + "title_lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
        vocabRef(m.descriptionLang, p + "description_lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
        if (m.publicationDate == null) {
            add(p + "publication_date", "is required");
        } else {
            check(Edtf.isDateOrInterval(m.publicationDate), p + "publication_date",
                    "is not an EDTF date or interval (YYYY, YYYY-MM, YYYY-MM-DD, start/end)");
        }
        if (m.publisher == null) {
            add(p + "publisher", "is required");
        } else {
            required(m.publisher.name, p + "publisher.name");
            vocabRef(m.publisher.lang, p + "publisher.lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
            identifiers(m.publisher.identifiers, p + "publisher.identifiers");
        }
        if (m.creators.isEmpty()) {
            add(p + "creators", "at least one creator is required");
        }
        creators(m.creators, p + "creators", false);
        creators(m.contributors, p + "contributors", true);
        each(m.additionalTitles, p + "additional_titles", (t, at) -> {
            required(t.title, at + ".title");
            vocab(t.type, at + ".type", Vocabularies.TITLE_TYPES, true);
            vocabRef(t.lang, at + ".lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
        });
        each(m.additionalDescriptions, p + "additional_descriptions", (d, at) -> {
            required(d.description, at + ".description");
            vocab(d.type, at + ".type", Vocabularies.DESCRIPTION_TYPES, true);
            vocabRef(d.lang, at + ".lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
        });
        each(m.subjects, p + "subjects", (s, at) -> {
            required(s.subject, at + ".subject");
            if (s.valueUri != null) {
                check(Identifiers.isHttpUrl(s.valueUri), at + ".value_uri", "is not an http(s) URL");
            }
            vocabRef(s.lang, at + ".lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
        });
        each(m.languages, p + "languages", (l, at) ->
                vocabRef(l, at, LANGUAGE_639_3.asMatchPredicate().or(RecordValidator::regionalTag),
                        "an ISO 639-3 code such as eng, or a language tag with a region such as en-US"));
        each(m.dates, p + "dates", (d, at) -> {
            if (d.date == null) {
                add(at + ".date", "is required");
            } else {
                check(Edtf.isDateOrInterval(d.date), at + ".date", "is not an EDTF date or interval");
            }
            vocab(d.type, at + ".type", Vocabularies.DATE_TYPES, true);
        });
        identifiers(m.identifiers, p + "identifiers");
        each(m.relatedIdentifiers, p + "related_identifiers", (ri, at) -> {
            required(ri.identifier, at + ".identifier");
            oneOf(ri.scheme, Vocabularies.RELATED_IDENTIFIER_SCHEMES, at + ".scheme", true);
            if (ri.identifier != null && ri.scheme != null) {
                problem(Identifiers.problem(ri.scheme, ri.identifier), at + ".identifier");
            }
            vocab(ri.relationType, at + ".relation_type", Vocabularies.RELATION_TYPES, true);
            if (ri.resourceType != null) {
                vocab(ri.resourceType, at + ".resource_type", Vocabularies.RESOURCE_TYPES.keySet(), true);
            }
        });
        each(m.sizes, p + "sizes", (s, at) -> required(s, at));
        each(m.formats, p + "formats", (f, at) -> required(f, at));
        each(m.rights, p + "rights", (r, at) -> {
            if (r.id == null && (r.title == null || r.title.values.isEmpty())) {
                add(at, "needs an SPDX licence id or a title");
            }
            if (r.id != null) {
                check(SPDX_ID.matcher(r.id).matches(), at + ".id",
                        "must be an SPDX licence id in lower case, such as cc-by-4.0");
            }
            if (r.link != null) {
                check(Identifiers.isHttpUrl(r.link) || RIGHTS_URN.matcher(r.link).matches(), at + ".link",
                        "is not an http(s) URL or an info:/urn: URI (such as info:eu-repo/semantics/openAccess)");
            }
        });
        each(m.funding, p + "funding", (f, at) -> {
            if (f.funder == null || (f.funder.name == null && f.funder.id == null)) {
                add(at + ".funder", "needs a name or a ROR id");
            } else {
                if (f.funder.id != null) {
                    problem(Identifiers.problem("ror", f.funder.id), at + ".funder.id");
                }
                identifiers(f.funder.identifiers, at + ".funder.identifiers");
            }
            if (f.award != null) {
                if (f.award.number == null && (f.award.title == null || f.award.title.values.isEmpty())) {
                    add(at + ".award", "needs a number or a title");
                }
                identifiers(f.award.identifiers, at + ".award.identifiers");
            }
        });
        if (m.locations != null) {
            each(m.locations.features, p + "locations.features", (f, at) -> {
                if (f.place == null && f.point == null && f.box == null && f.polygons.isEmpty()) {
                    add(at, "needs a place, a point, a box or a polygon");
                }
                point(f.point, at + ".point");
                if (f.box != null) {
                    latitude(f.box.south, at + ".box.south");
                    latitude(f.box.north, at + ".box.north");
                    longitude(f.box.west, at + ".box.west");
                    longitude(f.box.east, at + ".box.east");
                }
                each(f.polygons, at + ".polygons", (poly, pat) -> {
                    check(poly.points.size() >= 4, pat + ".points", "a polygon needs at least 4 points");
                    each(poly.points, pat + ".points", this::point);
                    if (poly.points.size() >= 4) {
                        GeoPoint first = poly.points.get(0);
                        GeoPoint last = poly.points.get(poly.points.size() - 1);
                        check(first.lat != null && first.lat.equals(last.lat) && first.lon != null
                                        && first.lon.equals(last.lon), pat + ".points",
                                "a polygon must end with its first point");
                    }
                    point(poly.inPolygonPoint, pat + ".in_polygon_point");
                });
            });
        }
        each(m.references, p + "references", (r, at) -> required(r.reference, at + ".reference"));
        each(m.relatedItems, p + "related_items", (ri, at) -> {
            if (ri.resourceType == null || ri.resourceType.id == null) {
                add(at + ".resource_type.id", "is required");
            } else {
                oneOf(ri.resourceType.id, Vocabularies.RESOURCE_TYPES.keySet(), at + ".resource_type.id", true);
            }
            vocab(ri.relationType, at + ".relation_type", Vocabularies.RELATION_TYPES, true);
            if (ri.identifier != null) {
                oneOf(ri.identifier.scheme, Vocabularies.RELATED_IDENTIFIER_SCHEMES, at + ".identifier.scheme", true);
                if (ri.identifier.scheme != null) {
                    problem(Identifiers.problem(ri.identifier.scheme, ri.identifier.identifier),
                            at + ".identifier.identifier");
                }
            }
            creators(ri.creators, at + ".creators", false);
            creators(ri.contributors, at + ".contributors", true);
            each(ri.titles, at + ".titles", (t, tat) -> {
                required(t.title, tat + ".title");
                if (t.type != null) {
                    vocab(t.type, tat + ".type", Vocabularies.TITLE_TYPES, true);
                }
            });
            if (ri.number != null && ri.number.type != null) {
                oneOf(ri.number.type, Vocabularies.NUMBER_TYPES, at + ".number.type", false);
            }
        });
    }

    private void creators(List<Creator> creators, String path, boolean contributors) {
        each(creators, path, (c, at) -> {
            PersonOrOrg po = c.personOrOrg;
            if (po == null) {
                add(at + ".person_or_org", "is required");
            } else {
                String pp = at + ".person_or_org";
                oneOf(po.type, Vocabularies.NAME_TYPES, pp + ".type", true);
                if ("personal".equals(po.type)) {
                    check(notBlank(po.familyName) || notBlank(po.name), pp + ".family_name",
                            "a person needs a family name (or a name)");
                } else if ("organizational".equals(po.type)) {
                    required(po.name, pp + ".name");
                }
                vocabRef(po.lang, pp + ".lang", LANGUAGE_TAG.asMatchPredicate(), "a language tag");
                identifiers(po.identifiers, pp + ".identifiers");
            }
            if (contributors) {
                vocab(c.role, at + ".role", Vocabularies.CONTRIBUTOR_ROLES, true);
            } else if (c.role != null) {
                add(at + ".role", "creators have no role; use contributors");
            }
            each(c.affiliations, at + ".affiliations", (a, aat) -> {
                if (a.id == null && !notBlank(a.name)) {
                    add(aat, "needs a name or a ROR id");
                }
                if (a.id != null) {
                    problem(Identifiers.problem("ror", a.id), aat + ".id");
                }
                identifiers(a.identifiers, aat + ".identifiers");
            });
        });
    }

    private void identifiers(List<Identifier> ids, String path) {
        each(ids, path, (id, at) -> {
            required(id.scheme, at + ".scheme");
            if (id.scheme != null) {
                problem(Identifiers.problem(id.scheme, id.identifier), at + ".identifier");
            }
            if (id.schemeUri != null) {
                check(Identifiers.isHttpUrl(id.schemeUri), at + ".scheme_uri", "is not an http(s) URL");
            }
        });
    }

    private void access(Access a, Files files) {
        if (a == null) {
            add("access", "is required");
            return;
        }
        oneOf(a.record, Vocabularies.RECORD_ACCESS, "access.record", true);
        oneOf(a.files, Vocabularies.RECORD_ACCESS, "access.files", true);
        boolean embargoed = a.embargo != null && Boolean.TRUE.equals(a.embargo.active);
        if (a.embargo != null && a.embargo.until != null) {
            check(Edtf.isDate(a.embargo.until) && a.embargo.until.length() == 10, "access.embargo.until",
                    "must be a date YYYY-MM-DD");
        }
        if (embargoed) {
            check(a.embargo.until != null, "access.embargo.until", "an active embargo needs an end date");
            check("restricted".equals(a.files), "access.files", "files under an active embargo must be restricted");
        }
        // a stated status other than "closed" is replaced by the derived one on write; "closed" must fit
        if (a.status != null && oneOf(a.status, Vocabularies.ACCESS_STATUSES, "access.status", false)
                && a.status.equals("closed")) {
            String derived = AccessStatus.derive(a, files);
            check(AccessStatus.compatible(a.status, derived), "access.status",
                    "'closed' needs public record metadata and restricted files, but the settings say '" + derived + "'");
        }
    }

    private void files(Files files) {
        if (files == null) {
            return;
        }
        Set<String> keys = new HashSet<>();
        each(files.entries, "files.entries", (f, at) -> {
            if (!notBlank(f.key)) {
                add(at + ".key", "is required");
            } else if (!keys.add(f.key)) {
                add(at + ".key", "is used by another file of this record");
            }
            if (f.size != null) {
                check(f.size >= 0, at + ".size", "must not be negative");
            }
            if (f.checksum != null) {
                checksum(f.checksum, at + ".checksum");
            }
            if (f.url != null) {
                check(Identifiers.isHttpUrl(f.url), at + ".url", "is not an http(s) URL");
            }
        });
        if (Boolean.FALSE.equals(files.enabled) && !files.entries.isEmpty()) {
            add("files.enabled", "is false but the record lists files");
        }
    }

    private void checksum(String checksum, String path) {
        int colon = checksum.indexOf(':');
        String algorithm = colon < 0 ? "" : checksum.substring(0, colon);
        String hex = colon < 0 ? "" : checksum.substring(colon + 1);
        int expected = switch (algorithm) {
            case "md5" -> 32;
            case "sha1" -> 40;
            case "sha256" -> 64;
            case "sha512" -> 128;
            default -> -1;
        };
        if (expected < 0) {
            add(path, "must be algorithm:hex with algorithm one of " + sorted(Vocabularies.CHECKSUM_ALGORITHMS));
        } else {
            check(hex.length() == expected && HEX.matcher(hex).matches(), path,
                    algorithm + " needs " + expected + " lower-case hex digits");
        }
    }

    private void point(GeoPoint point, String path) {
        if (point != null) {
            latitude(point.lat, path + ".lat");
            longitude(point.lon, path + ".lon");
        }
    }

    private void latitude(Double value, String path) {
        check(value != null && value >= -90 && value <= 90, path, "must be a latitude between -90 and 90");
    }

    private void longitude(Double value, String path) {
        check(value != null && value >= -180 && value <= 180, path, "must be a longitude between -180 and 180");
    }

    private void vocab(VocabRef ref, String path, Set<String> allowed, boolean required) {
        if (ref == null) {
            if (required) {
                add(path + ".id", "is required");
            }
            return;
        }
        oneOf(ref.id, allowed, path + ".id", true);
    }

    /** A BCP 47 tag that says more than a language (en-US), which an ISO 639-3 code cannot. */
    private static boolean regionalTag(String tag) {
        return tag.contains("-") && LANGUAGE_TAG.matcher(tag).matches();
    }

    private void vocabRef(VocabRef ref, String path, Predicate<String> valid, String what) {
        if (ref != null) {
            check(ref.id != null && valid.test(ref.id), path + ".id", "must be " + what);
        }
    }

    private boolean oneOf(String value, Set<String> allowed, String path, boolean required) {
        if (value == null) {
            if (required) {
                add(path, "is required");
            }
            return false;
        }
        if (!allowed.contains(value)) {
            add(path, "'" + value + "' is not one of " + (allowed.size() > 12 ? "the known values" : sorted(allowed)));
            return false;
        }
        return true;
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }

    private void required(String value, String path) {
        check(notBlank(value), path, "is required");
    }

    private void problem(String problem, String path) {
        if (problem != null) {
            add(path, problem);
        }
    }

    private void check(boolean ok, String path, String message) {
        if (!ok) {
            add(path, message);
        }
    }

    private void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private interface ItemCheck<T> {
        void check(T item, String path);
    }

    private <T> void each(List<T> items, String path, ItemCheck<T> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            if (items.get(i) == null) {
                add(at, "must not be null");
            } else {
                check.check(items.get(i), at);
            }
        }
    }
}
