#!/usr/bin/env bash
# OAI-PMH benchmark: N generated records (default 100000) bulk-loaded through the API into a fresh embedded H2
# database, then: full ListRecords/ListIdentifiers walks for oai_dc and oai_datacite (records/s, first vs last page
# latency), GetRecord under wrk (16 connections, 30 s, random records), and the server's RSS.
# Usage: bench/oai.sh [N]   (needs python3, curl and wrk from Debian; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
# the renditions are not schema-validated during the load (no INTEROP_SCHEMA_DIR): the harvest path is measured
WORK=$(mktemp -d)
. bench/server.sh

python3 bench/generate-records.py "$N" > "$WORK/records.ndjson"
split -n l/2 "$WORK/records.ndjson" "$WORK/part-"
start=$(date +%s)
loads=()
for part in "$WORK"/part-*; do
  curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$part" "http://127.0.0.1:$PORT/api/records/_bulk" > "$part.results" &
  loads+=($!)
done
wait "${loads[@]}"
created=$(cat "$WORK"/part-*.results | grep -c '"status":201' || true)
echo "loaded: $created records in $(( $(date +%s) - start )) s (two bulk streams)"

python3 bench/oai_walk.py "http://127.0.0.1:$PORT/oai" oai_dc oai_datacite

cat "$WORK"/part-*.results | sed -n 's/.*"id":"\([^"]*\)".*/oai:interop.localhost:\1/p' | shuf -n 10000 --random-source=<(yes) \
  > "$WORK/ids.txt"
IDS="$WORK/ids.txt" wrk -t 2 -c 16 -d 30s --latency -s bench/getrecord.lua "http://127.0.0.1:$PORT" \
  | grep -E "Requests/sec|50%|99%|Latency|requests in|Non-2xx"
echo "server RSS: $(( $(ps -o rss= -p "$SERVER") / 1024 )) MiB"
