#!/usr/bin/env bash
# Prints how the network, trends and terms stages scale from 10^4 to 10^6 mention rows.
# Usage (from the repository root, after mvn -DskipTests install): bash jobs/bench/run-stages-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Dstyle.color=never -pl jobs test-compile
mvn -B -q -Dstyle.color=never -pl jobs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/jobs/target/bench.classpath"
args=$(mvn -B -q -Dstyle.color=never -pl jobs help:evaluate -Dexpression=spark.test.jvm.args -DforceStdout \
  | sed 's/\x1b\[[0-9;]*m//g')
# shellcheck disable=SC2086
exec java $args -Xmx4g -cp "jobs/target/test-classes:jobs/target/classes:$(cat jobs/target/bench.classpath)" \
  org.geotrends.jobs.bench.StagesBenchmark
