package org.interopserver.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.ArrayList;
import java.util.List;

public class Award {
    public String number;
    public I18nText title;
    public String acronym;
    /** Funding programme, e.g. {@code H2020} or {@code HE}; OpenAIRE builds its project reference from it. */
    public String program;
    /** Typically {@code {"scheme": "url", "identifier": "https://cordis.europa.eu/project/id/…"}}. */
    @XmlElementWrapper(name = "identifiers")
    @XmlElement(name = "identifier")
    public List<Identifier> identifiers = new ArrayList<>();
}
