package org.interopserver.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.model.Record;
import org.interopserver.storage.Community;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordReader;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.SearchQuery;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The home page, search and community pages: server-made HTML, usable without JavaScript. */
@Path("")
@RequestScoped
@Tag(name = "pages")
public class SitePagesResource {

    static final int PAGE_SIZE = 20;
    private static final String HTML = "text/html; charset=UTF-8";

    @Inject
    Database db;
    @Inject
    RecordStore records;
    @Inject
    CommunityStore communities;
    @Inject
    Settings settings;

    @GET
    @Produces(HTML)
    @Operation(summary = "Home page: recent records and the communities")
    public String home() {
        List<Record> recent = hits(new SearchQuery(List.of(), null, null, null, null, 0, 10)).records();
        return ListingPage.home(settings.baseUrl(), settings.repositoryName(), recent, db.read(communities::list));
    }

    @GET
    @Path("search")
    @Produces(HTML)
    @Operation(summary = "Full-text search over title, creators, description and subjects, with filters")
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type,
                           @QueryParam("community") String community, @QueryParam("access") String access,
                           @QueryParam("year") String year, @QueryParam("page") String page) {
        Integer yearValue = number(year);
        Integer pageValue = number(page);
        if ((year != null && !year.isBlank() && yearValue == null) || (page != null && !page.isBlank()
                && (pageValue == null || pageValue < 1))) {
            return Response.status(Response.Status.BAD_REQUEST).type(HTML).entity(PageLayout.document(
                    settings.repositoryName(), "Bad request", "", "<h1>Bad request</h1>\n<p>year and page must be"
                            + " whole numbers (page from 1).</p>\n", settings.baseUrl())).build();
        }
        int pageNumber = pageValue == null ? 1 : pageValue;
        List<String> terms = q == null ? List.of() : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(t -> !t.isEmpty()).limit(10).toList();
        SearchQuery query = new SearchQuery(terms, blankToNull(type), blankToNull(community), blankToNull(access),
                yearValue, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        Found found = hits(query);
        ListingPage.SearchForm form = new ListingPage.SearchForm(q, query.type(), query.community(), query.access(),
                yearValue, pageNumber);
        return Response.ok(ListingPage.search(settings.baseUrl(), settings.repositoryName(), form, found.records(),
                found.total(), PAGE_SIZE, db.read(communities::list)), HTML).build();
    }

    @GET
    @Path("communities/{slug}")
    @Produces(HTML)
    @Operation(summary = "A community: its description and its recent records")
    public Response community(@PathParam("slug") String slug) {
        Community c = db.read(tx -> communities.find(tx, slug)).orElse(null);
        if (c == null) {
            return Response.status(Response.Status.NOT_FOUND).type(HTML).entity(PageLayout.document(
                    settings.repositoryName(), "Not found", "", "<h1>Not found</h1>\n<p>There is no community "
                            + Html.text(slug) + " here.</p>\n", settings.baseUrl())).build();
        }
        Found found = hits(new SearchQuery(List.of(), null, slug, null, null, 0, PAGE_SIZE));
        return Response.ok(ListingPage.community(settings.baseUrl(), settings.repositoryName(), c, found.records(),
                found.total()), HTML).build();
    }

    private record Found(List<Record> records, long total) {
    }

    private Found hits(SearchQuery query) {
        RecordStore.Hits hits = db.read(tx -> records.search(tx, query));
        return new Found(hits.records().stream().map(RecordReader::toModel).toList(), hits.total());
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
