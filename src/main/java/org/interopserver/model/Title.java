package org.interopserver.model;

public class Title {
    public String title;
    /** alternative-title, subtitle, translated-title, other. */
    public VocabRef type;
    public VocabRef lang;
}
