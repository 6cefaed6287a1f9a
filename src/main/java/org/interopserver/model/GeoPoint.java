package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;

public class GeoPoint {
    @XmlAttribute
    public Double lat;
    @XmlAttribute
    public Double lon;

    public GeoPoint() {
    }

    public GeoPoint(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
    }
}
