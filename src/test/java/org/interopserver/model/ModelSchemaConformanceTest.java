package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlTransient;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java classes and {@code xsd/record.xsd} describe the same model: a record with every field filled in is
 * valid against the schema (nothing in Java lacks a place in the schema), and it uses every element and
 * attribute the schema declares (nothing in the schema lacks a field in Java).
 */
class ModelSchemaConformanceTest {

    private static final Path XSD = Path.of("xsd/record.xsd");
    /** Fields whose schema type is narrower than a string. */
    private static final Map<String, String> TYPED_VALUES = Map.of(
            "created", "2024-01-01T00:00:00Z",
            "updated", "2024-01-02T00:00:00Z",
            "removalDate", "2024-01-03T00:00:00Z",
            "until", "2030-01-01",
            "checksum", "md5:0cc175b9c0f1b6a831c399e269772661");

    @Test
    void everyJavaFieldHasItsPlaceInTheSchema() throws Exception {
        Record full = fullyPopulated(Record.class);
        byte[] xml = ModelXml.toXml(full); // marshalled with the schema set: throws on anything the XSD lacks
        assertTrue(xml.length > 1000);
    }

    @Test
    void everySchemaDeclarationIsUsedByTheJavaModel() throws Exception {
        Set<String> declared = declaredNames();
        Set<String> used = usedNames(ModelXml.toXml(fullyPopulated(Record.class)));
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(used);
        assertEquals(Set.of(), missing, "declared in xsd/record.xsd but not produced by the Java model");
        assertTrue(declared.size() > 80, "the schema parse found too few declarations: " + declared.size());
    }

    @Test
    void canonicalXmlAndJsonRoundTripLosslessly() throws Exception {
        Record full = fullyPopulated(Record.class);
        String json = ModelJson.write(full);
        assertEquals(json, ModelJson.write(ModelJson.read(json, Record.class)));
        Record fromXml = ModelXml.fromXml(new ByteArrayInputStream(ModelXml.toXml(full)));
        assertEquals(json, ModelJson.write(fromXml));
    }

    @Test
    void canonicalXmlWithADtdIsRefused() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE record [<!ENTITY x SYSTEM 'file:///etc/hostname'>]>"
                + "<record xmlns='" + ModelXml.NAMESPACE + "'><id>&x;</id></record>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelXml.fromXml(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not canonical record XML"), e.getMessage());
    }

    @Test
    void jsonNamesAreSnakeCase() throws Exception {
        String json = ModelJson.write(fullyPopulated(Record.class));
        var names = new ArrayList<String>();
        ModelJson.MAPPER.readTree(json).findParents("id"); // parse check
        collectNames(ModelJson.MAPPER.readTree(json), names);
        assertTrue(names.contains("person_or_org") && names.contains("publication_date"));
        assertTrue(names.stream().allMatch(n -> n.matches("[a-z][a-z0-9_]*")), names.toString());
    }

    private static void collectNames(com.fasterxml.jackson.databind.JsonNode node, List<String> names) {
        node.fields().forEachRemaining(e -> {
            names.add(e.getKey());
            collectNames(e.getValue(), names);
        });
        if (node.isArray()) {
            node.forEach(n -> collectNames(n, names));
        }
    }

    private static Set<String> declaredNames() throws Exception {
        Document xsd = parse(java.nio.file.Files.readAllBytes(XSD));
        Set<String> names = new TreeSet<>();
        for (String tag : List.of("element", "attribute")) {
            NodeList nodes = xsd.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                String name = ((Element) nodes.item(i)).getAttribute("name");
                if (!name.isEmpty()) {
                    names.add(tag + ":" + name);
                }
            }
        }
        return names;
    }

    private static Set<String> usedNames(byte[] xml) throws Exception {
        Set<String> names = new TreeSet<>();
        NodeList all = parse(xml).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            names.add("element:" + e.getLocalName());
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getLocalName();
                if (!"http://www.w3.org/2000/xmlns/".equals(attributes.item(a).getNamespaceURI())) {
                    names.add("attribute:" + name);
                }
            }
        }
        return names;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** An instance of {@code type} with every public field set, lists holding one fully populated element. */
    static <T> T fullyPopulated(Class<T> type) throws Exception {
        if (type == I18nText.class) {
            return type.cast(I18nText.of("en", "text"));
        }
        T instance = type.getDeclaredConstructor().newInstance();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(XmlTransient.class)) {
                continue;
            }
            field.set(instance, valueFor(field.getName(), field.getType(), field));
        }
        return instance;
    }

    private static Object valueFor(String name, Class<?> type, Field field) throws Exception {
        if (type == String.class) {
            return TYPED_VALUES.getOrDefault(name, name + "-value");
        }
        if (type == Integer.class) {
            return 3;
        }
        if (type == Long.class) {
            return 42L;
        }
        if (type == Double.class) {
            return 12.5;
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (List.class.isAssignableFrom(type)) {
            Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            list.add(element == String.class ? name + "-item" : fullyPopulated(element));
            return list;
        }
        return fullyPopulated(type);
    }
}
