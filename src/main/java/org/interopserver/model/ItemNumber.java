package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** Article, chapter or report number of a related item. */
public class ItemNumber {
    @XmlValue
    public String value;
    /** article, chapter, report, other. */
    @XmlAttribute
    public String type;
}
