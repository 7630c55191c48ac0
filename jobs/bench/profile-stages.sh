#!/usr/bin/env bash
# Profiles ingest and each later stage with Java Flight Recorder on plain-text input (JSON
# lines of generated wire stories), and prints per stage its wall and CPU seconds and the top
# frames by self and total time.
# Usage (from the repository root, after mvn -B -DskipTests package):
#   bash jobs/bench/profile-stages.sh [PAGES_DIR] [COPIES]
# PAGES_DIR (default ../shared/data/fundus) gives the article texts; the generated input is
# make_syndication.py's output repeated COPIES times (default 1), each copy with its own URLs.
# Needs python3 (standard library only) and the JDK's jfr tool. JAR=path runs another jar; TOP=N prints more frames,
# KEEP=1 to keep the recordings (the folder is printed).
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${1:-../shared/data/fundus}
copies=${2:-1}
jar=${JAR:-jobs/target/geotrends-local.jar}
work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] && echo "recordings in $work" || trap 'rm -rf "$work"' EXIT

java -jar "$jar" extract "$pages"/*/*.html.gz > "$work/extracted.jsonl" 2>/dev/null
python3 jobs/bench/make_syndication.py "$work/extracted.jsonl" "$work/one.jsonl" "$work/truth.csv" >/dev/null
python3 - "$work/one.jsonl" "$work/input.jsonl" "$copies" <<'PY'
import json, sys
src, dst, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(src, encoding="utf-8").read().splitlines()
with open(dst, "w", encoding="utf-8") as out:
    for c in range(copies):
        for line in lines:
            r = json.loads(line)
            if c:
                r["url"] = r["url"] + ("&" if "?" in r["url"] else "?") + f"copy={c}"
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
echo "input: $(wc -l < "$work/input.jsonl") JSON lines, $(du -h "$work/input.jsonl" | cut -f1)"

run() {
  local stage=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/$stage.time" \
    java -XX:StartFlightRecording=filename="$work/$stage.jfr",settings=profile -Xlog:jfr=warning \
      -Dspark.ui.enabled=false -jar "$jar" "$stage" "$@" > "$work/$stage.log" 2>&1
  t1=$(date +%s.%N)
  read -r user sys < "$work/$stage.time"
  printf '\n== %s: %.1f s wall, %.1f s CPU (user+sys)\n' "$stage" "$(echo "$t1 - $t0" | bc)" "$(echo "$user + $sys" | bc)"
  grep -E "^$stage:" "$work/$stage.log" | head -2 || true
  python3 common/bench/jfr_top.py "$work/$stage.jfr" --top "${TOP:-15}"
}
run ingest --input "$work/input.jsonl" --output "$work/out"
for stage in stories mentions network trends; do
  run "$stage" --output "$work/out"
done
