#!/usr/bin/env bash
# Profiles single-thread extraction on the news pages with Java Flight Recorder (built into the
# JDK) and prints the top frames by self and total time, for HtmlExtractor.extract alone and for
# the bare jsoup parse it is measured against.
# Usage (from the repository root, after mvn -DskipTests package):
#   bash common/bench/profile-extract.sh [FOLDER]   (default ../shared/data/fundus)
# Needs python3 (standard library only) and the JDK's jfr tool.
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=${1:-../shared/data/fundus}
jar=${JAR:-jobs/target/geotrends-local.jar}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -XX:StartFlightRecording=filename="$out/extract.jfr",settings=profile \
  -Xlog:jfr=warning -cp "$jar" org.geotrends.common.eval.ExtractionBenchmark "$folder"
echo "== HtmlExtractor.extract"
python3 common/bench/jfr_top.py "$out/extract.jfr" --under HtmlExtractor.extract --top "${TOP:-30}"
echo "== bare jsoup parse (the baseline's lambda)"
python3 common/bench/jfr_top.py "$out/extract.jfr" --under 'ExtractionBenchmark.lambda$run$0' --top 10
