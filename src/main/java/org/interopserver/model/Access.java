package org.interopserver.model;

/**
 * Who may see the record and its files. {@code status} is the access right that aggregators are told
 * (open, embargoed, restricted, closed, metadata-only); when absent it is derived on write.
 */
public class Access {
    public String record;
    public String files;
    public Embargo embargo;
    public String status;
}
