#!/usr/bin/env bash
# Side by side on the same WARC.gz files and cores: geotrends `ingest` (local jar, local[N])
# against FastWARC + trafilatura + pyarrow (py_pipeline.py, N worker processes), each timed as a
# whole process with /usr/bin/time -v; prints wall and CPU seconds, peak RSS and the ratios.
#
# Usage (from the repository root, after mvn -B -DskipTests package):
#   bash jobs/bench/run-side-by-side.sh [SIZE_MB] [FILES] [CORES] [SPLIT_SIZE]
# defaults 1024 MB in 2 files on 2 cores, --split-size 256m. Data and outputs go to $BENCH_DIR
# (default /tmp/geotrends-bench), never into the repository; the Python venv is made there from
# jobs/bench/requirements-python-bench.txt on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-1024}
files=${2:-2}
cores=${3:-2}
split=${4:-256m}
dir=${BENCH_DIR:-/tmp/geotrends-bench}
jar=jobs/target/geotrends-local.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$dir"
if [ ! -x "$dir/venv/bin/python" ]; then
  python3 -m venv "$dir/venv"
  "$dir/venv/bin/pip" install -q -r jobs/bench/requirements-python-bench.txt
fi
data="$dir/warc-${size_mb}mb-${files}"
if [ ! -d "$data" ]; then
  python3 jobs/bench/make_pages_warc.py --out "$data" --size-mb "$size_mb" --files "$files"
fi
rm -rf "$dir/out-geotrends" "$dir/out-python"

# prints "wall cpu maxrss_mb" of the command it runs, from /usr/bin/time -v
timed() {
  local log=$1; shift
  /usr/bin/time -v "$@" > "$log.out" 2> "$log.err" || { tail -20 "$log.err" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.1f %.1f %.0f\n", wall, cpu, rss }' "$log.err"
}

read -r gw gc gm < <(timed "$dir/geotrends" java -Xmx2g -Dspark.master="local[$cores]" -jar "$jar" \
  ingest --input "$data" --output "$dir/out-geotrends" --split-size "$split")
read -r pw pc pm < <(timed "$dir/python" "$dir/venv/bin/python" jobs/bench/py_pipeline.py \
  --out "$dir/out-python" --procs "$cores" "$data"/*.warc.gz)

echo "input: $(du -sh "$data" | cut -f1) in $files files, $cores cores"
echo "geotrends: $(grep -m1 'records read' "$dir/geotrends.out")"
echo "python:    $(tail -1 "$dir/python.out")"
printf '%-28s %10s %10s %12s\n' "" "wall s" "CPU s" "max RSS MB"
printf '%-28s %10s %10s %12s\n' "geotrends ingest" "$gw" "$gc" "$gm"
printf '%-28s %10s %10s %12s\n' "FastWARC+trafilatura+pyarrow" "$pw" "$pc" "$pm"
awk -v gw="$gw" -v gc="$gc" -v pw="$pw" -v pc="$pc" \
  'BEGIN { printf "geotrends is %.2fx as fast (wall), %.2fx (CPU)\n", pw / gw, pc / gc }'
