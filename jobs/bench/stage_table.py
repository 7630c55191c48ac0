#!/usr/bin/env python3
"""Prints one row of the scaling table from a pipeline run: per stage, its seconds
(run-summary.json), the shuffle bytes its tasks wrote and its tasks' run time (Spark's event
log). A task belongs to the stage whose job group (geotrends-<stage>) its Spark job carried;
ingest's jobs carry none, and tasks of jobs without a group count in the stage whose time span
holds their finish time (stages run one after another, each ending where the next begins).
Usage: stage_table.py N OUTPUT_DIR EVENT_LOG_FILE
"""
import datetime as dt
import json
import sys

GROUP = "geotrends-"


def instant(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() * 1000


def main(n, output, event_log):
    with open(f"{output}/run-summary.json", encoding="utf-8") as f:
        summary = json.load(f)
    stages = list(summary["stages"].items())
    end = instant(summary["finished_at"])
    spans = []
    for name, section in reversed(stages):
        start = end - section["seconds"] * 1000
        spans.append((name, start, end))
        end = start
    spans.reverse()
    shuffle = {name: 0 for name, _, _ in spans}
    task_ms = {name: 0 for name, _, _ in spans}
    group_of_spark_stage = {}
    with open(event_log, encoding="utf-8") as f:
        for line in f:
            if '"SparkListenerJobStart"' in line:
                e = json.loads(line)
                group = (e.get("Properties") or {}).get("spark.jobGroup.id", "")
                if group.startswith(GROUP):
                    for spark_stage in e["Stage IDs"]:
                        group_of_spark_stage[spark_stage] = group[len(GROUP):]
                continue
            if '"SparkListenerTaskEnd"' not in line:
                continue
            e = json.loads(line)
            metrics = e.get("Task Metrics") or {}
            written = metrics.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
            name = group_of_spark_stage.get(e["Stage ID"])
            if name not in shuffle:
                finish = e["Task Info"]["Finish Time"]
                name = next((s for s, start, stop in spans if start <= finish <= stop + 1000), None)
            if name is not None:
                shuffle[name] += written
                task_ms[name] += metrics.get("Executor Run Time", 0)
    cells = [f"{name} {section['seconds']:.1f} s / {shuffle[name] / 1e6:.1f} MB / {task_ms[name] / 1000:.0f} task-s"
             for name, section in stages]
    total = sum(s["seconds"] for _, s in stages)
    print(f"| {n:,} | " + " | ".join(cells) + f" | {total:.1f} s |")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
