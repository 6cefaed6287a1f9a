# Interop Server container image.
#   docker build -t interop-server .
#   docker run -p 8080:8080 -v interop-data:/data interop-server
# To validate every rendition against the official schemas (recommended), mount a folder of them with their
# catalog.xml (the layout of shared/standards) and name it:
#   docker run … -v /path/to/standards:/schemas:ro -e INTEROP_SCHEMA_DIR=/schemas interop-server
# Configuration is read from INTEROP_* environment variables (see README.md); Payara Micro options such as
# --port can be appended to `docker run … interop-server`.

# --- stage 1: build the runnable jar (Payara Micro with the application baked in) ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

# --- stage 2: run it ---
FROM eclipse-temurin:17-jre

# curl for the health check; nothing else is needed at run time
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 interop \
    && useradd --system --uid 10001 --gid interop --home-dir /app --no-create-home --shell /usr/sbin/nologin interop \
    && mkdir -p /app /data \
    && chown interop:interop /data

COPY --from=build /src/target/interop-server.jar /app/interop-server.jar

# the embedded H2 database lives here unless INTEROP_DB_URL points at PostgreSQL
ENV INTEROP_DATA_DIR=/data
VOLUME /data

WORKDIR /app
EXPOSE 8080

# ready = migrations done, admin token present, database reachable; Payara Micro needs a while to start
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/health/ready || exit 1

USER interop
ENTRYPOINT ["java", "-jar", "/app/interop-server.jar"]
