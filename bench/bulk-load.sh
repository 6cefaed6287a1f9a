#!/usr/bin/env bash
# Bulk-load benchmark: N generated records through POST /api/records/_bulk into a fresh embedded H2 database.
# Usage: bench/bulk-load.sh [N]   (default 10000; builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
WORK=$(mktemp -d)
. bench/server.sh

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
