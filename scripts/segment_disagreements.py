#!/usr/bin/env python3
"""Where a sentence segmenter and the development set's `sentences` disagree, by kind.

Usage:
    python3 scripts/segment_disagreements.py PRED.jsonl [--gold GOLD.jsonl] [--other OTHER.jsonl]
                                             [--examples N] [--seed S]

PRED.jsonl: {"id", "sentences": [...]} lines, as `article-parser summarize --jsonl --segment`
writes them. Boundaries are compared as in `score_summaries.py --segments` (offsets that ignore
white space). Every boundary PRED has and the reference lacks (a false boundary) and every one
the reference has and PRED lacks (a miss) is put in one kind, decided from the text around it;
the script prints the counts per kind and N examples of each. With --other (another
segmenter's output for the same texts, e.g. pysbd's) it also counts, per kind, the false
boundaries that segmenter puts in too.
Stdlib only.
"""
import argparse
import collections
import json
import os
import random
import re

CLOSING = "\"'”’)]"


def default_gold():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "..", "shared", "corpora", "summaries", "xsum-dev.jsonl")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def boundaries(sentences):
    out, pos = set(), 0
    for s in sentences[:-1]:
        pos += len("".join(s.split()))
        out.add(pos)
    return out


def char_index(text, offset):
    """The index in `text` of the non-space character at non-space offset `offset`."""
    n = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if n == offset:
            return i
        n += 1
    return len(text)


def reference_line(sentences, offset):
    """The reference sentence holding non-space offset `offset`, and the text before it there."""
    pos = 0
    for s in sentences:
        length = len("".join(s.split()))
        if pos <= offset < pos + length:
            k = seen = 0
            while k < len(s) and seen < offset - pos:
                if not s[k].isspace():
                    seen += 1
                k += 1
            return s[:k]
        pos += length
    return ""


def false_boundary_kind(text, i, line_before):
    before = text[:i].rstrip()
    last = before.split()[-1] if before.split() else ""
    bare = last.rstrip(CLOSING)
    core = bare.rstrip(".!?…")
    quotes = sum(line_before.count(q) for q in "\"“”")
    if bare.endswith(("...", "…")):
        return "ellipsis"
    if bare.endswith(("?", "!")):
        return "question or exclamation"
    if (len(core) <= 3 and core[:1].isupper()) or re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?", core + ".") \
            or (core.isdigit() and len(core) <= 2):
        return "short or abbreviation-like word before the period"
    if quotes % 2 == 1 and not last.endswith(("\"", "”")):
        return "inside a quotation the reference keeps in one line"
    if last.endswith(tuple(CLOSING)):
        return "after a closing quote or bracket"
    if text[i:i + 1] in "\"“'‘":
        return "before an opening quote (\"…,\" he said. || \"…)"
    return "plain sentence end before a capitalised word"


def miss_kind(text, i):
    before = text[:i].rstrip()
    if before.endswith(("'", "’", "\"", "”")) and not re.search(r"[.!?…][\"'”’]$", before):
        return "line ends in a quote without sentence punctuation (quoted subheading, title)"
    if before.endswith((")", "]")):
        return "line ends in a bracket without sentence punctuation"
    if re.search(r"[.!?…]$", before):
        return "after sentence punctuation"
    return "other"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred")
    ap.add_argument("--gold", default=default_gold())
    ap.add_argument("--other")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    pred = {r["id"]: r.get("sentences") or [] for r in read(args.pred)}
    other = {r["id"]: r.get("sentences") or [] for r in read(args.other)} if args.other else None
    false_kinds, miss_kinds, agreed = collections.Counter(), collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    for g in read(args.gold):
        text, want = g["text"], boundaries(g["sentences"])
        got = boundaries(pred.get(g["id"], []))
        also = boundaries(other.get(g["id"], [])) if other is not None else set()
        for b in sorted(got - want):
            i = char_index(text, b)
            kind = false_boundary_kind(text, i, reference_line(g["sentences"], b))
            false_kinds[kind] += 1
            agreed[kind] += b in also
            examples[("false", kind)].append(f"{g['id']}  …{text[max(0, i - 60):i]}|| {text[i:i + 40]}…")
        for b in sorted(want - got):
            i = char_index(text, b)
            kind = miss_kind(text, i)
            miss_kinds[kind] += 1
            examples[("miss", kind)].append(f"{g['id']}  …{text[max(0, i - 60):i]}|| {text[i:i + 40]}…")

    rng = random.Random(args.seed)
    for title, kinds, tag in (("false boundaries", false_kinds, "false"), ("misses", miss_kinds, "miss")):
        print(f"{title}: {sum(kinds.values())}")
        for kind, n in kinds.most_common():
            extra = f"  (other segmenter splits there too: {agreed[kind]})" if other is not None and tag == "false" else ""
            print(f"  {n:5d}  {kind}{extra}")
            pool = examples[(tag, kind)]
            for line in rng.sample(pool, min(args.examples, len(pool))):
                print("         " + line.replace("\n", "⏎"))


if __name__ == "__main__":
    main()
