package org.interopserver.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.interopserver.config.Settings;
import org.interopserver.storage.Database;
import org.interopserver.storage.RecordStore;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sitemaps for search engines, made from the database on each request and streamed: an index of sitemaps of at
 * most 50,000 record pages each, {@code lastmod} being the record's datestamp. No cron job, nothing stale.
 */
@Path("")
@RequestScoped
@Tag(name = "pages")
public class SitemapResource {

    static final int URLS_PER_SITEMAP = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int BATCH = 5_000;

    @Inject
    Database db;
    @Inject
    RecordStore records;
    @Inject
    Settings settings;

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    @Operation(summary = "The sitemap index")
    public String index() {
        long pages = Math.max(1, (db.read(records::countPublic) + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"")
                .append(NS).append("\">\n");
        for (long n = 1; n <= pages; n++) {
            xml.append("<sitemap><loc>").append(Html.text(settings.baseUrl())).append("/sitemap-").append(n)
                    .append(".xml</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    @GET
    @Path("sitemap-{n: [0-9]+}.xml")
    @Produces("application/xml")
    @Operation(summary = "One sitemap: up to 50,000 record pages")
    public Response sitemap(@PathParam("n") int n) {
        long first = (long) (n - 1) * URLS_PER_SITEMAP;
        if (n < 1 || (n > 1 && first >= db.read(records::countPublic))) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n");
            for (long offset = first; offset < first + URLS_PER_SITEMAP; offset += BATCH) {
                long from = offset;
                int size = (int) Math.min(BATCH, first + URLS_PER_SITEMAP - offset);
                List<Map.Entry<String, Instant>> page = db.read(tx -> records.publicPage(tx, from, size));
                for (Map.Entry<String, Instant> e : page) {
                    w.write("<url><loc>" + Html.text(settings.baseUrl()) + "/records/" + Html.text(e.getKey())
                            + "</loc><lastmod>" + e.getValue() + "</lastmod></url>\n");
                }
                if (page.size() < size) {
                    break;
                }
            }
            w.write("</urlset>\n");
            w.flush();
        };
        return Response.ok(body, "application/xml").build();
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /oai\nSitemap: " + settings.baseUrl()
                + "/sitemap.xml\n";
    }
}
