#!/usr/bin/env bash
# The scaling table: the whole pipeline on N generated articles (JSON lines made from the fundus
# pages in ../shared/data, see make_articles_jsonl.py) for each N given, on local[CORES]; prints
# per N the seconds, shuffle bytes and task seconds of each stage (stage_table.py, from run-summary.json and
# Spark's event log). Data go to $BENCH_DIR (default /tmp/geotrends-bench), not the repository.
# Usage (from the repository root, after mvn -B -DskipTests package):
#   bash jobs/bench/run-scaling-table.sh [N...]      (default: 10000 100000; CORES=2)
set -euo pipefail
cd "$(dirname "$0")/../.."
counts=${*:-10000 100000}
cores=${CORES:-2}
dir=${BENCH_DIR:-/tmp/geotrends-bench}
jar=jobs/target/geotrends-local.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
mkdir -p "$dir"
if [ ! -s "$dir/extracted.jsonl" ]; then
  java -jar "$jar" extract ../shared/data/fundus/*/*.html.gz > "$dir/extracted.jsonl" 2>/dev/null
fi
echo "| articles | per stage: seconds / shuffle written / task seconds ... | total |"
echo "|---|---|---|"
for n in $counts; do
  python3 jobs/bench/make_articles_jsonl.py "$dir/extracted.jsonl" "$dir/articles-$n.jsonl" "$n"
  rm -rf "$dir/scale-$n" "$dir/events-$n"
  mkdir -p "$dir/events-$n"
  # one plain event log file: Spark 4 otherwise rolls it into zstd parts that Python's standard
  # library cannot read
  java -Xmx4g -Dspark.master="local[$cores]" -Dspark.eventLog.enabled=true \
    -Dspark.eventLog.dir="file://$dir/events-$n" -Dspark.eventLog.compress=false \
    -Dspark.eventLog.rolling.enabled=false \
    -jar "$jar" pipeline --input "$dir/articles-$n.jsonl" --output "$dir/scale-$n" > "$dir/scale-$n.log" 2>&1
  python3 jobs/bench/stage_table.py "$n" "$dir/scale-$n" \
    "$(find "$dir/events-$n" -type f ! -name '.*' | head -1)"
  rm -f "$dir/articles-$n.jsonl"
done
