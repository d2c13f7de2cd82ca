#!/usr/bin/env bash
# Load benchmark of the web server (loopback only, bounded): see LoadBenchmark's Javadoc.
# Usage: newsweave-server/load-benchmark.sh [ARTICLES=100000] [CLIENTS=200] [SECONDS=60] [DATA_DIR=temp]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
./mvnw -q -B -pl newsweave-server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/load-classpath.txt -Dmdep.includeScope=test >&2
cp="newsweave-server/target/test-classes:newsweave-server/target/classes:newsweave-core/target/classes:$(cat newsweave-server/target/load-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "$cp" io.newsweave.server.LoadBenchmark "$@"
