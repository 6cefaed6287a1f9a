package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

public class Locations {
    @XmlElementWrapper(name = "features")
    @XmlElement(name = "feature")
    public List<Feature> features = new ArrayList<>();
}
