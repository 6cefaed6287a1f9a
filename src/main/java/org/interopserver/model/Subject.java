package org.interopserver.model;

public class Subject {
    public String subject;
    public String scheme;
    public String schemeUri;
    public String valueUri;
    public String classificationCode;
    public VocabRef lang;
}
