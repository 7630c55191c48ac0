#!/usr/bin/env python3
"""Writes a large synthetic WARC.gz (per-record gzip) for memory tests of the ingest stage.

Most of its bytes are incompressible image payloads (skipped by geotrends without being held in
memory), with an HTML article every 20 records and one page over the default 5 MiB page limit,
so a 1 GB file runs in minutes while exercising streaming, skipping and the size limit.
Usage: make_big_warc.py OUT.warc.gz [SIZE_MB]
"""
import gzip
import os
import sys

ARTICLE = ("<!doctype html><html><head><title>Talks on {n}</title>"
           "<meta property='article:published_time' content='2024-08-{d:02d}T10:00:00Z'></head>"
           "<body><article><h1>Talks on {n}</h1>" +
           "<p>Officials from Russia, Iran, Turkey and Syria met again in Astana to discuss "
           "the normalisation of relations between Ankara and Damascus.</p>" * 20 +
           "</article></body></html>")


def record(kind: str, url: str, block: bytes) -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2024-08-31T12:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{os.urandom(16).hex()}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=1)


def http(content_type: str, body: bytes) -> bytes:
    return (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def main(path: str, size_mb: int) -> None:
    written = 0
    n = 0
    with open(path, "wb") as out:
        out.write(record("response", "https://example.org/huge",
                         http("text/html", b"<html><body>" + b"<p>x</p>" * 800_000 + b"</body></html>")))
        while written < size_mb * 1024 * 1024:
            n += 1
            if n % 20 == 0:
                data = record("response", f"https://example.org/news/{n}",
                              http("text/html", ARTICLE.format(n=n, d=1 + n % 28).encode()))
            else:
                data = record("response", f"https://example.org/img/{n}.jpg",
                              http("image/jpeg", os.urandom(1024 * 1024)))
            out.write(data)
            written += len(data)
    print(f"{path}: {written / 1e6:.0f} MB, {n + 1} records")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1024)
