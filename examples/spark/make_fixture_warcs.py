#!/usr/bin/env python3
"""Builds small WARC/1.1 files (one gzip member per record, as Common Crawl writes them) from
the repository's Fixtures/pages/*/source.html, for trying the Spark job and for benchmarks.

    python3 examples/spark/make_fixture_warcs.py OUT_DIR [--files N] [--copies N] [--broken]

Each file holds every fixture page --copies times, plus a warcinfo record and an image response
(both skipped by the CLI). With --broken the last file also holds a record whose
Content-Length is wrong, which the CLI reports as one error line before reading on. Prints the files' paths.
"""
import argparse
import gzip
import pathlib
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[2]


def record(warc_type, url, block, length=None):
    headers = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        "WARC-Date: 2026-11-27T12:00:00Z",
    ]
    if url:
        headers.append(f"WARC-Target-URI: {url}")
    headers.append("Content-Type: application/http; msgtype=response")
    headers.append(f"Content-Length: {len(block) if length is None else length}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def response(body, content_type="text/html; charset=UTF-8"):
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--broken", action="store_true")
    args = parser.parse_args()
    out = pathlib.Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted((ROOT / "Fixtures" / "pages").glob("*/source.html"))
    for number in range(args.files):
        path = out / f"fixtures-{number:05d}.warc.gz"
        with open(path, "wb") as warc:
            warc.write(gzip.compress(record("warcinfo", None, b"software: make_fixture_warcs.py\r\n")))
            for copy in range(args.copies):
                for page in pages:
                    url = f"https://{page.parent.name}.example.org/{number}/{copy}/story"
                    warc.write(gzip.compress(record("response", url, response(page.read_bytes()))))
            if args.broken and number == args.files - 1:
                block = response(pages[0].read_bytes())
                warc.write(gzip.compress(record("response", "https://example.org/broken", block, len(block) + 99)))
            warc.write(gzip.compress(record("response", "https://example.org/logo.png",
                                            response(b"\x89PNG\x00", "image/png"))))
        print(path)


if __name__ == "__main__":
    main()
