#!/usr/bin/env bash
# Bulk-load benchmark: N generated records through POST /api/records/_bulk into a fresh embedded H2 database.
# Usage: bench/bulk-load.sh [N]   (default 10000; builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
PORT=${PORT:-18080}
TOKEN=bench-admin-token
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/interop-server.jar ] || mvn -B -q -DskipTests package

INTEROP_DATA_DIR=$WORK/data INTEROP_ADMIN_TOKEN=$TOKEN INTEROP_BASE_URL=http://127.0.0.1:$PORT \
  java -jar target/interop-server.jar --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

python3 bench/generate-records.py "$N" > "$WORK/records.ndjson"

start=$(date +%s.%N)
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$WORK/records.ndjson" "http://127.0.0.1:$PORT/api/records/_bulk" > "$WORK/results.ndjson"
end=$(date +%s.%N)
created=$(grep -c '"status":201' "$WORK/results.ndjson" || true)
rss=$(ps -o rss= -p "$SERVER" | tr -d ' ')
python3 - "$N" "$created" "$start" "$end" "$rss" <<'PY'
import sys
n, created, start, end, rss = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
secs = end - start
print(f"records sent: {n}, created: {created}, seconds: {secs:.1f}, records/s: {created / secs:.0f}, server RSS: {rss // 1024} MiB")
PY
