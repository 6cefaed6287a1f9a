package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

public class RelatedItemIdentifier {
    @XmlValue
    public String identifier;
    /** Related identifier type in lower case, as for related identifiers. */
    @XmlAttribute
    public String scheme;
    @XmlAttribute
    public String relatedMetadataScheme;
    @XmlAttribute
    public String schemeUri;
    @XmlAttribute
    public String schemeType;
}
