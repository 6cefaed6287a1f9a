package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** An organisation a creator belongs to; {@code id} is its ROR id (e.g. {@code 01ggx4157}). */
public class Affiliation {
    public String id;
    public String name;
    /** Identifiers in schemes other than ROR (ISNI, GRID …). */
    @XmlElementWrapper(name = "identifiers")
    @XmlElement(name = "identifier")
    public List<Identifier> identifiers = new ArrayList<>();
}
