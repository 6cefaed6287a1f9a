package org.interopserver.crosswalk;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.SchemaFactory;

/**
 * XML parsing that cannot be turned against the server: no DOCTYPE at all (so no entity expansion, no external
 * DTD, no XXE), no external entities, no network or file access while parsing. Every document the server reads
 * (canonical XML, imported metadata) goes through {@link #reader()}.
 */
public final class SafeXml {

    private static final SAXParserFactory FACTORY = createFactory();

    private SafeXml() {
    }

    /**
     * A new namespace-aware reader that rejects any document with a DOCTYPE. A new one each time: readers keep
     * handlers and properties of their last user (Saxon's builder, a validator's lexical handler), which must not
     * leak into the next parse.
     */
    public static XMLReader reader() {
        return newReader();
    }

    private static XMLReader newReader() {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
    }

    /** A schema factory that reads schemas from local files only (remote locations are mapped by a catalog). */
    public static SchemaFactory schemaFactory() {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        } catch (SAXException e) {
            throw new IllegalStateException("schema factory cannot be configured safely", e);
        }
        return factory;
    }

    private static SAXParserFactory createFactory() {
        // the JDK's own parser, whatever the application server puts first on the classpath
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
        return factory;
    }
}
