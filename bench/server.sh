# Sourced by the benchmarks: starts the runnable jar on a fresh embedded H2 database in $WORK (which the caller
# made) and waits until it is ready; sets SERVER (pid), PORT and TOKEN, and stops the server and removes $WORK on
# exit. Builds the jar first if it is missing. Extra environment for the server goes in SERVER_ENV.
PORT=${PORT:-18080}
TOKEN=bench-admin-token
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/interop-server.jar ] || mvn -B -q -DskipTests package

env ${SERVER_ENV:-} INTEROP_DATA_DIR="$WORK/data" INTEROP_ADMIN_TOKEN=$TOKEN INTEROP_BASE_URL=http://127.0.0.1:$PORT \
  java ${JAVA_OPTS:-} -jar target/interop-server.jar --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
