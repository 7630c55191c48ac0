#!/usr/bin/env python3
"""The Python baseline of the side-by-side benchmark: FastWARC reads WARC files, trafilatura
extracts each HTML response (title, date, main text), pyarrow writes one Parquet file per input.
Files are spread over worker processes (one per core given), as Spark spreads them over tasks.
Usage: py_pipeline.py --out DIR --procs N FILE...
"""
import argparse
import os
from multiprocessing import Pool

import pyarrow as pa
import pyarrow.parquet as pq
import trafilatura
from fastwarc.warc import ArchiveIterator, WarcRecordType


def one_file(job):
    path, out_dir = job
    rows = {"url": [], "title": [], "published": [], "text": []}
    records = 0
    with open(path, "rb") as f:
        for record in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            records += 1
            if record.http_content_type not in ("text/html", "application/xhtml+xml"):
                continue
            html = record.reader.read()
            url = record.headers.get("WARC-Target-URI")
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            if doc is None or not doc.text:
                continue
            rows["url"].append(url)
            rows["title"].append(doc.title)
            rows["published"].append(doc.date)
            rows["text"].append(doc.text)
    out = os.path.join(out_dir, os.path.basename(path) + ".parquet")
    pq.write_table(pa.table(rows), out, compression="zstd")
    return records, len(rows["url"])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", required=True)
    p.add_argument("--procs", type=int, default=os.cpu_count())
    p.add_argument("files", nargs="+")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with Pool(args.procs) as pool:
        done = pool.map(one_file, [(f, args.out) for f in args.files], chunksize=1)
    print(f"{sum(r for r, _ in done)} records, {sum(a for _, a in done)} articles")


if __name__ == "__main__":
    main()
