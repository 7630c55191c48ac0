#!/usr/bin/env bash
# A worker dies while ingest runs: starts a standalone cluster on 127.0.0.1 (one master, two
# workers, one core each), submits the pipeline over a generated crawl (FILES WARC files of
# RECORDS articles each, written deterministically), and as soon as worker 1's executor runs
# an ingest task, kills that executor and the worker (SIGKILL, by process id). Spark must
# finish the job on the other worker through its task retries. Then the same pipeline runs
# embedded (java -jar, local[2]) on the same input, and the tables must be identical.
# Everything is bounded: the cluster is stopped on exit, the submission times out.
# Usage: worker_fault.sh WORK_DIR   (needs spark-class, spark-submit, python with pyarrow)
set -euo pipefail
dir=$1
files=${FILES:-4}
records=${RECORDS:-60}
mkdir -p "$dir"
work=$(mktemp -d)
export SPARK_LOG_DIR="$work/logs" SPARK_WORKER_DIR="$work/work" SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$SPARK_LOG_DIR" "$SPARK_WORKER_DIR"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
  echo "standalone cluster stopped"
}
trap stop EXIT

# the crawl: per-record gzip WARC files of news pages naming different actor sets
python - "$dir/crawl" "$files" "$records" <<'EOF'
import gzip, sys
from pathlib import Path
out, files, records = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
groups = [("Russia", "Iran", "Turkey"), ("Syria", "Iraq", "Jordan"), ("France", "Germany", "Poland"),
          ("Japan", "China", "India"), ("Brazil", "Argentina", "Chile")]
for f in range(files):
    with open(out / f"crawl-{f:02d}.warc.gz", "wb") as w:
        for r in range(records):
            a, b, c = groups[(f + r) % len(groups)]
            day = 1 + (f * records + r) % 28
            text = (f"<p>Ministers of {a} and {b} met in the capital of {c} on day {day} to talk "
                    f"about trade, borders and the talks planned for next month.</p>") * 3
            body = (f"<!doctype html><html><head><title>{a} and {b} meet in {c} ({f}-{r})</title>"
                    f"<meta property='article:published_time' content='2024-0{1 + f % 6}-{day:02d}T10:00:00Z'>"
                    f"</head><body><article><h1>{a} and {b} meet in {c}</h1>{text}</article></body></html>").encode()
            http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n").encode() + body
            head = (f"WARC/1.1\r\nWARC-Type: response\r\n"
                    f"WARC-Target-URI: https://news.example.org/{f}/{r}\r\n"
                    f"WARC-Date: 2024-08-31T12:00:00Z\r\n"
                    f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-{f:04d}-{r:012d}>\r\n"
                    f"Content-Type: application/http; msgtype=response\r\n"
                    f"Content-Length: {len(http)}\r\n\r\n").encode()
            w.write(gzip.compress(head + http + b"\r\n\r\n", compresslevel=1))
print(f"{files} files of {records} articles in {out}")
EOF

spark-class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7177 --webui-port 18180 \
  >"$SPARK_LOG_DIR/master.log" 2>&1 &
pids+=($!)
workers=()
for i in 1 2; do
  spark-class org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7177 --host 127.0.0.1 \
    --cores 1 --memory 1g --webui-port $((18180 + i)) --work-dir "$SPARK_WORKER_DIR/$i" \
    >"$SPARK_LOG_DIR/worker-$i.log" 2>&1 &
  pids+=($!)
  workers+=($!)
done
for _ in $(seq 1 180); do
  if [ "$(grep -c 'Registering worker' "$SPARK_LOG_DIR/master.log" || true)" -ge 2 ]; then break; fi
  sleep 1
done
grep -c 'Registering worker' "$SPARK_LOG_DIR/master.log" | grep -q 2 || {
  echo "the workers did not register; master log:" >&2; tail -20 "$SPARK_LOG_DIR/master.log" >&2; exit 1; }

# executors log at INFO to their stderr in the worker's folder: "Running task" marks a task
timeout 600 spark-submit --master spark://127.0.0.1:7177 --deploy-mode client \
  --conf spark.driver.host=127.0.0.1 --conf spark.executor.memory=512m --conf spark.log.level=WARN \
  jobs/target/geotrends.jar pipeline --input "$dir/crawl" --output "$dir/cluster" \
  >"$dir/cluster.log" 2>&1 &
submit=$!
pids+=($submit)

victim=${workers[0]}
killed=
for _ in $(seq 1 1500); do
  if ! kill -0 "$submit" 2>/dev/null; then break; fi
  if grep -qs "Running task" "$SPARK_WORKER_DIR"/1/app-*/*/stderr; then
    # the executor JVMs are the worker's children
    executors=$(pgrep -P "$victim" || true)
    kill -9 $executors "$victim" 2>/dev/null || true
    killed="worker 1 (pid $victim) and its executor (pid ${executors:-none})"
    # the tasks it had started and not finished: "task 3.0 in stage 0.0"
    lost=$(cat "$SPARK_WORKER_DIR"/1/app-*/*/stderr | python -c '
import re, sys
log = sys.stdin.read()
started = re.findall(r"Running task (\S+ in stage \S+)", log)
done = set(re.findall(r"Finished task (\S+ in stage \S+)", log))
print("\n".join(t for t in started if t not in done))')
    echo "killed $killed while it ran: $(echo "$lost" | paste -sd, -)"
    break
  fi
  sleep 0.2
done
[ -n "$killed" ] || { echo "the job ended before worker 1 ran a task; nothing was killed" >&2; exit 1; }

status=0
wait "$submit" || status=$?
if [ "$status" -ne 0 ]; then
  echo "the job failed after the worker was killed (exit $status):" >&2; tail -30 "$dir/cluster.log" >&2; exit 1
fi
grep -m 5 "Lost executor" "$dir/cluster.log" || { echo "Spark reported no lost executor" >&2; exit 1; }
[ -n "$lost" ] || { echo "worker 1 had no unfinished task when it was killed" >&2; exit 1; }
# each lost task ran again, as its next attempt (task 3.0 -> task 3.1), on worker 2
while read -r task; do
  attempt=${task%% *}
  retry="${attempt%.*}.$(( ${attempt#*.} + 1 )) ${task#* }"
  grep -qs "Running task $retry" "$SPARK_WORKER_DIR"/2/app-*/*/stderr || {
    echo "task $task was not re-run on worker 2" >&2; exit 1; }
  echo "task $task of worker 1 re-ran on worker 2 as task $retry"
done <<< "$lost"
echo "the job finished on worker 2 after worker 1 was killed"

java -jar jobs/target/geotrends-local.jar pipeline --input "$dir/crawl" --output "$dir/embedded" \
  >"$dir/embedded.log" 2>&1 || { tail -30 "$dir/embedded.log" >&2; exit 1; }
python .ci/compare_outputs.py "$dir/embedded" "$dir/cluster"
