#!/usr/bin/env python3
"""Compares two geotrends output folders table by table, by content, not only by counts.

Usage: compare_outputs.py [--by-file-name] EXPECTED_DIR ACTUAL_DIR
Rows are compared after sorting on every column; floating-point columns to 1e-9 relative.
--by-file-name compares source_file by its last path element only: for runs over copies of
the same inputs in other places (s3a://bucket/crawl/a.txt and file:/work/seeds/a.txt).
The graph files must be identical; run-summary.json must agree on every count.
Exits 1 and names the first difference when the folders disagree.
"""
import json
import math
import sys
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.dataset as ds

TABLES = ["articles", "stories", "rejects", "mentions", "co_mentions", "actor_nodes", "trends", "pair_terms",
          "burst_terms", "burst_articles"]


def rows(folder: Path, table: str, by_file_name: bool = False):
    data = ds.dataset(folder / table, format="parquet", partitioning="hive").to_table()
    columns = sorted(data.column_names)
    records = [{c: instant(v) for c, v in r.items()} for r in data.select(columns).to_pylist()]
    if by_file_name and "source_file" in columns:
        for r in records:
            r["source_file"] = r["source_file"].rsplit("/", 1)[-1]
    key = lambda r: tuple("" if r[c] is None else str(r[c]) for c in columns)
    return columns, sorted(records, key=key)


def instant(value):
    """A UTC timestamp as a naive UTC datetime: tables written before TIMESTAMP_MICROS stored
    INT96, which pyarrow reads without a zone; the instant is the same."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def counts_only(summary):
    """run-summary.json without timings, times, paths and what one run did (this_run: an
    incremental run that read only new files describes the same tables as one run over all)."""
    if isinstance(summary, dict):
        return {k: counts_only(v) for k, v in summary.items()
                if k not in ("seconds", "started_at", "finished_at", "output", "command", "inputs",
                             "spark_version", "this_run")}
    return summary


def main(expected: Path, actual: Path, by_file_name: bool = False) -> int:
    for table in TABLES:
        exp_cols, exp = rows(expected, table, by_file_name)
        act_cols, act = rows(actual, table, by_file_name)
        if exp_cols != act_cols:
            print(f"{table}: columns differ: {exp_cols} vs {act_cols}")
            return 1
        if len(exp) != len(act):
            print(f"{table}: {len(exp)} rows vs {len(act)} rows")
            return 1
        for i, (e, a) in enumerate(zip(exp, act)):
            for c in exp_cols:
                if not same(e[c], a[c]):
                    print(f"{table}: row {i} column {c}: {e[c]!r} vs {a[c]!r}")
                    return 1
        print(f"{table}: {len(exp)} rows, identical")
    for name in ["co_mentions.gexf", "co_mentions.graphml"]:
        if (expected / "graph" / name).read_bytes() != (actual / "graph" / name).read_bytes():
            print(f"graph/{name} differs")
            return 1
        print(f"graph/{name}: identical")
    e = counts_only(json.loads((expected / "run-summary.json").read_text()))
    a = counts_only(json.loads((actual / "run-summary.json").read_text()))
    if e != a:
        print(f"run-summary.json counts differ:\n{json.dumps(e, indent=1)}\nvs\n{json.dumps(a, indent=1)}")
        return 1
    print("run-summary.json: same counts")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    by_name = "--by-file-name" in args
    args = [a for a in args if a != "--by-file-name"]
    if len(args) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(args[0]), Path(args[1]), by_name))
