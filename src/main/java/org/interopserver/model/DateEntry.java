package org.interopserver.model;

public class DateEntry {
    /** EDTF level 0 date or interval. */
    public String date;
    /** DataCite date type in lower case: collected, created, valid, … */
    public VocabRef type;
    public String description;
}
