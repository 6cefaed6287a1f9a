package org.interopserver.integration;

import java.net.URI;

/** Where the DataCite REST API is and the repository account that registers DOIs there. */
public record DataciteAccount(URI apiUrl, String user, String password) {

    /** The password is a secret: never in logs. */
    @Override
    public String toString() {
        return "DataciteAccount[" + apiUrl + ", user " + user + "]";
    }
}
