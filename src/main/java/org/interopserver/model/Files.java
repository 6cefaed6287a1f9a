package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** The files of a record. A list rather than InvenioRDM's key-indexed map, so both views share one shape. */
public class Files {
    public Boolean enabled;
    @XmlElementWrapper(name = "entries")
    @XmlElement(name = "entry")
    public List<FileEntry> entries = new ArrayList<>();
}
