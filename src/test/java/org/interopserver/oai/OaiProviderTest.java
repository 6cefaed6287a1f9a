package org.interopserver.oai;

import org.interopserver.crosswalk.Format;
import org.interopserver.model.AccessStatus;
import org.interopserver.model.ModelJson;
import org.interopserver.model.Record;
import org.interopserver.publish.HarvestSets;
import org.interopserver.publish.QuerySetService;
import org.interopserver.storage.CommunityStore;
import org.interopserver.storage.HarvestStore;
import org.interopserver.storage.QuerySetStore;
import org.interopserver.storage.RecordStore;
import org.interopserver.storage.ServerStateStore;
import org.interopserver.storage.SetMembershipStore;
import org.interopserver.support.DemoRepository;
import org.interopserver.support.SettableClock;
import org.interopserver.support.TestCrosswalks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.interopserver.support.OaiResponses.errorCode;
import static org.interopserver.support.OaiResponses.parse;
import static org.interopserver.support.OaiResponses.text;
import static org.interopserver.support.OaiResponses.texts;
import static org.interopserver.support.OaiResponses.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OAI-PMH provider over the demo records on H2: every verb, every harvestable format, sets, dates, resumption
 * and every error, each response validated against the official schemas (validation drivers).
 */
class OaiProviderTest {

    static final String BASE = "https://repo.example.org";
    static final String OAI_PREFIX = "oai:demo.interop-server.org:";
    static final int PAGE = 7;

    static DemoRepository demo;
    static OaiProvider oai;
    static List<Record> records;

