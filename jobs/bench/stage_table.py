#!/usr/bin/env python3
"""Prints one row of the scaling table from a pipeline run: seconds per stage (run-summary.json)
and the shuffle bytes written during each stage (Spark's event log: the tasks' "Shuffle Bytes
Written", each counted in the stage whose time span holds the task's finish time; stages run
one after another, so each ends where the next begins and the last at finished_at).
Usage: stage_table.py N OUTPUT_DIR EVENT_LOG_FILE
"""
import datetime as dt
import json
import sys


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
    with open(event_log, encoding="utf-8") as f:
        for line in f:
            if '"SparkListenerTaskEnd"' not in line:
                continue
            e = json.loads(line)
            written = (e.get("Task Metrics") or {}).get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
            finish = e["Task Info"]["Finish Time"]
            for name, start, stop in spans:
                if start <= finish <= stop + 1000:
                    shuffle[name] += written
                    break
    cells = [f"{name} {section['seconds']:.1f} s / {shuffle[name] / 1e6:.1f} MB" for name, section in stages]
    total = sum(s["seconds"] for _, s in stages)
    print(f"| {n:,} | " + " | ".join(cells) + f" | {total:.1f} s |")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
