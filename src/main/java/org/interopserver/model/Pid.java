package org.interopserver.model;

/** One persistent identifier and who manages it ({@code datacite}, {@code external}, {@code oai}). */
public class Pid {
    public String identifier;
    public String provider;
    public String client;

    public Pid() {
    }

    public Pid(String identifier, String provider) {
        this.identifier = identifier;
        this.provider = provider;
    }
}
