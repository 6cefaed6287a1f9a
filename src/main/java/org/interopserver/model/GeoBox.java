package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;

public class GeoBox {
    @XmlAttribute
    public Double west;
    @XmlAttribute
    public Double east;
    @XmlAttribute
    public Double south;
    @XmlAttribute
    public Double north;
}
