package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** A reference to a vocabulary entry by id, as InvenioRDM writes it: {@code {"id": "dataset"}}. */
public class VocabRef {
    @XmlAttribute
    public String id;

    public VocabRef() {
    }

    public VocabRef(String id) {
        this.id = id;
    }
}
