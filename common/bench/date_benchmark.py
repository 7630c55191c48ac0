#!/usr/bin/env python3
"""Same-day date accuracy of geotrends and htmldate, side by side, on the same annotated pages.

Reads the JSON lines of org.geotrends.common.eval.DatePages (one per annotated page: file, url,
crawl date, annotated date, what geotrends found) on stdin, runs htmldate on each page, and
prints for both: the publisher's local day (the day the annotation writes, in its own offset)
and, for geotrends, the UTC day. htmldate gets the page's URL and the crawl day as max_date (the
bound geotrends has too) and runs twice: looking for the original date (original_date=True,
the publication date) and with its defaults. A date htmldate prints is the day as the page
writes it, so it is compared with the annotation's written day. With --misses, every page where either is wrong or missing.

Usage: date_benchmark.py [--misses] < pages.jsonl
"""
import datetime as dt
import gzip
import json
import sys

import htmldate


def written_day(value):
    """'2025-03-01 23:30:00+01:00' -> '2025-03-01': the day as the annotation writes it."""
    return value.strip()[:10] if value else None


def htmldate_day(page, original_date=True):
    html = gzip.open(page["file"], "rb").read().decode("utf-8", errors="replace")
    max_date = None
    if page.get("crawled_at"):
        # the same bound geotrends has: no publication after the crawl
        max_date = page["crawled_at"][:10]
    try:
        found = htmldate.find_date(html, url=page.get("url"), original_date=original_date,
                                   extensive_search=True, max_date=max_date)
    except Exception as e:  # htmldate raises on odd pages; count it as no date
        print(f"htmldate failed on {page['file']}: {e}", file=sys.stderr)
        found = None
    return found[:10] if found else None


def main(argv):
    misses = "--misses" in argv
    pages = [json.loads(line) for line in sys.stdin if line.strip()]
    n = len(pages)
    geo_local = geo_utc = geo_none = html_ok = html_none = html_default_ok = 0
    rows = []
    for p in pages:
        want = written_day(p["expected"])
        geo = p["published_local"][:10] if p.get("published_local") else None
        hd = htmldate_day(p)
        html_default_ok += htmldate_day(p, original_date=False) == want
        geo_local += geo == want
        geo_utc += bool(p.get("utc_day_ok"))
        geo_none += geo is None or p.get("date_source") == "crawl"
        html_ok += hd == want
        html_none += hd is None
        if geo != want or hd != want:
            rows.append((p["file"].rsplit("/", 2)[-2] + "/" + p["file"].rsplit("/", 1)[-1],
                         want, geo, p.get("date_source"), hd))
    late = sum(1 for p in pages if p.get("crawled_at") and dt.date.fromisoformat(written_day(p["expected"]))
               > dt.date.fromisoformat(p["crawled_at"][:10]) + dt.timedelta(days=1))
    print(f"pages with an annotated date: {n} ({late} annotated more than a day after their crawl:"
          f" annotation errors, counted as they are)")
    print(f"geotrends  local day {geo_local / n:.3f} ({geo_local}/{n})  UTC day {geo_utc / n:.3f}"
          f"  no date in the page: {geo_none}")
    print(f"htmldate   local day {html_ok / n:.3f} ({html_ok}/{n})  no date: {html_none}"
          f"  (original_date=True, url and crawl day as max_date given)")
    print(f"htmldate   local day {html_default_ok / n:.3f} ({html_default_ok}/{n})"
          f"  (its defaults: original_date=False)")
    if misses:
        print("\npage                                          want        geotrends (source)          htmldate")
        for f, want, geo, src, hd in sorted(rows):
            mark = ("G" if geo != want else " ") + ("H" if hd != want else " ")
            print(f"{mark} {f:44s} {want}  {str(geo):10s} ({src:12s})  {hd}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
