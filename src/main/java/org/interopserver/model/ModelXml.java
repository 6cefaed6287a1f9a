package org.interopserver.model;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;

/**
 * The canonical XML view of the model, bound by JAXB and checked against {@code xsd/record.xsd} (packaged at
 * {@code /xsd/record.xsd} on the classpath). Canonical XML is what the crosswalks read.
 */
public final class ModelXml {

    public static final String NAMESPACE = "https://interop-server.org/schema/record/1";
    public static final String SCHEMA_RESOURCE = "/xsd/record.xsd";

    private static final JAXBContext CONTEXT = createContext();
    private static final Schema SCHEMA = loadSchema();
    private static final XMLInputFactory INPUT = safeInputFactory();

    private ModelXml() {
    }

    /** The canonical XML of a record, validated against the model schema on the way out. */
    public static byte[] toXml(Record record) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setSchema(SCHEMA);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            marshaller.marshal(record, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalArgumentException("record does not fit the model schema: " + rootMessage(e), e);
        }
    }

    /** Reads canonical XML, rejecting anything the model schema does not allow, and any DTD or entity. */
    public static Record fromXml(InputStream xml) {
        try {
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            unmarshaller.setSchema(SCHEMA);
            XMLStreamReader reader = INPUT.createXMLStreamReader(xml);
            try {
                return (Record) unmarshaller.unmarshal(reader);
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalArgumentException("not canonical record XML: " + rootMessage(e), e);
        }
    }

    public static Schema schema() {
        return SCHEMA;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : e.toString();
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(Record.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("model classes cannot be bound", e);
        }
    }

    /** No DTDs, hence no entity expansion and no external entities. */
    private static XMLInputFactory safeInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static Schema loadSchema() {
        URL xsd = ModelXml.class.getResource(SCHEMA_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("model schema missing from the classpath: " + SCHEMA_RESOURCE);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the model schema is self-contained: nothing may be fetched while compiling it
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(xsd);
        } catch (Exception e) {
            throw new IllegalStateException("model schema does not compile", e);
        }
    }
}
