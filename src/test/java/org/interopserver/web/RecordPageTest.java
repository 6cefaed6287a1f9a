package org.interopserver.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.interopserver.crosswalk.Format;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.model.FileEntry;
import org.interopserver.model.Files;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Pid;
import org.interopserver.model.Record;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.Fixtures;
import org.interopserver.support.TestCrosswalks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The landing page HTML and the Signposting links, from records published through the real write path. */
class RecordPageTest {

    static final String BASE = "https://repo.example.org";
    static final FormatRegistry REGISTRY = TestCrosswalks.official().registry();

    @Test
    void hostileMetadataIsShownAsTextAndNeverRuns() throws Exception {
        try (DemoRepository repo = DemoRepository.empty(TestCrosswalks.official())) {
            Record input = Fixtures.record("minimal");
            input.metadata.title = "Evil </script><script>alert('title')</script> <img src=x onerror=alert(1)>";
            input.metadata.description = "<p>Fine <b>bold</b> <a href=\"javascript:alert(2)\">link</a>"
                    + " <a href=\"https://example.org/\">ok</a></p><script>alert(3)</script>"
                    + "<img src=x onerror=\"alert(4)\"><iframe src=\"https://evil.example\"></iframe>";
            Record r = repo.publisher().create(input);
            String schemaOrg = repo.renditions(r.id).get("schemaorg");
            String html = RecordPage.landing(BASE, "Repo", r, schemaOrg, List.of(), List.of());

            Document page = Jsoup.parse(html);
            List<Element> scripts = page.select("script");
            assertEquals(1, scripts.size(), "the JSON-LD is the only script element: " + scripts);
            assertEquals("application/ld+json", scripts.get(0).attr("type"));
            JsonNode embedded = ModelJson.MAPPER.readTree(scripts.get(0).data());
            assertEquals(ModelJson.MAPPER.readTree(schemaOrg), embedded, "the JSON-LD means what the rendition says");
            assertTrue(embedded.has("@type"));
            assertEquals(input.metadata.title, page.selectFirst("h1").text(), "the title is text, not markup");
            assertTrue(page.select("[onerror], iframe, img").isEmpty(), "no event handlers, frames or images");
            assertTrue(page.select("a[href^=javascript]").isEmpty(), "no javascript: links");
            assertEquals("https://example.org/", page.select("section a").attr("href"), "a safe link survives");
            assertEquals("bold", page.select("section b").text(), "basic formatting survives");
            assertFalse(page.body().html().contains("alert(3)"),
                    "the description's script element is gone from the page, text and all");
        }
    }

    @Test
    void thePageHasTheRecordItsCitationTagsAndLandmarks() {
        try (DemoRepository repo = DemoRepository.empty(TestCrosswalks.official())) {
            Record input = Fixtures.record("minimal");
            input.pids = new org.interopserver.model.Pids();
            input.pids.doi = new Pid("10.5072/page-test", "external");
            input.files = new Files();
            input.files.enabled = true;
            FileEntry pdf = new FileEntry();
            pdf.key = "paper.pdf";
            pdf.size = 123_456L;
            pdf.checksum = "md5:0123456789abcdef0123456789abcdef";
            pdf.mimetype = "application/pdf";
            pdf.url = "https://files.example.org/paper.pdf";
            input.files.entries.add(pdf);
            Record r = repo.publisher().create(input);
            List<Format> exports = REGISTRY.formats().stream()
                    .filter(f -> repo.renditions(r.id).containsKey(f.name())).toList();
            Document page = Jsoup.parse(RecordPage.landing(BASE, "Repo", r, repo.renditions(r.id).get("schemaorg"),
                    exports, List.of()));
            assertEquals("en", page.selectFirst("html").attr("lang"));
            assertEquals(1, page.select("header").size());
            assertEquals(1, page.select("main").size());
            assertEquals(1, page.select("footer").size());
            assertEquals(r.metadata.title, meta(page, "citation_title"));
            assertEquals("Carberry, Josiah", meta(page, "citation_author"));
            assertEquals("2021/08/14", meta(page, "citation_publication_date"));
            assertEquals("10.5072/page-test", meta(page, "citation_doi"));
            assertEquals(pdf.url, meta(page, "citation_pdf_url"));
            assertTrue(page.select("a[href=https://orcid.org/0000-0002-1825-0097]").size() == 1, "ORCID link");
            assertTrue(page.select("a[href=https://ror.org/01ggx4157]").size() == 1, "ROR link");
            assertTrue(page.text().contains("123.5 KB"), "file size");
            assertTrue(page.text().contains(pdf.checksum), "checksum");
            assertTrue(page.selectFirst(".citation").text().endsWith("https://doi.org/10.5072/page-test"));
            assertEquals(exports.size(), page.select("a[href*=/export/]").size(), "a link to every export");
        }
    }

    @Test
    void signpostingNamesCiteAsDescriptionsTypesAuthorsLicenceItemsAndTheLinkset() throws Exception {
        try (DemoRepository repo = DemoRepository.load(TestCrosswalks.official())) {
            Record r = repo.records().stream().filter(x -> x.pids.doi != null && x.files != null
                    && !x.files.entries.isEmpty() && !x.metadata.rights.isEmpty() && x.tombstone == null)
                    .findFirst().orElseThrow();
            List<String> formats = List.copyOf(repo.renditions(r.id).keySet());
            List<Signposting.Link> links = Signposting.links(BASE, r, formats, REGISTRY);
            Map<String, List<Signposting.Link>> byRel = links.stream()
                    .collect(java.util.stream.Collectors.groupingBy(Signposting.Link::rel));
            assertEquals("https://doi.org/" + r.pids.doi.identifier, byRel.get("cite-as").get(0).href());
            assertTrue(byRel.get("describedby").stream().anyMatch(l -> l.type().equals("application/ld+json")));
            assertTrue(byRel.get("describedby").stream()
                    .anyMatch(l -> l.type().equals("application/vnd.datacite.datacite+xml")));
            assertTrue(byRel.get("type").stream().anyMatch(l -> l.href().equals("https://schema.org/AboutPage")));
            assertEquals(r.files.entries.size(), byRel.get("item").size());
            assertFalse(byRel.get("license").isEmpty());
            assertEquals(2, byRel.get("linkset").size());
            String header = Signposting.header(links);
            assertTrue(header.contains("rel=\"cite-as\""));
            JsonNode linkset = ModelJson.MAPPER.readTree(Signposting.linksetJson(BASE + "/records/" + r.id, links));
            assertEquals(BASE + "/records/" + r.id, linkset.at("/linkset/0/anchor").asText());
            assertEquals(byRel.get("item").size(), linkset.at("/linkset/0/item").size());
            assertTrue(Signposting.linksetText(BASE + "/records/" + r.id, links)
                    .contains("rel=\"cite-as\"; anchor=\"" + BASE + "/records/" + r.id + "\""));
        }
    }

    private static String meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").attr("content");
    }
}
