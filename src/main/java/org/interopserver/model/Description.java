package org.interopserver.model;

public class Description {
    public String description;
    /** DataCite description type in lower case: abstract, methods, series-information, table-of-contents, technical-info, other. */
    public VocabRef type;
    public VocabRef lang;
}
