#!/usr/bin/env bash
# Render benchmark: N generated records (default 10000) rendered in every format by the crosswalk engine, with
# and without validation against the official schemas (../shared/standards), on 1 thread and on all cores.
# Usage: bench/render.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  -Djava.util.logging.config.file=/dev/null bench/RenderBenchmark.java "$N" "${STANDARDS:-../shared/standards}"
