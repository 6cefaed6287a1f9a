package org.interopserver.model;

public class FileEntry {
    /** File name, unique within the record. */
    public String key;
    public Long size;
    /** {@code algorithm:hex}, e.g. {@code md5:0cc175b9c0f1b6a831c399e269772661}. */
    public String checksum;
    public String mimetype;
    /** Where the bytes can be downloaded. */
    public String url;
}
