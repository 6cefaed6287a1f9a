package org.interopserver.support;

import org.interopserver.crosswalk.CrosswalkParameters;
import org.interopserver.crosswalk.CrosswalkSource;
import org.interopserver.crosswalk.Crosswalks;
import org.interopserver.crosswalk.FormatRegistry;
import org.interopserver.crosswalk.SchemaValidator;

/** The packaged crosswalks, checked against the official schemas of ../shared/standards, shared by the tests. */
public final class TestCrosswalks {

    public static final CrosswalkParameters PARAMS = new CrosswalkParameters("https://repo.example.org",
            "Example Repository", "repo.example.org", "EXAMPLE.REPO");

    private static Crosswalks official;

    private TestCrosswalks() {
    }

    public static synchronized Crosswalks official() {
        if (official == null) {
            official = Crosswalks.load(CrosswalkSource.classpath(), validator(CrosswalkSource.classpath()), PARAMS);
        }
        return official;
    }

    public static SchemaValidator validator(CrosswalkSource source) {
        return SchemaValidator.load(Fixtures.standardsDir(), FormatRegistry.load(source).schemasByKey());
    }
}
