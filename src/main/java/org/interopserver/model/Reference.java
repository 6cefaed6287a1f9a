package org.interopserver.model;

/** A bibliographic reference of the work, as free text with an optional identifier. */
public class Reference {
    public String reference;
    public String identifier;
    public String scheme;
}
