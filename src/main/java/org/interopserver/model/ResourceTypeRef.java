package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** Resource type by vocabulary id, plus the free-text specific type DataCite carries beside the general one. */
public class ResourceTypeRef {
    @XmlAttribute
    public String id;
    @XmlAttribute
    public String specific;

    public ResourceTypeRef() {
    }

    public ResourceTypeRef(String id) {
        this.id = id;
    }
}
