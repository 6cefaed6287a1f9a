package org.interopserver.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.http.ContentNegotiation;
import org.interopserver.integration.OrcidLinks;
import org.interopserver.publish.InvalidInputException;
import org.interopserver.storage.Database;
import org.interopserver.storage.OrcidStore;

import java.util.List;

/**
 * A researcher's works in this repository as an ORCID bulk document (XML, or its JSON twin): the stored
 * {@code orcid-work} renditions of the public records that credit the iD, 100 a page (ORCID's bulk limit).
 */
@Path("api/orcid/{orcid}/works")
@RequestScoped
@Tag(name = "orcid")
public class OrcidWorksResource {

    static final int PAGE = 100;
    private static final String XML = "application/vnd.orcid+xml";
    private static final String JSON = "application/vnd.orcid+json";
    private static final List<String> OFFERED = List.of(XML, "application/xml", JSON, "application/json");

    @Inject
    Database db;
    @Inject
    Settings settings;

    private final OrcidStore orcids = new OrcidStore();

    @GET
    @Operation(summary = "The works of the public records crediting the ORCID iD, as ORCID bulk XML or JSON")
    public Response works(@PathParam("orcid") String orcid, @QueryParam("page") String page,
                          @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        OrcidLinks.requireOrcid(orcid);
        int pageNumber = parsePage(page);
        String chosen = ContentNegotiation.choose(accept, OFFERED)
                .orElseThrow(() -> new NotAcceptableFormatException(OFFERED));
        boolean json = chosen.endsWith("json");
        List<String> works = db.read(tx -> orcids.publicWorks(tx, orcid, json ? "orcid-work-json" : "orcid-work",
                (pageNumber - 1) * PAGE, PAGE + 1));
        List<String> shown = works.subList(0, Math.min(works.size(), PAGE));
        Response.ResponseBuilder response = Response.ok(json ? bulkJson(shown) : bulkXml(shown), chosen)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (works.size() > PAGE) {
            response.header("Link", "<" + settings.baseUrl() + "/api/orcid/" + orcid + "/works?page="
                    + (pageNumber + 1) + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The works side by side in one bulk element; each keeps its own namespace declarations. */
    static String bulkXml(List<String> works) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<bulk:bulk xmlns:bulk=\"http://www.orcid.org/ns/bulk\">\n");
        for (String work : works) {
            xml.append(withoutDeclaration(work).strip()).append('\n');
        }
        return xml.append("</bulk:bulk>\n").toString();
    }

    static String bulkJson(List<String> works) {
        StringBuilder json = new StringBuilder("{\"bulk\":[");
        for (int i = 0; i < works.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"work\":").append(works.get(i).strip()).append('}');
        }
        return json.append("]}").toString();
    }

    private static String withoutDeclaration(String xml) {
        String s = xml.stripLeading();
        return s.startsWith("<?xml") ? s.substring(s.indexOf("?>") + 2) : s;
    }

    private static int parsePage(String page) {
        if (page == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page);
            if (n >= 1 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new InvalidInputException("page", "must be a whole number from 1, not '" + page + "'");
    }
}
