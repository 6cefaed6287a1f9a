package org.interopserver.model;

public class Funding {
    public Funder funder;
    public Award award;
}
