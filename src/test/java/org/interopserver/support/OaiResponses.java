package org.interopserver.support;

import org.interopserver.crosswalk.SchemaValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whole OAI-PMH responses checked against the official schemas through the validation drivers of
 * ../shared/standards (OpenAIRE needs a driver of its own), and read with XPath.
 */
public final class OaiResponses {

    private static final Map<String, String> NS = Map.of("oai", "http://www.openarchives.org/OAI/2.0/",
            "dc", "http://purl.org/dc/elements/1.1/", "id", "http://www.openarchives.org/OAI/2.0/oai-identifier");
    private static SchemaValidator drivers;

    private OaiResponses() {
    }

    private static synchronized SchemaValidator drivers() {
        if (drivers == null) {
            drivers = SchemaValidator.load(Fixtures.standardsDir(), Map.of(
                    "oai", List.of("validation-drivers/oai-pmh-with-dc-datacite-marc.xsd"),
                    "oai-openaire", List.of("validation-drivers/oai-pmh-with-openaire.xsd")));
        }
        return drivers;
    }

    /** Fails unless the response is valid OAI-PMH with valid metadata; returns it parsed. */
    public static Document valid(String xml) {
        String driver = xml.contains("http://namespace.openaire.eu/schema/oaire/") ? "oai-openaire" : "oai";
        List<String> errors = drivers().validate(driver, xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), errors, () -> "schema errors in\n" + xml.substring(0, Math.min(xml.length(), 3000)));
        return parse(xml);
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    public static String text(Node doc, String xpath) {
        try {
            return (String) xpath().evaluate(xpath, doc, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    public static List<String> texts(Node doc, String xpath) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The error code of an error response, or "" when there is none. */
    public static String errorCode(Node doc) {
        return text(doc, "/oai:OAI-PMH/oai:error/@code");
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.get(prefix);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }
}
