#!/usr/bin/env bash
# Same-day accuracy of publication dates, geotrends against htmldate (PyPI, pinned), on the same
# annotated pages: the publisher's local day for both, and the UTC day for geotrends.
# Usage (from the repository root): bash common/bench/run-date-benchmark.sh [FOLDER] [--misses]
#   FOLDER defaults to ../shared/data/fundus; --misses lists every page either gets wrong.
# htmldate is installed into a venv under /tmp (GEOTRENDS_BENCH_VENV to choose another);
# it is never a dependency of the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=${1:-../shared/data/fundus}
shift || true
venv=${GEOTRENDS_BENCH_VENV:-/tmp/geotrends-date-bench-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import htmldate' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r common/bench/requirements-date-benchmark.txt
fi
mvn -B -q -Dstyle.color=never -pl common compile
mvn -B -q -Dstyle.color=never -pl common dependency:build-classpath -Dmdep.outputFile="$PWD/common/target/bench.classpath"
pages=$(mktemp)
trap 'rm -f "$pages"' EXIT
java -cp "common/target/classes:$(cat common/target/bench.classpath)" \
  org.geotrends.common.eval.DatePages "$folder" > "$pages" 2> >(grep -v SLF4J >&2)
"$venv/bin/python" common/bench/date_benchmark.py "$@" < "$pages"
