package org.interopserver.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The publisher. InvenioRDM writes it as a plain string, which is accepted on input; it is always written as an
 * object so that DataCite's publisher identifier has a place.
 */
public class Publisher {
    public String name;
    public VocabRef lang;
    @XmlElementWrapper(name = "identifiers")
    @XmlElement(name = "identifier")
    public List<Identifier> identifiers = new ArrayList<>();

    public Publisher() {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Publisher named(String name) {
        Publisher publisher = new Publisher();
        publisher.name = name;
        return publisher;
    }
}
