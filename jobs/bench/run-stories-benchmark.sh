#!/usr/bin/env bash
# Precision and recall of the stories stage on generated syndication: real article bodies
# (extracted from the Fundus pages in ../shared/data, or any folder given as $1) republished
# with the edits outlets make, plus hard negatives; see make_syndication.py and eval_stories.py.
# Needs the local jar (mvn -B -DskipTests package) and Python 3 with pyarrow (e.g. a venv with
# notebooks/requirements.txt: PYTHON=/path/to/venv/bin/python).
# Usage: bash jobs/bench/run-stories-benchmark.sh [PAGES_DIR] [SIMILARITY...]
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${1:-../shared/data/fundus}
shift || true
thresholds=${*:-0.4 0.5 0.6 0.7}
python=${PYTHON:-python3}
jar=jobs/target/geotrends-local.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# small inputs: a few shuffle partitions instead of 200 (task overhead dominates otherwise)
spark=(-Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=4)

java -jar "$jar" extract "$pages"/*/*.html.gz > "$work/extracted.jsonl" 2>/dev/null
python3 jobs/bench/make_syndication.py "$work/extracted.jsonl" "$work/generated.jsonl" "$work/truth.csv"
java "${spark[@]}" -jar "$jar" ingest --input "$work/generated.jsonl" --output "$work/out" | grep '^ingest:'
for s in $thresholds; do
  start=$(date +%s)
  java "${spark[@]}" -jar "$jar" stories --output "$work/out" --similarity "$s" | grep '^stories:'
  echo "similarity $s ($(( $(date +%s) - start )) s): $("$python" jobs/bench/eval_stories.py "$work/out" "$work/truth.csv")"
done
