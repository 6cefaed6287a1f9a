package org.interopserver.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interopserver.model.ModelJson;
import org.interopserver.support.DeployedApp;
import org.interopserver.support.ExternalTool;
import org.interopserver.support.Fixtures;
import org.interopserver.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real browser: headless Chromium from Debian loads them, the test reads the DOM Chromium built and
 * what the pages wrote to the console, and screenshots (phone-sized) are kept under target/screenshots. The record
 * carries hostile markup in its title and description: none of it may run.
 */
class BrowserIT extends DeployedApp {

    static final String HOSTILE_TITLE = "Sea ice <script>console.error('pwned-title')</script> thickness";
    static final String HOSTILE_DESCRIPTION = "<p>Measured <b>daily</b>.</p><script>console.error('pwned-script')"
            + "</script><img src=x onerror=\"console.error('pwned-onerror')\">"
            + "<a href=\"javascript:console.error('pwned-link')\">click</a>";

    /** What Chromium made of a page: the serialised DOM and everything it logged. */
    record Loaded(Document dom, String log) {
    }

    @Test
    void landingSearchAndTombstonePagesRenderWithoutErrorsAndNoHostileMarkupRuns() throws Exception {
        ObjectNode record = (ObjectNode) ModelJson.MAPPER.readTree(Fixtures.recordJson("minimal"));
        ((ObjectNode) record.get("metadata")).put("title", HOSTILE_TITLE).put("description", HOSTILE_DESCRIPTION);
        Http.Reply created = http.send("POST", "/api/records", record.toString(), ADMIN);
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();

        Loaded landing = load("/records/" + id, "landing");
        assertEquals(HOSTILE_TITLE, landing.dom().selectFirst("h1").text());
        assertTrue(landing.dom().title().startsWith(HOSTILE_TITLE));
        assertTrue(landing.dom().select(".creators li").text().contains("Carberry, Josiah"));
        List<Element> scripts = landing.dom().select("script");
        assertEquals(1, scripts.size(), "only the JSON-LD");
        JsonNode jsonLd = ModelJson.MAPPER.readTree(scripts.get(0).data());
        assertEquals("Dataset", jsonLd.get("@type").asText());
        assertTrue(landing.dom().select("img, [onerror]").isEmpty());
        assertNoConsoleOutput(landing);

        Loaded search = load("/search?q=sea+ice+thickness", "search");
        assertTrue(search.dom().select("ol.results a").stream().anyMatch(a -> a.attr("href").endsWith("/records/" + id)),
                "the record is found");
        assertEquals("sea ice thickness", search.dom().selectFirst("input#q").val());
        assertNoConsoleOutput(search);

        assertEquals(200, http.send("DELETE", "/api/records/" + id, "{\"reason\": \"duplicate\"}", ADMIN).status());
        Loaded tombstone = load("/records/" + id, "tombstone");
        assertTrue(tombstone.dom().text().contains("This record was removed on"));
        assertTrue(tombstone.dom().text().contains("duplicate"));
        assertNoConsoleOutput(tombstone);

        Loaded home = load("/", "home");
        assertEquals("en", home.dom().selectFirst("html").attr("lang"));
        assertNoConsoleOutput(home);
    }

    private static void assertNoConsoleOutput(Loaded page) {
        List<String> console = page.log().lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertEquals(List.of(), console, "the page wrote to the console (an error, or hostile markup ran)");
        assertFalse(page.log().contains("pwned"));
    }

    /** Loads the page in headless Chromium: its DOM after loading, its log, and a phone-sized screenshot. */
    private Loaded load(String path, String name) throws Exception {
        String url = base.toString().replace("localhost", "127.0.0.1").replaceAll("/$", "") + path;
        Path screenshots = Files.createDirectories(Fixtures.buildDir().resolve("screenshots"));
        Path log = screenshots.resolve(name + ".log");
        String dom = chromium(List.of("--dump-dom", url), log);
        String screenshotLog = chromium(List.of("--screenshot=" + screenshots.resolve(name + ".png").toAbsolutePath(),
                "--window-size=412,915", "--hide-scrollbars", url), screenshots.resolve(name + "-screenshot.log"));
        assertTrue(Files.size(screenshots.resolve(name + ".png")) > 1000, "a screenshot of " + name + ": "
                + screenshotLog);
        return new Loaded(Jsoup.parse(dom), ExternalTool.read(log));
    }

    private static String chromium(List<String> arguments, Path log) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(Fixtures.buildDir(), "chromium-");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(arguments);
        return ExternalTool.run(command, log, Duration.ofSeconds(90), ".ci/run installs it (apt-get install chromium)");
    }
}
