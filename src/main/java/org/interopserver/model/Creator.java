package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** A creator or (with a role) a contributor. */
public class Creator {
    public PersonOrOrg personOrOrg;
    /** Contributors only: DataCite contributor type in lower case, e.g. {@code datacollector}. */
    public VocabRef role;
    @XmlElementWrapper(name = "affiliations")
    @XmlElement(name = "affiliation")
    public List<Affiliation> affiliations = new ArrayList<>();
}
