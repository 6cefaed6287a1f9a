package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

public class PersonOrOrg {
    /** {@code personal} or {@code organizational}. */
    public String type;
    /** Display name; for persons "Family, Given" when not given. */
    public String name;
    public String givenName;
    public String familyName;
    /** Language of the name (a tag such as {@code ja}); DataCite's xml:lang on creatorName. */
    public VocabRef lang;
    @XmlElementWrapper(name = "identifiers")
    @XmlElement(name = "identifier")
    public List<Identifier> identifiers = new ArrayList<>();
}
