package org.interopserver.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A research record: what the repository stores one revision of, and every format is made from. */
@XmlRootElement(name = "record")
public class Record {
    /** Short stable id assigned by the server. */
    public String id;
    public Pids pids;
    /** The concept (all versions) this record is one version of. */
    public Parent parent;
    public Versions versions;
    public Metadata metadata;
    public Access access;
    public Files files;
    @XmlElementWrapper(name = "communities")
    @XmlElement(name = "community")
    public List<String> communities = new ArrayList<>();
    public String created;
    public String updated;
    public Integer revisionId;
    /** Present only when the record was deleted. */
    public Tombstone tombstone;
    /** REST navigation only; never part of the canonical XML. */
    @XmlTransient
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Map<String, String> links;
    /**
     * REST responses only, never stored or rendered: how far DataCite and ORCID have the record (see the
     * integration package).
     */
    @XmlTransient
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public Map<String, Object> sync;
}
