package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** An identifier with its scheme, e.g. {@code {"scheme": "orcid", "identifier": "0000-0002-1825-0097"}}. */
public class Identifier {
    @XmlAttribute
    public String scheme;
    @XmlAttribute
    public String schemeUri;
    @XmlValue
    public String identifier;

    public Identifier() {
    }

    public Identifier(String scheme, String identifier) {
        this.scheme = scheme;
        this.identifier = identifier;
    }
}
