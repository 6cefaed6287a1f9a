package org.interopserver.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.model.ModelJson;
import org.interopserver.support.DeployedApp;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Record URLs of the deployed server: the page, its headers, negotiated exports, linksets, DOIs, tombstones, sitemaps. */
class RecordPagesIT extends DeployedApp {

    private String create(String doi) throws Exception {
        ObjectNode record = (ObjectNode) ModelJson.MAPPER.readTree(Fixtures.recordJson("minimal"));
        record.putObject("pids").putObject("doi").put("identifier", doi).put("provider", "external");
        record.putObject("files").put("enabled", true).putArray("entries").addObject().put("key", "data.csv")
                .put("size", 2048).put("checksum", "md5:0123456789abcdef0123456789abcdef")
                .put("mimetype", "text/csv").put("url", "https://files.example.org/data.csv");
        ((ObjectNode) record.get("metadata")).putArray("rights").addObject().put("id", "cc-by-4.0");
        Http.Reply created = http.send("POST", "/api/records", record.toString(), ADMIN);
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }

    @Test
    void thePageCarriesSignpostingAndNegotiatesExports() throws Exception {
        String id = create("10.5072/pages-it.1");
        Http.Reply page = http.get("/records/" + id, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.header("Vary").contains("Accept"));
        String link = page.header("Link");
        for (String rel : new String[] {"cite-as", "describedby", "type", "author", "license", "item", "linkset"}) {
            assertTrue(link.contains("rel=\"" + rel + "\""), rel + " in " + link);
        }
        assertTrue(link.contains("<https://doi.org/10.5072/pages-it.1>; rel=\"cite-as\""));
        assertTrue(link.contains("<https://orcid.org/0000-0002-1825-0097>; rel=\"author\""));
        assertTrue(link.contains("<https://files.example.org/data.csv>; rel=\"item\"; type=\"text/csv\""));
        Document html = Jsoup.parse(page.body());
        assertTrue(ModelJson.MAPPER.readTree(html.selectFirst("script[type=application/ld+json]").data()).has("@type"));

        Http.Reply datacite = http.get("/records/" + id, "Accept", "application/vnd.datacite.datacite+xml");
        assertEquals(200, datacite.status());
        assertTrue(datacite.body().contains("10.5072/pages-it.1"));
        assertTrue(datacite.header("Vary").contains("Accept"));
        Http.Reply jsonld = http.get("/records/" + id, "Accept", "application/ld+json");
        assertEquals("application/ld+json", jsonld.header("Content-Type").split(";")[0]);

        JsonNode linkset = http.get("/records/" + id + "/linkset").json();
        assertTrue(linkset.at("/linkset/0/anchor").asText().endsWith("/records/" + id));
        assertEquals("https://doi.org/10.5072/pages-it.1", linkset.at("/linkset/0/cite-as/0/href").asText());
        Http.Reply text = http.get("/records/" + id + "/linkset", "Accept", "application/linkset");
        assertEquals("application/linkset", text.header("Content-Type").split(";")[0]);
        assertTrue(text.body().contains("rel=\"cite-as\"; anchor="));
    }

    @Test
    void doisResolveDeletedRecordsAreGoneAndUnknownOnesAreNotFound() throws Exception {
        String id = create("10.5072/pages-it.2");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> resolved = client.send(HttpRequest.newBuilder(URI.create(base + "doi/10.5072/PAGES-IT.2"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, resolved.statusCode());
        assertTrue(resolved.headers().firstValue("Location").orElse("").endsWith("/records/" + id));

        assertEquals(200, http.send("DELETE", "/api/records/" + id, "{\"reason\": \"withdrawn\"}", ADMIN).status());
        Http.Reply gone = http.get("/records/" + id);
        assertEquals(410, gone.status());
        Document tombstone = Jsoup.parse(gone.body());
        assertTrue(tombstone.text().contains("withdrawn"), "the reason");
        assertTrue(tombstone.selectFirst(".citation").text().contains("https://doi.org/10.5072/pages-it.2"));
        assertTrue(gone.header("Link").contains("rel=\"cite-as\""));
        assertEquals(303, client.send(HttpRequest.newBuilder(URI.create(base + "doi/10.5072/pages-it.2")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the DOI keeps resolving, to the tombstone");

        Http.Reply unknown = http.get("/records/zzzzz-zzzzz");
        assertEquals(404, unknown.status());
        assertTrue(unknown.header("Content-Type").startsWith("text/html"));
        assertEquals(404, http.get("/doi/10.5072/nothing-here").status());
    }

    @Test
    void sitemapsListEveryPublicRecordAndRobotsPointToThem() throws Exception {
        String id = create("10.5072/pages-it.3");
        String index = http.get("/sitemap.xml").body();
        assertTrue(index.contains("<sitemapindex"));
        assertTrue(index.contains("/sitemap-1.xml</loc>"));
        String sitemap = http.get("/sitemap-1.xml").body();
        assertTrue(sitemap.contains("/records/" + id + "</loc><lastmod>"), "the new record is listed");
        assertEquals(404, http.get("/sitemap-9999.xml").status());
        assertTrue(http.get("/robots.txt").body().contains("Sitemap: "));
    }
}
