package org.interopserver.web;

import org.interopserver.crosswalk.Format;
import org.interopserver.model.Affiliation;
import org.interopserver.model.Creator;
import org.interopserver.model.FileEntry;
import org.interopserver.model.Funding;
import org.interopserver.model.PersonOrOrg;
import org.interopserver.model.Record;
import org.interopserver.model.RelatedIdentifier;
import org.interopserver.model.Rights;
import org.interopserver.model.Subject;
import org.interopserver.model.Vocabularies;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The HTML of a record's landing page and of its tombstone, made on the server from the stored record: no script of
 * ours runs in the browser. Everything from the record is escaped; only the description keeps a small, safe subset
 * of HTML.
 */
final class RecordPage {

    /** Tags a description may keep; attributes other than a link's http(s) href are dropped. */
    private static final Safelist DESCRIPTION = Safelist.basic().removeTags("img", "span", "cite", "q");

    /** One version of the record's concept, for the versions list. */
    record Version(String id, int index, String label) {
    }

    private RecordPage() {
    }

    static String landing(String baseUrl, String repositoryName, Record r, String schemaOrgJson,
                          List<Format> exports, List<Version> versions) {
        StringBuilder head = new StringBuilder();
        head.append(meta("citation_title", r.metadata.title));
        for (Creator c : r.metadata.creators) {
            head.append(meta("citation_author", name(c.personOrOrg)));
        }
        if (r.metadata.publicationDate != null) {
            head.append(meta("citation_publication_date", r.metadata.publicationDate.replace('-', '/')));
        }
        if (r.pids.doi != null) {
            head.append(meta("citation_doi", r.pids.doi.identifier));
        }
        if (r.metadata.publisher != null) {
            head.append(meta("citation_publisher", r.metadata.publisher.name));
        }
        pdf(r).ifPresent(url -> head.append(meta("citation_pdf_url", url)));
        if (schemaOrgJson != null) {
            head.append("<script type=\"application/ld+json\">").append(Html.scriptJson(schemaOrgJson))
                    .append("</script>\n");
        }

        StringBuilder main = new StringBuilder();
        main.append("<article>\n<h1>").append(Html.text(r.metadata.title)).append("</h1>\n");
        main.append("<ul class=\"creators\" aria-label=\"Creators\">\n");
        for (Creator c : r.metadata.creators) {
            main.append("<li>").append(Html.text(name(c.personOrOrg)));
            String orcid = Signposting.orcidUrl(c);
            if (orcid != null) {
                main.append(" ").append(Html.link(orcid, "ORCID " + orcid.substring("https://orcid.org/".length())));
            }
            List<String> affiliations = new ArrayList<>();
            for (Affiliation a : c.affiliations) {
                affiliations.add(a.id != null ? Html.link("https://ror.org/" + a.id, a.name != null ? a.name : a.id)
                        : Html.text(a.name));
            }
            if (!affiliations.isEmpty()) {
                main.append(" <span class=\"affiliations\">(").append(String.join("; ", affiliations)).append(")</span>");
            }
            main.append("</li>\n");
        }
        main.append("</ul>\n<dl>\n");
        field(main, "Published", Html.text(r.metadata.publicationDate));
        field(main, "Resource type", Html.text(Vocabularies.resourceType(r.metadata.resourceType.id).title()));
        field(main, "Publisher", r.metadata.publisher == null ? "" : Html.text(r.metadata.publisher.name));
        if (r.pids.doi != null) {
            String doiUrl = "https://doi.org/" + r.pids.doi.identifier;
            field(main, "DOI", Html.link(doiUrl, doiUrl));
        }
        field(main, "Version", Html.text(r.metadata.version));
        field(main, "Access", Html.text(accessText(r)));
        field(main, "Licence", r.metadata.rights.stream().map(x -> Html.link(Signposting.licenceUrl(x), label(x)))
                .collect(Collectors.joining(", ")));
        field(main, "Communities", r.communities.stream().map(Html::text).collect(Collectors.joining(", ")));
        main.append("</dl>\n");
        if (r.metadata.description != null) {
            main.append("<section aria-labelledby=\"description\"><h2 id=\"description\">Description</h2>\n<div>")
                    .append(Jsoup.clean(r.metadata.description, DESCRIPTION)).append("</div></section>\n");
        }
        list(main, "Subjects", r.metadata.subjects.stream().map(RecordPage::subject).toList());
        list(main, "Funding", r.metadata.funding.stream().map(RecordPage::funding).toList());
        list(main, "Related identifiers", r.metadata.relatedIdentifiers.stream().map(RecordPage::related).toList());
        files(main, r);
        if (versions.size() > 1) {
            List<String> items = new ArrayList<>();
            for (Version v : versions) {
                String label = "Version " + v.index() + (v.label() == null ? "" : " (" + v.label() + ")");
                items.add(v.id().equals(r.id) ? Html.text(label) + " — this version"
                        : Html.link(baseUrl + "/records/" + v.id(), label));
            }
            Version latest = versions.get(versions.size() - 1);
            if (!latest.id().equals(r.id)) {
                items.add(Html.link(baseUrl + "/records/" + latest.id(), "Latest version"));
            }
            list(main, "Versions", items);
        }
        main.append("<section aria-labelledby=\"cite\"><h2 id=\"cite\">Cite as</h2>\n<p class=\"citation\">")
                .append(Html.text(citation(baseUrl, r))).append("</p></section>\n");
        list(main, "Export", exports.stream().map(f -> Html.link(baseUrl + "/api/records/" + r.id + "/export/"
                + f.name(), f.title())).toList());
        main.append("</article>\n");
        return PageLayout.document(repositoryName, r.metadata.title, head.toString(), main.toString(), baseUrl);
    }

