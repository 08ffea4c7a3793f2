#!/usr/bin/env python3
"""LexRank and TextRank baselines for the summarizer, in the harness of score_summaries.py.

Usage:
    python3 scripts/summary_baselines.py lexrank|textrank N [--gold GOLD.jsonl] > PRED.jsonl

Both read the gold file's own `sentences` (as LEAD-N does), rank them and print the N best
in article order as {"id", "summary": [...]} lines, for `score_summaries.py PRED.jsonl`.

* LexRank (Erkan & Radev 2004): tf-idf cosine between sentences, idf over the article's
  sentences, edges above 0.1, PageRank with damping 0.85 (continuous LexRank weights).
* TextRank (Mihalcea & Tarau 2004): similarity = shared words / (log|s1| + log|s2|),
  PageRank with damping 0.85.
Words are lower-case runs of letters and digits minus a short English stop list, cut by the
Porter stemmer that rouge-score ships (so both baselines see the words ROUGE sees).
"""
import argparse
import json
import math
import os
import re

from nltk.stem import porter

STOP = set("""a about above after again against all also although am among an and another any are
around as at be because been before being below between both but by can could did do does doing
down during each even ever every few for from further had has have having he her here hers herself
him himself his how however i if in into is it its itself just may me might more most much must my
myself neither no nor not now of off on once one only or other our ours ourselves out over own per
said same says she should since so some such than that the their theirs them themselves then there
these they this those though through thus to too under until up upon us very was we were what when
where whether which while who whom whose why will with within without would yet you your yours
yourself yourselves still many several s t mr mrs ms dr""".split())
STEMMER = porter.PorterStemmer()


def terms(sentence):
    return [STEMMER.stem(w) for w in re.findall(r"[a-z0-9]+", sentence.lower()) if w not in STOP]


def pagerank(matrix, damping=0.85, iterations=50):
    n = len(matrix)
    if n == 0:
        return []
    rows = [sum(r) for r in matrix]
    rank = [1.0 / n] * n
    for _ in range(iterations):
        new = []
        for j in range(n):
            s = sum(rank[i] * matrix[i][j] / rows[i] for i in range(n) if rows[i] > 0)
            new.append((1 - damping) / n + damping * s)
        rank = new
    return rank


def lexrank_matrix(bags):
    n = len(bags)
    df = {}
    for b in bags:
        for w in set(b):
            df[w] = df.get(w, 0) + 1
    vecs = []
    for b in bags:
        tf = {}
        for w in b:
            tf[w] = tf.get(w, 0) + 1
        v = {w: c * math.log(n / df[w]) if n > df[w] else c * 1e-6 for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    m = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j:
                s = sum(x * vecs[j].get(w, 0.0) for w, x in vecs[i].items())
                m[i][j] = s if s > 0.1 else 0.0
    return m


def textrank_matrix(bags):
    n = len(bags)
    sets = [set(b) for b in bags]
    m = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and len(bags[i]) > 1 and len(bags[j]) > 1:
                shared = len(sets[i] & sets[j])
                m[i][j] = shared / (math.log(len(bags[i])) + math.log(len(bags[j])))
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("method", choices=["lexrank", "textrank"])
    ap.add_argument("n", type=int)
    ap.add_argument("--gold", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                   "..", "shared", "corpora", "summaries", "xsum-dev.jsonl"))
    args = ap.parse_args()
    build = lexrank_matrix if args.method == "lexrank" else textrank_matrix
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            sentences = g["sentences"]
            rank = pagerank(build([terms(s) for s in sentences]))
            best = sorted(range(len(sentences)), key=lambda i: (-rank[i], i))[: args.n]
            print(json.dumps({"id": g["id"], "summary": [sentences[i] for i in sorted(best)]},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
