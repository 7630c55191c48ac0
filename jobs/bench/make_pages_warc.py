#!/usr/bin/env python3
"""Writes WARC.gz files (one gzip member per record, as crawlers write them) of real news pages,
copied until the files reach a target size, each copy under its own URL.

The pages are the fundus sample (../shared/data/fundus relative to the repository: per site a
meta.info JSON mapping each NAME.html.gz to its url and crawl date). Nothing is written into the
repository: give an output folder outside it (default /tmp/geotrends-bench/warc).
Usage: make_pages_warc.py [--data DIR] [--out DIR] [--size-mb MB] [--files N]
"""
import argparse
import gzip
import json
import os
import sys
import uuid


def pages(data_dir):
    """(url, crawl date, html bytes) of every page of the sample, in a stable order."""
    found = []
    for site in sorted(os.listdir(data_dir)):
        meta_path = os.path.join(data_dir, site, "meta.info")
        if not os.path.isfile(meta_path):
            continue
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        for name in sorted(meta):
            path = os.path.join(data_dir, site, name)
            if not os.path.isfile(path):
                continue
            with gzip.open(path, "rb") as f:
                html = f.read()
            date = meta[name].get("crawl_date", "2025-01-01 00:00:00")[:19].replace(" ", "T") + "Z"
            found.append((meta[name]["url"], date, html))
    return found


def record(url, date, html):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            b"Content-Length: " + str(len(html)).encode() + b"\r\n\r\n" + html)
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6)


def copy_url(url, n):
    return f"{url}{'&' if '?' in url else '?'}copy={n}"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=os.path.join(here, "..", "..", "..", "shared", "data", "fundus"))
    p.add_argument("--out", default="/tmp/geotrends-bench/warc")
    p.add_argument("--size-mb", type=int, default=1024, help="total size of the files (default 1024)")
    p.add_argument("--files", type=int, default=2, help="number of files (default 2)")
    args = p.parse_args()
    sample = pages(args.data)
    if not sample:
        sys.exit(f"no pages under {args.data}")
    os.makedirs(args.out, exist_ok=True)
    per_file = args.size_mb * 1024 * 1024 // args.files
    n = 0
    for i in range(args.files):
        path = os.path.join(args.out, f"pages-{i:02d}.warc.gz")
        written = 0
        with open(path, "wb") as out:
            while written < per_file:
                url, date, html = sample[n % len(sample)]
                data = record(copy_url(url, n // len(sample)), date, html)
                out.write(data)
                written += len(data)
                n += 1
        print(f"{path}: {written / 1e6:.0f} MB")
    print(f"{n} pages ({len(sample)} distinct) in {args.files} files")


if __name__ == "__main__":
    main()
