package org.interopserver.model;

/** Persistent identifiers of the record itself. */
public class Pids {
    public Pid doi;
    public Pid oai;
}
