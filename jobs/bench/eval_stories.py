#!/usr/bin/env python3
"""Scores the stories stage against the truth of make_syndication.py.

Usage: eval_stories.py OUTPUT_DIR TRUTH_CSV
Reads OUTPUT_DIR/articles (Parquet, with story_id) and prints, as one JSON object:
  copy_recall       copies whose story_id is their original's story_id
  copy_precision    articles placed in another article's story that are in the right one
  distinct_kept     distinct originals (sources, follow-ups, same-topic siblings) whose story
                    holds no other distinct original
  articles, stories, and the same figures per kind. Needs pyarrow.
"""
import csv
import json
import sys
from collections import Counter, defaultdict

import pyarrow.dataset as ds


def main(output, truth_csv):
    table = ds.dataset(f"{output}/articles", format="parquet", partitioning="hive") \
        .to_table(columns=["url", "article_id", "story_id"]).to_pylist()
    by_url = {}
    for r in table:
        by_url.setdefault(r["url"], r)  # one URL = one article_id; captures share it
    truth = list(csv.DictReader(open(truth_csv, encoding="utf-8")))
    missing = [t["url"] for t in truth if t["url"] not in by_url]
    story_of = {t["url"]: by_url[t["url"]]["story_id"] for t in truth if t["url"] in by_url}
    # which true stories' distinct originals ended up in each predicted story
    originals_in = defaultdict(set)
    for t in truth:
        if t["kind"] != "copy" and t["url"] in story_of:
            originals_in[story_of[t["url"]]].add(t["url"])
    copies = [t for t in truth if t["kind"] == "copy" and t["url"] in story_of]
    joined = sum(1 for t in copies if story_of[t["url"]] == story_of.get(t["story"]))
    placed = [t for t in truth if t["url"] in story_of
              and story_of[t["url"]] != by_url[t["url"]]["article_id"]]
    # a distinct original placed in another story is always wrong; a copy is right in its original's
    right = sum(1 for t in placed if t["kind"] == "copy" and story_of[t["url"]] == story_of.get(t["story"]))
    distinct = [t for t in truth if t["kind"] != "copy" and t["url"] in story_of]
    kept = Counter(t["kind"] for t in distinct if len(originals_in[story_of[t["url"]]]) == 1)
    kinds = Counter(t["kind"] for t in distinct)
    result = {
        "articles": len(by_url),
        "stories": len({r["story_id"] for r in by_url.values()}),
        "true_stories": len({t["story"] for t in truth}),
        "copies": len(copies),
        "copy_recall": round(joined / max(1, len(copies)), 4),
        "copy_precision": round(right / max(1, len(placed)), 4),
        "distinct_kept": round(sum(kept.values()) / max(1, len(distinct)), 4),
        "distinct_kept_by_kind": {k: f"{kept[k]}/{kinds[k]}" for k in sorted(kinds)},
        "missing_from_articles": len(missing),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