    @BeforeAll
    static void load() {
        demo = DemoRepository.load(TestCrosswalks.official());
        records = demo.records();
        oai = provider(demo, PAGE, new SettableClock(Instant.parse("2026-03-01T00:00:00Z")));
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    static OaiProvider provider(DemoRepository repository, int pageSize, java.time.Clock clock) {
        String secret = new ServerStateStore().findOrCreate(repository.database(), "oai-token-secret",
                () -> java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k'));
        return new OaiProvider(repository.database(), new HarvestStore(),
                new HarvestSets(new SetMembershipStore(), new QuerySetStore()), new CommunityStore(), new QuerySetStore(),
                TestCrosswalks.official().registry(), new TokenSigner(java.util.Base64.getDecoder().decode(secret)),
                new OaiProvider.Settings(BASE, "Demo Repository", "demo.interop-server.org", "admin@example.org",
                        pageSize), clock);
    }

    static String call(OaiProvider provider, String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        Map<String, String[]> arrays = new LinkedHashMap<>();
        params.forEach((k, v) -> arrays.put(k, v.toArray(String[]::new)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.respond(arrays, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document ok(String... keyValues) {
        Document doc = valid(call(oai, keyValues));
        assertEquals("", errorCode(doc), () -> "unexpected error for " + List.of(keyValues) + ": "
                + text(doc, "/oai:OAI-PMH/oai:error"));
        return doc;
    }

    static List<String> harvestablePrefixes() {
        return TestCrosswalks.official().registry().formats().stream().filter(Format::isHarvestable)
                .map(Format::oaiPrefix).toList();
    }

    static String formatName(String prefix) {
        return TestCrosswalks.official().registry().byOaiPrefix(prefix).orElseThrow().name();
    }

    static boolean isPublic(Record r) {
        return r.tombstone == null && !AccessStatus.isRecordRestricted(r.access);
    }

    /** Walks a whole list, checking cursor and completeListSize on every page; returns identifiers in order. */
    static List<String> walk(OaiProvider provider, String verb, String... args) {
        List<String> ids = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("verb", verb));
        first.addAll(List.of(args));
        Document start = valid(call(provider, first.toArray(String[]::new)));
        if (errorCode(start).equals("noRecordsMatch")) {
            return ids;
        }
        assertEquals("", errorCode(start), () -> text(start, "//oai:error"));
        Document page = start;
        Long size = null;
        while (true) {
            List<String> onPage = texts(page, "//oai:header/oai:identifier");
            String token = text(page, "//oai:resumptionToken");
            boolean hasTokenElement = !texts(page, "//oai:resumptionToken").isEmpty();
            if (hasTokenElement) {
                long cursor = Long.parseLong(text(page, "//oai:resumptionToken/@cursor"));
                long listSize = Long.parseLong(text(page, "//oai:resumptionToken/@completeListSize"));
                assertEquals(ids.size(), cursor, "cursor = records already served");
                assertTrue(cursor + onPage.size() <= listSize, "the page stays within completeListSize");
                if (size != null) {
                    assertTrue(listSize >= size, "completeListSize never shrinks");
                }
                size = listSize;
            }
            ids.addAll(onPage);
            if (token.isEmpty()) {
                if (size != null) {
                    assertEquals(size.longValue(), ids.size(), "the last page ends the list at completeListSize");
                }
                return ids;
            }
            assertTrue(onPage.size() <= PAGE || provider != oai);
            Document next = valid(call(provider, "verb", verb, "resumptionToken", token));
            assertEquals("", errorCode(next), () -> text(next, "//oai:error"));
            page = next;
        }
    }

    @Test
    void identifyDescribesTheRepository() {
        Document doc = ok("verb", "Identify");
        assertEquals(BASE + "/oai", text(doc, "//oai:Identify/oai:baseURL"));
        assertEquals("2.0", text(doc, "//oai:Identify/oai:protocolVersion"));
        assertEquals("persistent", text(doc, "//oai:Identify/oai:deletedRecord"));
        assertEquals("YYYY-MM-DDThh:mm:ssZ", text(doc, "//oai:Identify/oai:granularity"));
        assertEquals(List.of("gzip", "deflate"), texts(doc, "//oai:Identify/oai:compression"));
        assertEquals("admin@example.org", text(doc, "//oai:Identify/oai:adminEmail"));
        assertEquals("2026-01-15T10:00:00Z", text(doc, "//oai:Identify/oai:earliestDatestamp"));
        assertEquals("demo.interop-server.org", text(doc, "//id:oai-identifier/id:repositoryIdentifier"));
        String sample = text(doc, "//id:oai-identifier/id:sampleIdentifier");
        ok("verb", "GetRecord", "identifier", sample, "metadataPrefix", "oai_dc");
        assertEquals("", text(doc, "//oai:request/@metadataPrefix"));
        assertEquals("Identify", text(doc, "//oai:request/@verb"));
    }

    @Test
    void identifyStaysValidWhateverTheConfiguration() {
        OaiProvider.Settings plainHost = new OaiProvider.Settings(BASE, "Demo", "localhost", "admin@example.org", 10);
        OaiProvider provider = new OaiProvider(demo.database(), new HarvestStore(),
                new HarvestSets(new SetMembershipStore(), new QuerySetStore()), new CommunityStore(),
                new QuerySetStore(), TestCrosswalks.official().registry(), new TokenSigner(new byte[32]), plainHost,
                java.time.Clock.systemUTC());
        Document doc = valid(call(provider, "verb", "Identify"));
        assertEquals(0, texts(doc, "//id:oai-identifier").size(), "a repository id that is no domain is not described");
        OaiProvider.Settings badEmail = new OaiProvider.Settings(BASE, "Demo", "localhost", "admin@localhost", 10);
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new OaiProvider(demo.database(), new HarvestStore(),
                        new HarvestSets(new SetMembershipStore(), new QuerySetStore()), new CommunityStore(),
                        new QuerySetStore(), TestCrosswalks.official().registry(), new TokenSigner(new byte[32]),
                        badEmail, java.time.Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("INTEROP_ADMIN_EMAIL"));
    }

    @Test
    void listMetadataFormatsListsTheHarvestableFormatsAndPerRecordOnlyItsOwn() {
        Document all = ok("verb", "ListMetadataFormats");
        assertEquals(harvestablePrefixes(), texts(all, "//oai:metadataPrefix"));
        assertTrue(harvestablePrefixes().containsAll(List.of("oai_dc", "oai_datacite", "datacite", "oai_openaire")));
        for (Record r : records) {
            if (!isPublic(r)) {
                continue;
            }
            Set<String> expected = harvestablePrefixes().stream()
                    .filter(p -> demo.renditions(r.id).containsKey(formatName(p))).collect(Collectors.toSet());
            Document one = ok("verb", "ListMetadataFormats", "identifier", OAI_PREFIX + r.id);
            assertEquals(expected, new HashSet<>(texts(one, "//oai:metadataPrefix")), r.id);
        }
        assertTrue(records.stream().anyMatch(r -> r.pids.doi == null && isPublic(r)),
                "the demo has records without DOI, which have no DataCite formats");
    }

    @Test
    void everyFormatIsHarvestableInFullWithoutDuplicatesAndWithCorrectCounts() {
        for (String prefix : harvestablePrefixes()) {
            Set<String> expected = records.stream().filter(OaiProviderTest::isPublic)
                    .filter(r -> demo.renditions(r.id).containsKey(formatName(prefix)))
                    .map(r -> OAI_PREFIX + r.id).collect(Collectors.toCollection(TreeSet::new));
            List<String> harvested = walk(oai, "ListRecords", "metadataPrefix", prefix);
            assertEquals(harvested.size(), new HashSet<>(harvested).size(), "no duplicates in " + prefix);
            assertEquals(expected, new TreeSet<>(harvested), prefix);
            assertEquals(harvested, walk(oai, "ListIdentifiers", "metadataPrefix", prefix),
                    "ListIdentifiers lists what ListRecords does, in the same order");
        }
    }

    @Test
    void getRecordServesTheStoredRenditionInEveryFormat() {
        for (Record r : records.stream().filter(OaiProviderTest::isPublic).limit(25).toList()) {
            for (String prefix : harvestablePrefixes()) {
                String xml = call(oai, "verb", "GetRecord", "identifier", OAI_PREFIX + r.id, "metadataPrefix", prefix);
                Document doc = valid(xml);
                String stored = demo.renditions(r.id).get(formatName(prefix));
                if (stored == null) {
                    assertEquals("cannotDisseminateFormat", errorCode(doc), r.id + " " + prefix);
                    assertEquals(prefix, text(doc, "//oai:request/@metadataPrefix"), "echoed for this error");
                } else {
                    assertEquals("", errorCode(doc));
                    assertEquals(OAI_PREFIX + r.id, text(doc, "//oai:header/oai:identifier"));
                    String root = stored.replaceFirst("(?s)^<\\?xml.*?\\?>\\s*", "");
                    assertTrue(xml.contains(root.substring(0, Math.min(200, root.length()))),
                            "the stored rendition is served as it is");
                }
            }
        }
    }

    @Test
    void everyListVerbFormatSetAndDateCombinationIsValidAndComplete() {
        Record inCommunity = records.stream().filter(r -> isPublic(r) && !r.communities.isEmpty()).findFirst()
                .orElseThrow();
        String community = "community:" + inCommunity.communities.get(0);
        // the demo records all carry the demo clock's datestamp: these bounds take in all of them, or none
        List<String[]> dates = List.of(new String[0], new String[] {"from", "2026-01-15"},
                new String[] {"until", "2026-01-15T10:00:00Z"},
                new String[] {"from", "2026-01-15T10:00:00Z", "until", "2026-01-15T10:00:00Z"},
                new String[] {"from", "2026-01-15T10:00:01Z"});
        for (String prefix : harvestablePrefixes()) {
            for (String set : java.util.Arrays.asList(null, "type:dataset", community, "openaire")) {
                for (String[] date : dates) {
                    Set<String> expected = records.stream().filter(OaiProviderTest::isPublic)
                            .filter(r -> demo.renditions(r.id).containsKey(formatName(prefix)))
                            .filter(r -> set == null || inSet(r, set))
                            .filter(r -> date.length == 0 || !date[1].equals("2026-01-15T10:00:01Z"))
                            .map(r -> OAI_PREFIX + r.id).collect(Collectors.toCollection(TreeSet::new));
                    List<String> args = new ArrayList<>(List.of("metadataPrefix", prefix));
                    if (set != null) {
                        args.addAll(List.of("set", set));
                    }
                    args.addAll(List.of(date));
                    for (String verb : List.of("ListRecords", "ListIdentifiers")) {
                        List<String> got = walk(oai, verb, args.toArray(String[]::new));
                        assertEquals(expected, new TreeSet<>(got), verb + " " + args);
                        assertEquals(got.size(), new HashSet<>(got).size(), "no duplicates: " + verb + " " + args);
                    }
                }
            }
        }
    }

    static boolean inSet(Record r, String set) {
        if (set.startsWith("community:")) {
            return r.communities.contains(set.substring("community:".length()));
        }
        if (set.equals("openaire")) {
            return "open".equals(r.access.status) && "literature".equals(
                    org.interopserver.model.Vocabularies.resourceType(r.metadata.resourceType.id).openaire());
        }
        return ("type:" + r.metadata.resourceType.id.replace('-', ':') + ":").startsWith(set + ":");
    }

    @Test
    void setsAreListedAndSelectiveHarvestsReturnExactlyTheirMembers() {
        Document sets = ok("verb", "ListSets");
        List<String> specs = texts(sets, "//oai:set/oai:setSpec");
        assertTrue(specs.containsAll(List.of("openaire", "openaire_data", "software", "community", "type",
                "type:dataset", "type:publication", "type:publication:article")), specs.toString());
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (Record r : records.stream().filter(OaiProviderTest::isPublic).toList()) {
            String type = r.metadata.resourceType.id;
            for (String c : r.communities) {
                expected.computeIfAbsent("community:" + c, k -> new TreeSet<>()).add(OAI_PREFIX + r.id);
                expected.computeIfAbsent("community", k -> new TreeSet<>()).add(OAI_PREFIX + r.id);
            }
            expected.computeIfAbsent("type:" + type.replace('-', ':'), k -> new TreeSet<>()).add(OAI_PREFIX + r.id);
            expected.computeIfAbsent("type:" + type.split("-")[0], k -> new TreeSet<>()).add(OAI_PREFIX + r.id);
            if (type.equals("dataset")) {
                expected.computeIfAbsent("openaire_data", k -> new TreeSet<>()).add(OAI_PREFIX + r.id);
            }
            if (type.startsWith("software")) {
                expected.computeIfAbsent("software", k -> new TreeSet<>()).add(OAI_PREFIX + r.id);
            }
        }
        assertTrue(expected.keySet().stream().anyMatch(s -> s.startsWith("community:")));
        for (Map.Entry<String, Set<String>> set : expected.entrySet()) {
            assertTrue(specs.contains(set.getKey()), set.getKey() + " is listed");
            List<String> harvested = walk(oai, "ListIdentifiers", "metadataPrefix", "oai_dc", "set", set.getKey());
            assertEquals(set.getValue(), new TreeSet<>(harvested), set.getKey());
            assertEquals(harvested.size(), new HashSet<>(harvested).size());
        }
        // headers name the sets of the record
        Record article = records.stream().filter(r -> isPublic(r) && !r.communities.isEmpty()).findFirst().orElseThrow();
        Document one = ok("verb", "GetRecord", "identifier", OAI_PREFIX + article.id, "metadataPrefix", "oai_dc");
        assertTrue(texts(one, "//oai:header/oai:setSpec").contains("community:" + article.communities.get(0)));
        // the openaire set: literature with open files only
        for (String id : walk(oai, "ListIdentifiers", "metadataPrefix", "oai_openaire", "set", "openaire")) {
            Record r = records.stream().filter(x -> id.equals(OAI_PREFIX + x.id)).findFirst().orElseThrow();
            assertEquals("open", r.access.status, id);
        }
    }

    @Test
    void everyErrorConditionHasItsCodeAndEchoesTheRequestOnlyWhereAllowed() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("badVerb", new String[] {"verb", "Nonsense"});
        cases.put("badVerb/none", new String[] {"metadataPrefix", "oai_dc"});
        cases.put("badVerb/repeated", new String[] {"verb", "Identify", "verb", "Identify"});
        cases.put("badArgument/illegal", new String[] {"verb", "Identify", "metadataPrefix", "oai_dc"});
        cases.put("badArgument/unknown", new String[] {"verb", "ListSets", "colour", "red"});
        cases.put("badArgument/repeated", new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc",
            "metadataPrefix", "oai_dc"});
        cases.put("badArgument/missing", new String[] {"verb", "ListRecords"});
        cases.put("badArgument/missing-id", new String[] {"verb", "GetRecord", "metadataPrefix", "oai_dc"});
        cases.put("badArgument/exclusive", new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc",
            "resumptionToken", "x.y"});
        cases.put("badArgument/date", new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from",
            "2026-13-01"});
        cases.put("badArgument/date-format", new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc", "from",
            "2026-01-01T00:00Z"});
        cases.put("badArgument/granularities", new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc",
            "from", "2026-01-01", "until", "2026-02-01T00:00:00Z"});
        cases.put("badArgument/from-after-until", new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
            "from", "2026-02-01", "until", "2026-01-01"});
        cases.put("badResumptionToken/junk", new String[] {"verb", "ListRecords", "resumptionToken", "junk"});
        cases.put("cannotDisseminateFormat", new String[] {"verb", "ListRecords", "metadataPrefix", "nope"});
        cases.put("cannotDisseminateFormat/get", new String[] {"verb", "GetRecord", "metadataPrefix", "nope",
            "identifier", OAI_PREFIX + records.get(0).id});
        cases.put("idDoesNotExist", new String[] {"verb", "GetRecord", "metadataPrefix", "oai_dc",
            "identifier", OAI_PREFIX + "nothere"});
        cases.put("idDoesNotExist/foreign", new String[] {"verb", "GetRecord", "metadataPrefix", "oai_dc",
            "identifier", "oai:elsewhere.org:" + records.get(0).id});
        cases.put("idDoesNotExist/formats", new String[] {"verb", "ListMetadataFormats", "identifier", "nothere"});
        cases.put("noRecordsMatch/future", new String[] {"verb", "ListRecords", "metadataPrefix", "oai_dc",
            "from", "2099-01-01"});
        cases.put("noRecordsMatch/past", new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
            "until", "2000-01-01T00:00:00Z"});
        cases.put("noRecordsMatch/unknown-set", new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
            "set", "no-such-set"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Document doc = valid(call(oai, c.getValue()));
            String code = c.getKey().split("/")[0];
            assertEquals(code, errorCode(doc), c.getKey());
            boolean bare = code.equals("badVerb") || code.equals("badArgument");
            assertEquals(bare ? "" : text(doc, "//oai:request/@verb"), text(doc, "//oai:request/@verb"));
            if (bare) {
                assertTrue(parse(call(oai, c.getValue())).getElementsByTagNameNS("*", "request").item(0)
                        .getAttributes().getLength() == 0, c.getKey() + ": no attributes for " + code);
            } else {
                assertFalse(text(doc, "//oai:request/@verb").isEmpty(), c.getKey() + ": request echoed");
            }
            assertEquals(BASE + "/oai", text(doc, "//oai:request"));
        }
    }

    @Test
    void resumptionTokensAreSignedBoundToTheirVerbAndSurviveARestart() {
        Document first = ok("verb", "ListRecords", "metadataPrefix", "oai_dc");
        String token = text(first, "//oai:resumptionToken");
        assertFalse(token.isEmpty());
        // another provider on the same database: another node, or this one after a restart
        OaiProvider restarted = provider(demo, PAGE, new SettableClock(Instant.parse("2026-03-02T00:00:00Z")));
        Document second = valid(call(restarted, "verb", "ListRecords", "resumptionToken", token));
        assertEquals("", errorCode(second));
        assertEquals(ok("verb", "ListRecords", "resumptionToken", token).getElementsByTagNameNS("*", "identifier")
                .item(0).getTextContent(), second.getElementsByTagNameNS("*", "identifier").item(0).getTextContent());

        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String[] payload = token.split("\\.");
        String alteredPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(payload[0]), StandardCharsets.UTF_8)
                        .replace("\t7\t", "\t0\t").getBytes(StandardCharsets.UTF_8)) + "." + payload[1];
        byte[] otherSecret = new byte[32];
        new SecureRandom().nextBytes(otherSecret);
        String foreign = new TokenSigner(otherSecret).sign(new String(java.util.Base64.getUrlDecoder()
                .decode(payload[0]), StandardCharsets.UTF_8));
        for (String bad : List.of(tampered, token.substring(0, token.length() / 2), alteredPayload, foreign,
                token + "." + token, "", "%%%")) {
            Document doc = valid(call(oai, "verb", "ListRecords", "resumptionToken", bad));
            assertEquals("badResumptionToken", errorCode(doc), bad);
        }
        assertEquals("badResumptionToken", errorCode(valid(call(oai, "verb", "ListIdentifiers", "resumptionToken",
                token))), "a ListRecords token is not a ListIdentifiers token");
    }

    @Test
    void datesAreInclusiveInBothGranularities() {
        SettableClock clock = new SettableClock(Instant.parse("2026-05-01T08:00:00Z"));
        try (DemoRepository repo = DemoRepository.empty(TestCrosswalks.official(), clock)) {
            OaiProvider provider = provider(repo, 3, clock);
            Record template = records.stream().filter(OaiProviderTest::isPublic).findFirst().orElseThrow();
            List<String> ids = new ArrayList<>();
            for (String at : List.of("2026-05-01T08:00:00Z", "2026-05-01T23:59:59Z", "2026-05-02T00:00:00Z",
                    "2026-05-03T12:00:00Z")) {
                clock.set(Instant.parse(at));
                ids.add(repo.publisher().create(fresh(template)).id);
            }
            assertEquals(ids.subList(0, 2), ids(walk(provider, "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "from", "2026-05-01", "until", "2026-05-01")));
            assertEquals(ids.subList(1, 3), ids(walk(provider, "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "from", "2026-05-01T23:59:59Z", "until", "2026-05-02T00:00:00Z")));
            assertEquals(ids.subList(2, 4), ids(walk(provider, "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "from", "2026-05-02")));
            assertEquals(ids.subList(0, 1), ids(walk(provider, "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "until", "2026-05-01T08:00:00Z")));
        }
    }

    @Test
    void deletionsRestrictionsAndSetChangesReachHarvestersAsDeletedHeaders() {
        SettableClock clock = new SettableClock(Instant.parse("2026-06-01T00:00:00Z"));
        try (DemoRepository repo = DemoRepository.load(TestCrosswalks.official(), clock)) {
            OaiProvider provider = provider(repo, 50, clock);
            List<Record> live = repo.records().stream().filter(OaiProviderTest::isPublic)
                    .filter(r -> !r.communities.isEmpty()).toList();
            Record deleted = live.get(0);
            Record restricted = live.get(1);
            Record moved = live.get(2);
            String community = moved.communities.get(0);
            clock.set(Instant.parse("2026-06-02T00:00:00Z"));
            repo.publisher().delete(deleted.id, "withdrawn by the authors", null);
            clock.set(Instant.parse("2026-06-03T00:00:00Z"));
            Record r = ModelJson.copy(restricted);
            r.access.record = "restricted";
            r.access.status = null;
            repo.publisher().update(restricted.id, r, null);
            clock.set(Instant.parse("2026-06-04T00:00:00Z"));
            repo.publisher().changeCommunities(moved.id, list -> {
                list.remove(community);
                return list;
            });

            Document changes = valid(call(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc",
                    "from", "2026-06-02"));
            assertEquals(List.of(OAI_PREFIX + deleted.id, OAI_PREFIX + restricted.id, OAI_PREFIX + moved.id),
                    texts(changes, "//oai:header/oai:identifier"));
            assertEquals(List.of("deleted", "deleted", ""), List.of(
                    text(changes, "//oai:record[1]/oai:header/@status"),
                    text(changes, "//oai:record[2]/oai:header/@status"),
                    text(changes, "//oai:record[3]/oai:header/@status")),
                    "deleted and restricted: deleted headers; the record that left a community is still public");
            assertEquals("2026-06-02T00:00:00Z", text(changes, "//oai:record[1]/oai:header/oai:datestamp"),
                    "the deletion date");
            assertEquals(0, texts(changes, "//oai:record[1]/oai:metadata").size());

            Document inSet = valid(call(provider, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "set", "community:" + community, "from", "2026-06-04"));
            assertEquals(List.of(OAI_PREFIX + moved.id), texts(inSet, "//oai:header/oai:identifier"));
            assertEquals("deleted", text(inSet, "//oai:header/@status"), "left the set: deleted for its harvesters");

            Document tomb = valid(call(provider, "verb", "GetRecord", "identifier", OAI_PREFIX + deleted.id,
                    "metadataPrefix", "oai_datacite"));
            assertEquals("deleted", text(tomb, "//oai:header/@status"), "a tombstone in every format");
            assertEquals("noMetadataFormats", errorCode(valid(call(provider, "verb", "ListMetadataFormats",
                    "identifier", OAI_PREFIX + deleted.id))));
        }
    }

    @Test
    void querySetsAreLiveAndMembersThatLeaveAreDeletedInTheSet() {
        SettableClock clock = new SettableClock(Instant.parse("2026-07-01T00:00:00Z"));
        try (DemoRepository repo = DemoRepository.load(TestCrosswalks.official(), clock)) {
            OaiProvider provider = provider(repo, 50, clock);
            QuerySetService service = new QuerySetService(repo.database(), new QuerySetStore(), new RecordStore(),
                    repo.publisher(), clock);
            clock.set(Instant.parse("2026-07-02T00:00:00Z"));
            var filter = ModelJson.MAPPER.createObjectNode().put("field", "metadata.resource_type.id")
                    .put("equals", "dataset");
            QuerySetService.Result made = service.define("datasets-only", "Datasets", "all datasets", filter, true);
            Set<String> datasets = repo.records().stream().filter(OaiProviderTest::isPublic)
                    .filter(r -> r.metadata.resourceType.id.equals("dataset")).map(r -> OAI_PREFIX + r.id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(datasets.size(), made.changedRecords());
            assertTrue(texts(valid(call(provider, "verb", "ListSets")), "//oai:setSpec").contains("datasets-only"));
            assertEquals(datasets, new TreeSet<>(walk(provider, "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "set", "datasets-only")));
            assertEquals(datasets, new TreeSet<>(texts(valid(call(provider, "verb", "ListIdentifiers",
                    "metadataPrefix", "oai_dc", "from", "2026-07-02")), "//oai:header/oai:identifier")),
                    "joining a set is a change harvesters see");

            clock.set(Instant.parse("2026-07-03T00:00:00Z"));
            var software = ModelJson.MAPPER.createObjectNode().put("field", "metadata.resource_type.id")
                    .put("equals", "software");
            service.define("datasets-only", "Datasets", null, software, false);
            Document after = valid(call(provider, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
                    "set", "datasets-only", "from", "2026-07-03"));
            List<String> statuses = texts(after, "//oai:header[@status='deleted']/oai:identifier");
            assertEquals(datasets, new TreeSet<>(statuses), "former members are deleted in the set");
            assertNotEquals(0, texts(after, "//oai:header[not(@status)]").size(), "new members are in it");
        }
    }

    static List<String> ids(List<String> oaiIds) {
        return oaiIds.stream().map(s -> s.substring(OAI_PREFIX.length())).toList();
    }

    static Record fresh(Record template) {
        Record r = ModelJson.copy(template);
        r.id = null;
        r.parent = null;
        r.versions = null;
        r.pids = null;
        r.communities = new ArrayList<>();
        r.links = null;
        return r;
    }
}
