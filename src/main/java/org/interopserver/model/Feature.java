package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * One geo location: a place name and any of a point, a bounding box and polygons — the shape of DataCite's
 * geoLocation, which one GeoJSON geometry could not hold.
 */
public class Feature {
    public String place;
    public String description;
    public GeoPoint point;
    public GeoBox box;
    @XmlElementWrapper(name = "polygons")
    @XmlElement(name = "polygon")
    public List<GeoPolygon> polygons = new ArrayList<>();
}
