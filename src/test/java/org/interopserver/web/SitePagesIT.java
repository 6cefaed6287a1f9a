package org.interopserver.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.model.ModelJson;
import org.interopserver.support.DeployedApp;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Home, search (terms, filters, pages) and community pages of the deployed server. */
class SitePagesIT extends DeployedApp {

    @Test
    void searchMatchesTermsFiltersAndPages() throws Exception {
        assertEquals(201, http.send("POST", "/api/communities", "{\"slug\": \"zebra-lab\", \"title\": \"Zebra lab\"}",
                ADMIN).status());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 23; i++) {
            ObjectNode r = (ObjectNode) ModelJson.MAPPER.readTree(Fixtures.recordJson("minimal"));
            ObjectNode metadata = (ObjectNode) r.get("metadata");
            metadata.put("title", "Zebrafish fin regeneration " + i);
            metadata.put("publication_date", i < 3 ? "2019-05-01" : "2022-01-01");
            metadata.putObject("resource_type").put("id", i == 0 ? "software" : i == 1 ? "publication-article"
                    : "dataset");
            if (i < 5) {
                r.putArray("communities").add("zebra-lab");
            }
            lines.append(r).append('\n');
        }
        Http.Reply loaded = http.sendBytes("POST", "/api/records/_bulk", lines.toString().getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson", ADMIN);
        assertEquals(23, loaded.body().lines().filter(l -> l.contains("\"status\":201")).count(), loaded.body());

        assertEquals("23 records", heading(search("q=zebrafish+regeneration")));
        assertEquals("1 record", heading(search("q=zebrafish&type=software")));
        assertEquals("1 record", heading(search("q=zebrafish&type=publication")), "a general type takes in subtypes");
        assertEquals("3 records", heading(search("q=ZEBRAFISH&year=2019")));
        assertEquals("5 records", heading(search("q=zebrafish&community=zebra-lab")));
        assertEquals("23 records", heading(search("q=zebrafish&access=metadata-only")));
        assertEquals("0 records", heading(search("q=zebrafish+unicorn")));

        Document first = search("q=zebrafish");
        assertEquals(SitePagesResource.PAGE_SIZE, first.select("ol.results li").size());
        String next = first.select("nav[aria-label=Pages] a").attr("href");
        assertTrue(next.contains("page=2"), next);
        Document second = search("q=zebrafish&page=2");
        assertEquals(3, second.select("ol.results li").size());
        assertEquals(400, http.get("/search?page=0").status());
        assertEquals(400, http.get("/search?year=soon").status());

        Document community = Jsoup.parse(http.get("/communities/zebra-lab").body());
        assertEquals("Zebra lab", community.selectFirst("h1").text());
        assertEquals("5 records", community.selectFirst("h2#records").text());
        assertEquals(404, http.get("/communities/no-such-lab").status());

        Http.Reply home = http.get("/");
        assertEquals(200, home.status());
        Document homePage = Jsoup.parse(home.body());
        assertTrue(homePage.select("a[href$=/communities/zebra-lab]").size() == 1, "communities are listed");
        assertEquals(10, homePage.select("ol.results li").size(), "the ten most recent records are listed");
    }

    private Document search(String query) {
        Http.Reply reply = http.get("/search?" + query);
        assertEquals(200, reply.status(), reply.body());
        return Jsoup.parse(reply.body());
    }

    private static String heading(Document page) {
        return page.selectFirst("h2#results").text();
    }
}
