#!/usr/bin/env bash
# Load benchmarks of the web server (loopback only, bounded): see LoadBenchmark's and StoryPageBenchmark's Javadoc.
# Usage: newsweave-server/load-benchmark.sh [ARTICLES=100000] [CLIENTS=200] [SECONDS=60] [DATA_DIR=temp]
#        MAIN=io.newsweave.server.StoryPageBenchmark newsweave-server/load-benchmark.sh [SECONDS=15] [BIG=10000] [PAUSE_MS=0]
# The JDK's logging is configured empty (no access log line per request) unless JAVA_OPTS says otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
main="${MAIN:-io.newsweave.server.LoadBenchmark}"
cd "$root"
./mvnw -q -B -pl newsweave-server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/load-classpath.txt -Dmdep.includeScope=test >&2
cp="newsweave-server/target/test-classes:newsweave-server/target/classes:newsweave-core/target/classes:$(cat newsweave-server/target/load-classpath.txt)"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xmx4g -Djava.util.logging.config.file=/dev/null} -cp "$cp" "$main" "$@"
