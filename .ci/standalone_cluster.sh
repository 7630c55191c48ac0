#!/usr/bin/env bash
# Starts a Spark standalone cluster on this machine (one master, two workers on 127.0.0.1),
# submits the geotrends pipeline on the seeds to it, and stops the cluster afterwards, also
# when the submission fails. Needs spark-class and spark-submit on PATH (the pyspark package).
# Usage: standalone_cluster.sh OUTPUT_DIR
set -euo pipefail
out=$1
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

spark-class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 \
  >"$SPARK_LOG_DIR/master.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  spark-class org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7077 --host 127.0.0.1 \
    --cores 1 --memory 1g --webui-port $((18080 + i)) --work-dir "$SPARK_WORKER_DIR/$i" \
    >"$SPARK_LOG_DIR/worker-$i.log" 2>&1 &
  pids+=($!)
done

# wait until both workers have registered (the master's log says so)
for _ in $(seq 1 60); do
  if [ "$(grep -c 'Registering worker' "$SPARK_LOG_DIR/master.log" || true)" -ge 2 ]; then break; fi
  sleep 1
done
grep -c 'Registering worker' "$SPARK_LOG_DIR/master.log" | grep -q 2 || {
  echo "the workers did not register; master log:" >&2; tail -20 "$SPARK_LOG_DIR/master.log" >&2; exit 1; }

spark-submit --master spark://127.0.0.1:7077 --deploy-mode client \
  --conf spark.driver.host=127.0.0.1 --conf spark.executor.memory=1g --conf spark.log.level=WARN \
  jobs/target/geotrends.jar pipeline --input "$PWD/seeds" --output "$out"

# the work really ran on the cluster: each worker launched an executor for it
for i in 1 2; do
  grep -q "Asked to launch executor" "$SPARK_LOG_DIR/worker-$i.log" || {
    echo "worker $i ran no executor" >&2; exit 1; }
done
echo "both workers ran executors"
