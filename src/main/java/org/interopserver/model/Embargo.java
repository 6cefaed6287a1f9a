package org.interopserver.model;

public class Embargo {
    public Boolean active;
    /** ISO date (YYYY-MM-DD) on which the files become open. */
    public String until;
    public String reason;
}
