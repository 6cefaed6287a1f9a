package org.interopserver.model;

/** Where this record stands among the versions of its concept (1 = first). */
public class Versions {
    public Integer index;
    public Boolean isLatest;
}
