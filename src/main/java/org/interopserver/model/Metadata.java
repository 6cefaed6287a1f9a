package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

/** Descriptive metadata: everything DataCite 4.7 can express, in InvenioRDM's field names. */
public class Metadata {
    public ResourceTypeRef resourceType;
    @XmlElementWrapper(name = "creators")
    @XmlElement(name = "creator")
    public List<Creator> creators = new ArrayList<>();
    @XmlElementWrapper(name = "contributors")
    @XmlElement(name = "contributor")
    public List<Creator> contributors = new ArrayList<>();
    public String title;
    /** Language of the main title (a tag such as {@code en}); DataCite's xml:lang on it. */
    public VocabRef titleLang;
    @XmlElementWrapper(name = "additionalTitles")
    @XmlElement(name = "title")
    public List<Title> additionalTitles = new ArrayList<>();
    /** EDTF level 0 date or interval: {@code 2024}, {@code 2024-03}, {@code 2024-03-01}, {@code 2019/2021}. */
    public String publicationDate;
    public Publisher publisher;
    /** Abstract; may contain HTML, which is sanitised wherever it is rendered as a page. */
    public String description;
    /** Language of the main description (a tag such as {@code en}); DataCite's xml:lang on it. */
    public VocabRef descriptionLang;
    @XmlElementWrapper(name = "additionalDescriptions")
    @XmlElement(name = "description")
    public List<Description> additionalDescriptions = new ArrayList<>();
    @XmlElementWrapper(name = "subjects")
    @XmlElement(name = "subject")
    public List<Subject> subjects = new ArrayList<>();
    @XmlElementWrapper(name = "languages")
    @XmlElement(name = "language")
    public List<VocabRef> languages = new ArrayList<>();
    @XmlElementWrapper(name = "dates")
    @XmlElement(name = "date")
    public List<DateEntry> dates = new ArrayList<>();
    /** Alternate identifiers of this record. */
    @XmlElementWrapper(name = "identifiers")
    @XmlElement(name = "identifier")
    public List<Identifier> identifiers = new ArrayList<>();
    @XmlElementWrapper(name = "relatedIdentifiers")
    @XmlElement(name = "relatedIdentifier")
    public List<RelatedIdentifier> relatedIdentifiers = new ArrayList<>();
    @XmlElementWrapper(name = "sizes")
    @XmlElement(name = "size")
    public List<String> sizes = new ArrayList<>();
    @XmlElementWrapper(name = "formats")
    @XmlElement(name = "format")
    public List<String> formats = new ArrayList<>();
    public String version;
    @XmlElementWrapper(name = "rights")
    @XmlElement(name = "right")
    public List<Rights> rights = new ArrayList<>();
    @XmlElementWrapper(name = "funding")
    @XmlElement(name = "award")
    public List<Funding> funding = new ArrayList<>();
    public Locations locations;
    @XmlElementWrapper(name = "references")
    @XmlElement(name = "reference")
    public List<Reference> references = new ArrayList<>();
    @XmlElementWrapper(name = "relatedItems")
    @XmlElement(name = "relatedItem")
    public List<RelatedItem> relatedItems = new ArrayList<>();
}
