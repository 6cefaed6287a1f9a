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

# N variations of one realistic record: distinct titles, creators and dates
python3 - "$N" > "$WORK/records.ndjson" <<'PY'
import json, sys
n = int(sys.argv[1])
for i in range(n):
    print(json.dumps({
        "access": {"record": "public", "files": "public"},
        "files": {"enabled": True, "entries": [{"key": f"data-{i}.csv", "size": 1000 + i,
                  "checksum": "md5:%032x" % i, "mimetype": "text/csv",
                  "url": f"https://data.example.org/{i}/data.csv"}]},
        "metadata": {
            "resource_type": {"id": ["dataset", "software", "publication-article"][i % 3]},
            "title": f"Generated record {i}: observations of station {i % 97}",
            "publication_date": f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "publisher": "Benchmark Repository",
            "description": "A generated record for the bulk-load benchmark. " * 4,
            "creators": [{"person_or_org": {"type": "personal", "given_name": f"Given{i}",
                          "family_name": f"Family{i % 500}"},
                          "affiliations": [{"id": "01ggx4157", "name": "CERN"}]}],
            "subjects": [{"subject": "benchmark"}, {"subject": f"station {i % 97}"}],
            "languages": [{"id": "eng"}],
            "rights": [{"id": "cc-by-4.0"}],
        }}))
PY

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
