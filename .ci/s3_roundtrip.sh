#!/usr/bin/env bash
# The pipeline through s3a:// against a local S3 server: starts moto's server on 127.0.0.1 (a
# free port; stopped on exit, also on failure), uploads the seeds to a bucket, runs
# spark-submit with Hadoop's S3A connector (path-style requests, the endpoint set to the
# server) reading --input s3a://… and writing --output s3a://…, and downloads the output
# folder to OUTPUT_DIR for comparison. Two runs: ingest of the first seed, then the pipeline
# with --mode append over both, so that the append's commit (moves on S3) is exercised too;
# the tables must be those of one local run over both. Needs moto_server, python with boto3 and spark-submit
# on PATH (.ci/requirements-spark.txt), and jobs/target/geotrends.jar.
# Usage: s3_roundtrip.sh OUTPUT_DIR
set -euo pipefail
out=$1
work=$(mktemp -d)
pid=
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
  echo "S3 server stopped"
}
trap stop EXIT

# the S3A connector: hadoop-aws for Spark's Hadoop and the AWS SDK's S3 modules (see the pom);
# Spark's own netty, slf4j, httpclient and commons jars stay the ones in use
mvn -B -q -ntp -f .ci/s3a/pom.xml dependency:copy-dependencies -DoutputDirectory="$work/jars" \
  -DincludeScope=runtime -DexcludeGroupIds=io.netty,org.slf4j \
  -DexcludeArtifactIds=httpclient,httpcore,commons-codec,commons-logging
jars=$(ls "$work"/jars/*.jar | paste -sd, -)

port=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
pid=$!
endpoint=http://127.0.0.1:$port
for _ in $(seq 1 30); do
  if python -c "import urllib.request; urllib.request.urlopen('$endpoint/moto-api/')" 2>/dev/null; then break; fi
  sleep 1
done

# moto accepts any key; these are what the job and the upload sign with
export AWS_ACCESS_KEY_ID=geotrends-ci AWS_SECRET_ACCESS_KEY=geotrends-ci AWS_DEFAULT_REGION=us-east-1
bucket=geotrends-ci
python - "$endpoint" "$bucket" seeds <<'EOF'
import sys
from pathlib import Path
import boto3
endpoint, bucket, folder = sys.argv[1:]
s3 = boto3.client("s3", endpoint_url=endpoint)
s3.create_bucket(Bucket=bucket)
for f in sorted(Path(folder).iterdir()):
    s3.upload_file(str(f), bucket, f"crawl/{f.name}")
    print(f"uploaded s3://{bucket}/crawl/{f.name}")
EOF

submit() {
  spark-submit --master 'local[2]' --conf spark.driver.host=127.0.0.1 --conf spark.log.level=WARN \
    --jars "$jars" \
    --conf spark.hadoop.fs.s3a.endpoint="$endpoint" \
    --conf spark.hadoop.fs.s3a.endpoint.region=us-east-1 \
    --conf spark.hadoop.fs.s3a.path.style.access=true \
    --conf spark.hadoop.fs.s3a.connection.ssl.enabled=false \
    --conf spark.hadoop.fs.s3a.access.key="$AWS_ACCESS_KEY_ID" \
    --conf spark.hadoop.fs.s3a.secret.key="$AWS_SECRET_ACCESS_KEY" \
    jobs/target/geotrends.jar "$@"
}
first=$(ls seeds | head -n 1)
submit ingest --input "s3a://$bucket/crawl/$first" --output "s3a://$bucket/geotrends/"
submit pipeline --mode append --input "s3a://$bucket/crawl/" --output "s3a://$bucket/geotrends/" \
  | tee "$work/append.log"
grep -q "this run: 1 new files read, 1 already ingested" "$work/append.log"

python - "$endpoint" "$bucket" "$out" <<'EOF'
import sys
from pathlib import Path
import boto3
endpoint, bucket, out = sys.argv[1:]
s3 = boto3.client("s3", endpoint_url=endpoint)
n = 0
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix="geotrends/"):
    for obj in page.get("Contents", []):
        key = obj["Key"]
        if key.endswith("/"):
            continue  # folder markers
        target = Path(out) / key[len("geotrends/"):]
        target.parent.mkdir(parents=True, exist_ok=True)
        s3.download_file(bucket, key, str(target))
        n += 1
print(f"downloaded {n} objects of s3://{bucket}/geotrends/")
EOF
grep -q '"files" : 2' "$out/run-summary.json" || { echo "the S3 run did not read the 2 seed files" >&2; exit 1; }
