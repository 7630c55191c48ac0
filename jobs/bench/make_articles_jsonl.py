#!/usr/bin/env python3
"""Writes N articles as JSON lines (url, title, text, published, publisher, language) for the
scaling table: the articles `geotrends extract` printed, copied until there are N, each copy
under its own URL and published on another day of a year, so that windows and trends have
many days to work on. Every tenth copy keeps its text, a syndicated copy for the stories stage;
the others drop one word in five at random, which makes them distinct articles (far under the
stories' similarity threshold), as most of a real crawl is. Standard library only.
Usage: make_articles_jsonl.py EXTRACTED.jsonl OUT.jsonl N
"""
import datetime as dt
import json
import random
import sys


def variant(text, rng):
    """The text with each word dropped with probability 1/5, paragraphs kept."""
    return "\n".join(" ".join(w for w in line.split(" ") if rng.random() >= 0.2)
                     for line in text.split("\n"))


def main(extracted, out_path, n):
    base = []
    with open(extracted, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("body") and a.get("url"):
                base.append(a)
    if not base:
        sys.exit(f"no articles with a body in {extracted}")
    start = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.timezone.utc)
    rng = random.Random(7)
    with open(out_path, "w", encoding="utf-8") as out:
        for i in range(n):
            a = base[i % len(base)]
            copy = i // len(base)
            url = a["url"] + ("&" if "?" in a["url"] else "?") + f"copy={copy}"
            published = start + dt.timedelta(days=copy % 365, minutes=i % 1440)
            out.write(json.dumps({
                "url": url, "title": a.get("title"),
                "text": a["body"] if copy % 10 == 0 else variant(a["body"], rng),
                "published": published.isoformat().replace("+00:00", "Z"),
                "publisher": a.get("publisher"), "language": a.get("language"),
            }, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
