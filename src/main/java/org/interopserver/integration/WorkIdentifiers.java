package org.interopserver.integration;

import org.interopserver.crosswalk.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ORCID work XML the server reads and adjusts: the {@code self} external identifiers of a work (ORCID's key for
 * duplicates) and the put-code a work needs for an update.
 */
final class WorkIdentifiers {

    private static final String COMMON = "http://www.orcid.org/ns/common";
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?work(?=[\\s>/])");

    private WorkIdentifiers() {
    }

    /** One self identifier: type and value (values compare case-insensitively, as ORCID does). */
    record SelfId(String type, String value) {
        SelfId {
            value = value.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** The work with {@code put-code} on its root element, as ORCID requires for PUT. */
    static String withPutCode(String workXml, String putCode) {
        Matcher root = ROOT.matcher(workXml);
        if (!root.find()) {
            throw new IllegalArgumentException("not an ORCID work document");
        }
        return workXml.substring(0, root.end()) + " put-code=\"" + putCode + "\"" + workXml.substring(root.end());
    }

    /** What the server reads of a work or work summary: its self identifiers and its source's client id. */
    private static final class Summary {
        final List<SelfId> selfIds = new ArrayList<>();
        String sourceClientId;
    }

    /** The self identifiers of one work document. */
    static Set<SelfId> selfIds(String workXml) {
        Summary work = read(workXml).get("");
        return work == null ? Set.of() : new LinkedHashSet<>(work.selfIds);
    }

    /**
     * The put-code of the work in a {@code works} summary (GET /works) written by client {@code clientId} that shares
     * a self identifier with {@code wanted}.
     */
    static Optional<String> matchingPutCode(String worksXml, Set<SelfId> wanted, String clientId) {
        for (Map.Entry<String, Summary> summary : read(worksXml).entrySet()) {
            if (!summary.getKey().isEmpty() && clientId.equals(summary.getValue().sourceClientId)
                    && summary.getValue().selfIds.stream().anyMatch(wanted::contains)) {
                return Optional.of(summary.getKey());
            }
        }
        return Optional.empty();
    }

    /** What each work or work summary holds, by its put-code ("" for a work without one). */
    private static Map<String, Summary> read(String xml) {
        Map<String, Summary> ids = new LinkedHashMap<>();
        XMLReader reader = SafeXml.reader();
        reader.setContentHandler(new DefaultHandler() {
            private final List<String> owners = new ArrayList<>();
            private final StringBuilder text = new StringBuilder();
            private String type;
            private String value;
            private String relationship;
            private boolean inSourceClient;

            private Summary owner() {
                return ids.computeIfAbsent(owners.isEmpty() ? "" : owners.get(owners.size() - 1),
                        k -> new Summary());
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                text.setLength(0);
                if (local.equals("work") || local.equals("work-summary")) {
                    String putCode = atts.getValue("put-code");
                    owners.add(putCode == null ? "" : putCode);
                } else if (COMMON.equals(uri) && local.equals("source-client-id")) {
                    inSourceClient = true;
                } else if (COMMON.equals(uri) && local.equals("external-id")) {
                    type = value = relationship = null;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (local.equals("work") || local.equals("work-summary")) {
                    owners.remove(owners.size() - 1);
                } else if (COMMON.equals(uri)) {
                    switch (local) {
                        case "source-client-id" -> inSourceClient = false;
                        case "path" -> {
                            if (inSourceClient) {
                                owner().sourceClientId = text.toString().strip();
                            }
                        }
                        case "external-id-type" -> type = text.toString().strip();
                        case "external-id-value" -> value = text.toString();
                        case "external-id-relationship" -> relationship = text.toString().strip();
                        case "external-id" -> {
                            if ("self".equals(relationship) && type != null && value != null) {
                                owner().selfIds.add(new SelfId(type, value));
                            }
                        }
                        default -> {
                        }
                    }
                }
                text.setLength(0);
            }
        });
        try {
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("unreadable ORCID XML: " + e.getMessage(), e);
        }
        return ids;
    }
}
