package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** A related work described inline (DataCite relatedItem), e.g. the journal an article appeared in. */
public class RelatedItem {
    public ResourceTypeRef resourceType;
    public VocabRef relationType;
    public String relationTypeInformation;
    public RelatedItemIdentifier identifier;
    @XmlElementWrapper(name = "creators")
    @XmlElement(name = "creator")
    public List<Creator> creators = new ArrayList<>();
    @XmlElementWrapper(name = "titles")
    @XmlElement(name = "title")
    public List<Title> titles = new ArrayList<>();
    public String publicationYear;
    public String volume;
    public String issue;
    public ItemNumber number;
    public String firstPage;
    public String lastPage;
    public String publisher;
    public String edition;
    @XmlElementWrapper(name = "contributors")
    @XmlElement(name = "contributor")
    public List<Creator> contributors = new ArrayList<>();
}
