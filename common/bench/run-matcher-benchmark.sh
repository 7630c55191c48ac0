#!/usr/bin/env bash
# Prints actor-matching throughput (MB of text per second, one thread) with the full default
# gazetteer over about 64 MB of generated article text.
# Usage (from the repository root): bash common/bench/run-matcher-benchmark.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Dstyle.color=never -pl common test-compile
mvn -B -q -Dstyle.color=never -pl common dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/common/target/bench.classpath"
exec java -Xmx2g -cp "common/target/classes:common/target/test-classes:$(cat common/target/bench.classpath)" \
  org.geotrends.common.actors.MatcherBenchmark "${1:-64}"
