package org.interopserver.model;

/** A licence or rights statement: an SPDX id in lower case ({@code cc-by-4.0}) or a free title with a link. */
public class Rights {
    public String id;
    public I18nText title;
    public I18nText description;
    public String link;
}
