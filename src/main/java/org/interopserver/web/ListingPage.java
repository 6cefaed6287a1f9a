package org.interopserver.web;

import org.interopserver.model.Record;
import org.interopserver.model.Vocabularies;
import org.interopserver.storage.Community;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages that list records: the home page, search results, a community. */
final class ListingPage {

    /** What the search form was asked, echoed back into it. */
    record SearchForm(String q, String type, String community, String access, Integer year, int page) {

        String query(int otherPage) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", q);
            params.put("type", type);
            params.put("community", community);
            params.put("access", access);
            params.put("year", year == null ? null : year.toString());
            params.put("page", Integer.toString(otherPage));
            StringBuilder query = new StringBuilder();
            params.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    query.append(query.isEmpty() ? "?" : "&").append(k).append('=')
                            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            return query.toString();
        }
    }

    private ListingPage() {
    }

    static String home(String baseUrl, String repositoryName, List<Record> recent, List<Community> communities) {
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(repositoryName)).append("</h1>\n");
        main.append(searchForm(baseUrl, new SearchForm(null, null, null, null, null, 1), communities));
        main.append("<section aria-labelledby=\"recent\"><h2 id=\"recent\">Recent records</h2>\n");
        results(main, baseUrl, recent);
        main.append("</section>\n<section aria-labelledby=\"communities\"><h2 id=\"communities\">Communities</h2>\n<ul>\n");
        for (Community c : communities) {
            main.append("<li>").append(Html.link(baseUrl + "/communities/" + c.slug(), c.title())).append("</li>\n");
        }
        main.append("</ul></section>\n");
        return PageLayout.document(repositoryName, repositoryName, "", main.toString(), baseUrl);
    }

    static String search(String baseUrl, String repositoryName, SearchForm form, List<Record> hits, long total,
                         int pageSize, List<Community> communities) {
        StringBuilder main = new StringBuilder("<h1>Search</h1>\n");
        main.append(searchForm(baseUrl, form, communities));
        main.append("<section aria-labelledby=\"results\"><h2 id=\"results\">").append(total)
                .append(total == 1 ? " record" : " records").append("</h2>\n");
        results(main, baseUrl, hits);
        long pages = Math.max(1, (total + pageSize - 1) / pageSize);
        if (pages > 1) {
            main.append("<nav aria-label=\"Pages\"><p>Page ").append(form.page()).append(" of ").append(pages);
            if (form.page() > 1) {
                main.append(" · ").append(Html.link(baseUrl + "/search" + form.query(form.page() - 1), "Previous"));
            }
            if (form.page() < pages) {
                main.append(" · ").append(Html.link(baseUrl + "/search" + form.query(form.page() + 1), "Next"));
            }
            main.append("</p></nav>\n");
        }
        main.append("</section>\n");
        return PageLayout.document(repositoryName, "Search", "", main.toString(), baseUrl);
    }

    static String community(String baseUrl, String repositoryName, Community c, List<Record> recent, long total) {
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(c.title())).append("</h1>\n");
        if (c.description() != null) {
            main.append("<p>").append(Html.text(c.description())).append("</p>\n");
        }
        main.append("<section aria-labelledby=\"records\"><h2 id=\"records\">").append(total)
                .append(total == 1 ? " record" : " records").append("</h2>\n");
        results(main, baseUrl, recent);
        main.append("<p>").append(Html.link(baseUrl + "/search?community=" + URLEncoder.encode(c.slug(),
                StandardCharsets.UTF_8), "All records of this community")).append("</p></section>\n");
        return PageLayout.document(repositoryName, c.title(), "", main.toString(), baseUrl);
    }

    private static void results(StringBuilder out, String baseUrl, List<Record> records) {
        out.append("<ol class=\"results\">\n");
        for (Record r : records) {
            out.append("<li>").append(Html.link(baseUrl + "/records/" + r.id, r.metadata.title)).append("<br>")
                    .append(Html.text(RecordPage.citation(baseUrl, r))).append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static String searchForm(String baseUrl, SearchForm f, List<Community> communities) {
        StringBuilder form = new StringBuilder("<form role=\"search\" method=\"get\" action=\"")
                .append(Html.text(baseUrl)).append("/search\">\n")
                .append("<label for=\"q\">Search</label> <input id=\"q\" name=\"q\" type=\"search\" value=\"")
                .append(Html.text(f.q())).append("\">\n");
        Map<String, String> types = new LinkedHashMap<>();
        Vocabularies.RESOURCE_TYPES.values().forEach(t -> types.put(t.id(), t.title()));
        select(form, "type", "Resource type", types, f.type());
        Map<String, String> communityOptions = new LinkedHashMap<>();
        communities.forEach(c -> communityOptions.put(c.slug(), c.title()));
        select(form, "community", "Community", communityOptions, f.community());
        Map<String, String> access = new LinkedHashMap<>();
        for (String status : List.of("open", "embargoed", "restricted", "closed", "metadata-only")) {
            access.put(status, status.replace('-', ' '));
        }
        select(form, "access", "Access", access, f.access());
        form.append("<label for=\"year\">Year</label> <input id=\"year\" name=\"year\" type=\"number\" min=\"1000\""
                + " max=\"9999\" value=\"").append(f.year() == null ? "" : f.year()).append("\">\n")
                .append("<button type=\"submit\">Search</button>\n</form>\n");
        return form.toString();
    }

    private static void select(StringBuilder form, String name, String label, Map<String, String> options,
                               String selected) {
        form.append("<label for=\"").append(name).append("\">").append(label).append("</label> <select id=\"")
                .append(name).append("\" name=\"").append(name).append("\">\n<option value=\"\">any</option>\n");
        options.forEach((value, text) -> form.append("<option value=\"").append(Html.text(value)).append("\"")
                .append(value.equals(selected) ? " selected" : "").append(">").append(Html.text(text))
                .append("</option>\n"));
        form.append("</select>\n");
    }
}
