package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** A funder; {@code id} is its ROR id (the European Commission is {@code 00k4n6c32}). */
public class Funder {
    public String id;
    public String name;
    /** Identifiers in other schemes: crossreffunderid, isni, grid, other. */
    @XmlElementWrapper(name = "identifiers")
    @XmlElement(name = "identifier")
    public List<Identifier> identifiers = new ArrayList<>();
}