    static String tombstone(String baseUrl, String repositoryName, Record r) {
        StringBuilder main = new StringBuilder();
        main.append("<article>\n<h1>").append(Html.text(r.metadata.title)).append("</h1>\n")
                .append("<p role=\"status\">This record was removed on ")
                .append(Html.text(r.tombstone.removalDate.substring(0, 10))).append(".")
                .append(r.tombstone.reason == null ? "" : " Reason: " + Html.text(r.tombstone.reason))
                .append("</p>\n<section aria-labelledby=\"cite\"><h2 id=\"cite\">Cite as</h2>\n<p class=\"citation\">")
                .append(Html.text(citation(baseUrl, r))).append("</p></section>\n</article>\n");
        return PageLayout.document(repositoryName, "Removed: " + r.metadata.title, "", main.toString(), baseUrl);
    }

    static String notFound(String baseUrl, String repositoryName, String id) {
        return PageLayout.document(repositoryName, "Not found", "", "<h1>Not found</h1>\n<p>There is no record "
                + Html.text(id) + " here.</p>\n", baseUrl);
    }

    /** A formatted citation: creators (year). Title (version) [type]. Publisher. DOI or page. */
    static String citation(String baseUrl, Record r) {
        String creators = r.metadata.creators.stream().map(c -> name(c.personOrOrg)).collect(Collectors.joining("; "));
        String year = r.metadata.publicationDate == null ? "n.d." : r.metadata.publicationDate.substring(0, 4);
        StringBuilder c = new StringBuilder(creators).append(" (").append(year).append("). ").append(r.metadata.title);
        if (r.metadata.version != null) {
            c.append(" (Version ").append(r.metadata.version).append(")");
        }
        c.append(" [").append(Vocabularies.resourceType(r.metadata.resourceType.id).title()).append("]. ");
        if (r.metadata.publisher != null) {
            c.append(r.metadata.publisher.name).append(". ");
        }
        return c.append(Signposting.citeAs(baseUrl, r)).toString();
    }

    private static String meta(String name, String content) {
        return content == null ? "" : "<meta name=\"" + name + "\" content=\"" + Html.text(content) + "\">\n";
    }

    private static void field(StringBuilder out, String label, String html) {
        if (html != null && !html.isEmpty()) {
            out.append("<dt>").append(label).append("</dt><dd>").append(html).append("</dd>\n");
        }
    }

    private static void list(StringBuilder out, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        String id = heading.toLowerCase(Locale.ROOT).replace(' ', '-');
        out.append("<section aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id).append("\">")
                .append(heading).append("</h2>\n<ul>\n");
        for (String item : items) {
            out.append("<li>").append(item).append("</li>\n");
        }
        out.append("</ul></section>\n");
    }

    private static void files(StringBuilder out, Record r) {
        if (r.files == null || r.files.entries.isEmpty()) {
            return;
        }
        out.append("<section aria-labelledby=\"files\"><h2 id=\"files\">Files</h2>\n<table>\n")
                .append("<tr><th scope=\"col\">File</th><th scope=\"col\">Size</th><th scope=\"col\">Checksum</th></tr>\n");
        for (FileEntry f : r.files.entries) {
            out.append("<tr><td>").append(Html.link(f.url, f.key)).append("</td><td>")
                    .append(f.size == null ? "" : Html.text(size(f.size))).append("</td><td><code>")
                    .append(Html.text(f.checksum)).append("</code></td></tr>\n");
        }
        out.append("</table></section>\n");
    }

    static String name(PersonOrOrg p) {
        if (p.familyName != null) {
            return p.familyName + (p.givenName == null ? "" : ", " + p.givenName);
        }
        return p.name;
    }

    private static String accessText(Record r) {
        String status = r.access.status == null ? "" : r.access.status.replace('-', ' ');
        if (r.access.embargo != null && Boolean.TRUE.equals(r.access.embargo.active) && r.access.embargo.until != null) {
            return status + " (files embargoed until " + r.access.embargo.until + ")";
        }
        return status;
    }

    private static String label(Rights rights) {
        return rights.id != null ? rights.id : rights.link;
    }

    private static String subject(Subject s) {
        return s.valueUri != null ? Html.link(s.valueUri, s.subject) : Html.text(s.subject);
    }

    private static String funding(Funding f) {
        String funder = f.funder == null ? "" : f.funder.name;
        String award = f.award == null ? "" : " — " + (f.award.number == null ? "" : f.award.number)
                + (f.award.acronym == null ? "" : " (" + f.award.acronym + ")");
        return Html.text(funder + award);
    }

    private static String related(RelatedIdentifier ri) {
        String relation = ri.relationType == null ? "" : ri.relationType.id + ": ";
        String url = switch (ri.scheme == null ? "" : ri.scheme.toLowerCase(Locale.ROOT)) {
            case "doi" -> "https://doi.org/" + ri.identifier;
            case "url" -> ri.identifier;
            case "handle" -> "https://hdl.handle.net/" + ri.identifier;
            case "arxiv" -> "https://arxiv.org/abs/" + ri.identifier.replaceFirst("(?i)^arxiv:", "");
            default -> null;
        };
        return Html.text(relation) + (url == null ? Html.text(ri.identifier) : Html.link(url, ri.identifier));
    }

    private static java.util.Optional<String> pdf(Record r) {
        if (r.files == null) {
            return java.util.Optional.empty();
        }
        return r.files.entries.stream().filter(f -> "application/pdf".equals(f.mimetype) && f.url != null)
                .map(f -> f.url).findFirst();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
