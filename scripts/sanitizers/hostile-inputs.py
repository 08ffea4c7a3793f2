#!/usr/bin/env python3
"""Writes the hostile inputs of HostileInputTests to a folder, for tools that take files
(valgrind over the concurrency checker, fuzz seeds). Usage: hostile-inputs.py <folder>"""
import gzip, os, random, sys

story = (b"<article><h1>Council funds the crossing</h1>"
         b"<p>The city council voted on Tuesday to fund the new crossing over the river.</p>"
         b"<p>The closing sentence of the story is still here at the end.</p></article>")

def page(before=b"", after=b""):
    return b"<html><head><title>Council</title></head><body>" + before + story + after + b"</body></html>"

random.seed(9)
inputs = {
    "empty": b"",
    "whitespace": b" \n\t \r\n ",
    "bom-only": b"\xef\xbb\xbf",
    "random": bytes(random.randrange(256) for _ in range(65536)),
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR<title>x</title>",
    "gzip": gzip.compress(page()),
    "nul-after-tag": page(b"<p>\x00after the NUL</p>"),
    "nul-in-attribute": page(b'<a href="/x\x00y">link</a>'),
    "nested-1e5": page(b"<div><span>" * 100000 + b"deep" + b"</span></div>" * 100000),
    "nested-1e6": page(b"<b>" * 1000000),
    "attributes-1e5": page(b"<div" + b"".join(b' data-a%d="%d"' % (i, i) for i in range(100000)) + b">x</div>"),
    "text-node-5mb": page(b"<div hidden>" + b"filler " * 750000 + b"</div>"),
    "script-5mb": page(b"<script>window.__DATA__=[" + b'{"k":"v"},' * 500000 + b"]</script>"),
    "truncated": page()[:-40] + b"<div cla",
    "unclosed-script": page(after=b"<script>var page = { story: '<p>not text</p>'"),
    "utf16le-bom": b"\xff\xfe" + page().decode().encode("utf-16-le"),
    "utf16be-nobom": page().decode().encode("utf-16-be"),
    "windows-1252": page(b'<meta charset="windows-1252"><p>Vorher \x81\x8d\x8f\x90\x9d und nachher.</p>'),
    "shift-jis": page("<p>東京都は月曜日、新しい橋の建設を始めると発表した。</p>".encode("shift_jis")),
    "gb18030-declared": b'<meta charset="gb2312">' + page("<p>北京市政府周一宣布。©</p>".encode("gb18030")),
    "mislabelled-utf8": b'<meta charset="shift_jis">' + page("<p>Grüße aus München</p>".encode()),
    "doctype-subset": b'<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + page(b"<p>&lol; &xxe;</p>"),
    "javascript-links": page(b'<nav><a href="javascript:alert(1)">Next article</a><a href="java&#x09;script:x">Previous article</a></nav>'),
    "json-ld-1e5": b'<script type="application/ld+json">' + b'{"a":[' * 100000 + b"]}" * 100000 + b"</script>" + page(),
    "stray-end-tags": page(b"<div>" * 100000 + b"</span>" * 300000),
}
folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
for name, data in inputs.items():
    with open(os.path.join(folder, name + ".html"), "wb") as f:
        f.write(data)
print(f"{len(inputs)} inputs in {folder}")
