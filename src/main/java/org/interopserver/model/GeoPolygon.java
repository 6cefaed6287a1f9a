package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** A closed ring (first point repeated last), with an optional point known to lie inside. */
public class GeoPolygon {
    @XmlElementWrapper(name = "points")
    @XmlElement(name = "point")
    public List<GeoPoint> points = new ArrayList<>();
    public GeoPoint inPolygonPoint;
}
