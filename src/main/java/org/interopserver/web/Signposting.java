package org.interopserver.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.crosswalk.Format;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.model.Creator;
import org.interopserver.model.FileEntry;
import org.interopserver.model.Identifier;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.model.Rights;
import org.interopserver.model.Vocabularies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** FAIR Signposting (level 1 and 2) of a record's landing page: typed links to what machines need from it. */
final class Signposting {

    /** One typed link; {@code type} may be null. */
    record Link(String href, String rel, String type) {
    }

    /** Describes the record: the metadata formats machines are pointed at, in this order. */
    private static final List<String> DESCRIBED_BY = List.of("datacite", "schemaorg", "datacite-json");
    private static final Map<String, String> LICENCE_URLS = Vocabularies.readTable("licenses.tsv").stream()
            .collect(Collectors.toMap(row -> row.get(0), row -> row.get(3)));

    private Signposting() {
    }

    static String page(String baseUrl, String id) {
        return baseUrl + "/records/" + id;
    }

    static String citeAs(String baseUrl, Record record) {
        return record.pids != null && record.pids.doi != null ? "https://doi.org/" + record.pids.doi.identifier
                : page(baseUrl, record.id);
    }

    static String licenceUrl(Rights rights) {
        if (rights.link != null) {
            return rights.link;
        }
        return rights.id == null ? null : LICENCE_URLS.getOrDefault(rights.id, "https://spdx.org/licenses/" + rights.id);
    }

    static String orcidUrl(Creator creator) {
        for (Identifier i : creator.personOrOrg.identifiers) {
            if ("orcid".equals(i.scheme)) {
                return "https://orcid.org/" + i.identifier;
            }
        }
        return null;
    }

    /** The links of the record, for the Link header and the linkset. */
    static List<Link> links(String baseUrl, Record record, List<String> formats, FormatRegistry registry) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(citeAs(baseUrl, record), "cite-as", null));
        for (String name : DESCRIBED_BY) {
            if (formats.contains(name)) {
                Format f = registry.byName(name).orElseThrow();
                links.add(new Link(baseUrl + "/api/records/" + record.id + "/export/" + name, "describedby",
                        f.mediaType()));
            }
        }
        String schemaType = Vocabularies.resourceType(record.metadata.resourceType.id).schemaOrg();
        links.add(new Link("https://schema.org/" + schemaType, "type", null));
        links.add(new Link("https://schema.org/AboutPage", "type", null));
        for (Creator c : record.metadata.creators) {
            String orcid = orcidUrl(c);
            if (orcid != null) {
                links.add(new Link(orcid, "author", null));
            }
        }
        for (Rights r : record.metadata.rights) {
            String url = licenceUrl(r);
            if (url != null) {
                links.add(new Link(url, "license", null));
            }
        }
        if (record.files != null) {
            for (FileEntry file : record.files.entries) {
                if (file.url != null) {
                    links.add(new Link(file.url, "item", file.mimetype));
                }
            }
        }
        String linkset = baseUrl + "/records/" + record.id + "/linkset";
        links.add(new Link(linkset, "linkset", "application/linkset+json"));
        links.add(new Link(linkset, "linkset", "application/linkset"));
        return links;
    }

    /** The links as the value of an HTTP Link header (RFC 8288). */
    static String header(List<Link> links) {
        return links.stream().map(l -> "<" + l.href() + ">; rel=\"" + l.rel() + "\""
                + (l.type() == null ? "" : "; type=\"" + l.type() + "\"")).collect(Collectors.joining(", "));
    }

    /** The linkset of the page in application/linkset+json (RFC 9264): the links without the linkset itself. */
    static String linksetJson(String anchor, List<Link> links) {
        ObjectNode context = ModelJson.MAPPER.createObjectNode().put("anchor", anchor);
        Map<String, ArrayNode> byRel = new LinkedHashMap<>();
        for (Link l : links) {
            if (l.rel().equals("linkset")) {
                continue;
            }
            ObjectNode target = ModelJson.MAPPER.createObjectNode().put("href", l.href());
            if (l.type() != null) {
                target.put("type", l.type());
            }
            byRel.computeIfAbsent(l.rel(), rel -> context.putArray(rel)).add(target);
        }
        ObjectNode linkset = ModelJson.MAPPER.createObjectNode();
        linkset.putArray("linkset").add(context);
        return linkset.toPrettyString();
    }

    /** The linkset in application/linkset (RFC 9264): Link header syntax with the anchor on every link. */
    static String linksetText(String anchor, List<Link> links) {
        return links.stream().filter(l -> !l.rel().equals("linkset"))
                .map(l -> "<" + l.href() + ">; rel=\"" + l.rel() + "\"; anchor=\"" + anchor + "\""
                        + (l.type() == null ? "" : "; type=\"" + l.type() + "\""))
                .collect(Collectors.joining(",\n")) + "\n";
    }
}
