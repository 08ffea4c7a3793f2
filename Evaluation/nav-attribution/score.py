#!/usr/bin/env python3
"""Scores previous/next links and source attributions against the hand labels in labels.json.

Runs the CLI (`article-parser extract --format jsonl`) once per labelled page, passing the
page's address with --url when the labels know it, and prints precision and recall for:
  links (URL)    a direction counts when the predicted URL equals the labelled one;
  links (title)  ... and the title is equal too (None equals None: a label-only link);
  attributions   (text, position) pairs, per page, as multisets;
plus how many labelled non-attribution parentheticals came out as attributions.

Usage (from the repository root, after `swift build`):
  python3 Evaluation/nav-attribution/score.py [--binary PATH] [--corpora DIR] [--verbose]
Standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def normalise(text):
    """Whitespace folded, soft hyphens dropped, NFC: how titles are compared."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text.replace("\u00ad", ""))
    return " ".join(text.split())


def run(binary, path, url):
    command = [binary, "extract", "--format", "jsonl", "--jobs", "1"]
    if url:
        command += ["--url", url]
    command.append(path)
    result = subprocess.run(command, capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.strip():
            return json.loads(line)
    return {}


def ratio(part, whole):
    return part / whole if whole else 1.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/article-parser")
    parser.add_argument("--corpora", default="../shared/corpora")
    parser.add_argument("--labels", default=os.path.join(HERE, "labels.json"))
    parser.add_argument("--verbose", action="store_true")
    arguments = parser.parse_args()

    with open(arguments.labels, encoding="utf-8") as handle:
        pages = json.load(handle)["pages"]

    counts = collections.Counter()
    problems = []
    for page in pages:
        path = os.path.join(arguments.corpora, page["file"])
        article = run(arguments.binary, path, page.get("url"))
        if "previous" in page or "next" in page:
            counts["navigationPages"] += 1
            for direction in ("previous", "next"):
                label = page.get(direction)
                predicted = article.get(direction)
                same_url = bool(label and predicted and predicted["url"] == label["url"])
                same_title = same_url and normalise(predicted.get("title")) == normalise(label.get("title"))
                counts["linksLabelled"] += bool(label)
                counts["linksPredicted"] += bool(predicted)
                counts["urlCorrect"] += same_url
                counts["titleCorrect"] += same_title
                if not same_title and (label or predicted):
                    problems.append(f"{page['file']} {direction}: label {label} / got {predicted}")
        if "attributions" in page:
            counts["attributionPages"] += 1
            labelled = collections.Counter((normalise(a["text"]), a["position"]) for a in page["attributions"])
            predicted = collections.Counter(
                (normalise(a["text"]), a["position"]) for a in article.get("attributions") or [])
            matched = sum((labelled & predicted).values())
            inside = collections.Counter((normalise(a["text"]), a["position"])
                                         for a in page["attributions"] if not a.get("outsideExtractedBody"))
            counts["attributionsInsideCorrect"] += sum((inside & predicted).values())
            counts["attributionsLabelled"] += sum(labelled.values())
            counts["attributionsPredicted"] += sum(predicted.values())
            counts["attributionsCorrect"] += matched
            counts["attributionsOutsideBody"] += sum(1 for a in page["attributions"] if a.get("outsideExtractedBody"))
            if labelled != predicted:
                problems.append(f"{page['file']} attributions: missing {dict(labelled - predicted)} "
                                f"extra {dict(predicted - labelled)}")
            texts = {text for text, _ in predicted}
            for aside in page.get("nonAttributions", []):
                counts["nonAttributionsLabelled"] += 1
                if normalise(aside.strip("()")) in texts:
                    counts["nonAttributionsTaken"] += 1
                    problems.append(f"{page['file']} took a non-attribution: {aside}")

    print(f"pages: {counts['navigationPages']} labelled for navigation "
          f"({counts['linksLabelled']} links), {counts['attributionPages']} for attributions "
          f"({counts['attributionsLabelled']} attributions, "
          f"{counts['nonAttributionsLabelled']} non-attribution parentheticals)")
    for name, correct in (("links (URL)", "urlCorrect"), ("links (URL and title)", "titleCorrect")):
        print(f"{name}: P={ratio(counts[correct], counts['linksPredicted']):.3f} "
              f"R={ratio(counts[correct], counts['linksLabelled']):.3f} "
              f"({counts[correct]} correct, {counts['linksPredicted']} predicted, "
              f"{counts['linksLabelled']} labelled)")
    print(f"attributions: P={ratio(counts['attributionsCorrect'], counts['attributionsPredicted']):.3f} "
          f"R={ratio(counts['attributionsCorrect'], counts['attributionsLabelled']):.3f} "
          f"({counts['attributionsCorrect']} correct, {counts['attributionsPredicted']} predicted, "
          f"{counts['attributionsLabelled']} labelled)")
    inside = counts["attributionsLabelled"] - counts["attributionsOutsideBody"]
    print(f"attributions in paragraphs the body stage keeps: "
          f"R={ratio(counts['attributionsInsideCorrect'], inside):.3f} ({counts['attributionsInsideCorrect']} of "
          f"{inside}; {counts['attributionsOutsideBody']} labelled attributions sit where the content stage "
          f"does not extract them as a paragraph edge)")
    print(f"non-attributions taken as attributions: {counts['nonAttributionsTaken']} "
          f"of {counts['nonAttributionsLabelled']}")
    if arguments.verbose:
        for line in problems:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
