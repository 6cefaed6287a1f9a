package org.interopserver.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.interopserver.boot.ServerStartup;
import org.interopserver.storage.Database;

/** Ready when start-up is complete and the database answers; live as long as the application is deployed. */
public class DatabaseHealth {

    @ApplicationScoped
    @Readiness
    public static class Ready implements HealthCheck {
        @Inject
        Database database;
        @Inject
        ServerStartup startup;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("database")
                    .status(startup.isStarted() && database.isReachable())
                    .withData("started", startup.isStarted())
                    .withData("type", database.isPostgres() ? "postgresql" : "h2")
                    .build();
        }
    }

    @ApplicationScoped
    @Liveness
    public static class Live implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("interop-server");
        }
    }
}
