#!/usr/bin/env bash
# Same-day accuracy of publication dates, geotrends against htmldate (PyPI, pinned), on the same
# annotated pages: the publisher's local day for both, and the UTC day for geotrends.
# Usage (from the repository root):
#   bash common/bench/run-date-benchmark.sh [FOLDER] [--strip-metadata] [--misses]
#   FOLDER defaults to ../shared/data/fundus; --strip-metadata first removes every page's JSON-LD
#   and <meta> tags (both extractors read the stripped copy: what is left when metadata is
#   missing); --misses lists every page either extractor gets wrong.
# htmldate is installed into a venv under /tmp (GEOTRENDS_BENCH_VENV to choose another); it is
# never a dependency of the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=../shared/data/fundus
strip=""
runner_args=()
for arg in "$@"; do
  case "$arg" in
    --strip-metadata) strip=yes ;;
    --*) runner_args+=("$arg") ;;
    *) folder=$arg ;;
  esac
done
venv=${GEOTRENDS_BENCH_VENV:-/tmp/geotrends-date-bench-venv}
if ! "$venv/bin/python" -c 'import htmldate' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r common/bench/requirements-date-benchmark.txt
fi
mvn -B -q -Dstyle.color=never -pl common compile
mvn -B -q -Dstyle.color=never -pl common dependency:build-classpath -Dmdep.outputFile="$PWD/common/target/bench.classpath"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "common/target/classes:$(cat common/target/bench.classpath)" \
  org.geotrends.common.eval.DatePages "$folder" ${strip:+"$work/stripped"} 2>/dev/null > "$work/pages.jsonl"
"$venv/bin/python" common/bench/date_benchmark.py "${runner_args[@]}" < "$work/pages.jsonl"
