package org.interopserver.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URL;

/**
 * Base of the integration tests that deploy the built war into a real Payara Micro (Arquillian) and talk to it over
 * HTTP as a client would. The server is started with the admin token {@link #ADMIN}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApp {

    protected static final String[] ADMIN = {"Authorization", "Bearer it-admin-token"};

    @ArquillianResource
    protected URL base;
    protected Http http;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
    }

    @BeforeEach
    void client() {
        http = new Http(base.toString());
    }
}
