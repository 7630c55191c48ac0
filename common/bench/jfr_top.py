#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples (standard library only).

Usage: jfr_top.py RECORDING.jfr [--top N] [--under SUBSTRING] [--depth D]

Reads `jfr print --json --events jdk.ExecutionSample` and prints two tables:
- self time: the frame on top of the stack (where the CPU was),
- total time: every method that was anywhere on the stack (counted once per sample).
--under keeps only the samples with a frame whose "Class.method" contains SUBSTRING
(e.g. HtmlExtractor.extract), so one side of a benchmark can be read alone.
"""
import argparse
import collections
import json
import subprocess
import sys


def frame_name(frame):
    method = frame.get("method", {})
    cls = method.get("type", {}).get("name", "?")
    return f"{cls}.{method.get('name', '?')}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--under", default=None)
    ap.add_argument("--depth", type=int, default=256)
    args = ap.parse_args()
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(args.depth),
                          "--events", "jdk.ExecutionSample", args.recording],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(raw)["recording"]["events"]
    self_counts = collections.Counter()
    total_counts = collections.Counter()
    samples = 0
    for ev in events:
        frames = ev["values"].get("stackTrace", {}).get("frames", [])
        if not frames:
            continue
        names = [frame_name(f) for f in frames]
        if args.under and not any(args.under in n for n in names):
            continue
        samples += 1
        self_counts[names[0]] += 1
        for n in set(names):
            total_counts[n] += 1
    if samples == 0:
        print("no samples" + (f" under {args.under}" if args.under else ""))
        return 1
    scope = f" under {args.under}" if args.under else ""
    for title, counts in (("self", self_counts), ("total", total_counts)):
        print(f"top {args.top} frames by {title} time{scope} ({samples} samples)")
        for name, c in counts.most_common(args.top):
            print(f"  {100.0 * c / samples:5.1f} %  {c:7d}  {name}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
