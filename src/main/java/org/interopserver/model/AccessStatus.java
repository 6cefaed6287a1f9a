package org.interopserver.model;

/** The access right a record's settings amount to, as aggregators are told it. */
public final class AccessStatus {

    private AccessStatus() {
    }

    /**
     * restricted: the record itself is hidden; embargoed: files closed until a date; metadata-only: no files;
     * open: files public; otherwise the files are restricted.
     */
    public static String derive(Access access, Files files) {
        if (isRecordRestricted(access)) {
            return "restricted";
        }
        if (access.embargo != null && Boolean.TRUE.equals(access.embargo.active)) {
            return "embargoed";
        }
        if (files == null || files.entries.isEmpty()) {
            return "metadata-only";
        }
        return "public".equals(access.files) ? "open" : "restricted";
    }

    /** Whether the record itself (not only its files) is hidden from the public. */
    public static boolean isRecordRestricted(Access access) {
        return access != null && "restricted".equals(access.record);
    }

    /** A stated status may sharpen "restricted" files to "closed" (no access on request); nothing else may differ. */
    public static boolean compatible(String stated, String derived) {
        return stated.equals(derived) || ("closed".equals(stated) && "restricted".equals(derived));
    }
}
