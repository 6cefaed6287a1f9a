/**
 * The shared metadata model: one set of classes, two views.
 * <p>
 * XML (JAXB, element names as the fields are named) is the canonical form that the crosswalks read and
 * {@code xsd/record.xsd} defines; JSON (Jackson, snake_case) is the REST shape, close to InvenioRDM's record.
 * The classes are plain data carriers with public fields: behaviour lives in {@link org.interopserver.model.RecordValidator}
 * and the vocabularies.
 */
@XmlSchema(namespace = ModelXml.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
