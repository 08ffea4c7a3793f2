#!/usr/bin/env python3
"""Lists every candidate parenthetical source attribution in the corpora, independently of the
extractor, so the labels in labels.json can be checked for completeness by hand.

How: each page is split into text blocks (p, div, li, td, headings, captions... and <br> lines)
with a small standard-library HTML parser; script, style and template text is skipped. Every
block is matched against broad families, far wider than the extractor's rules:
  lead     a parenthesis within the first 60 characters that is followed by a dash or colon,
           or that opens the block ("(CNN)Text", "(Reuters) - ...", "BERLIN (dpa) - ...");
  agency   any parenthesis whose words include a wire-agency name or "agency/initials" shape,
           anywhere in the block ("(dpa)", "(AFP/red)", "(KNA 19.11.21)");
  tail     a parenthesis that ends the block and holds 2-4 lower-case letters or a slash
           ("(ab)", "(cm)", "(ats/nxp)");
  alone    a block that is only a parenthesis of at most 300 characters;
  credit   a credit phrase anywhere in the block, in en/de/fr/es/it/pl/pt/nl ("Reporting by",
           "Editing by", "Source:", "Quelle:", "Fuente:", "Źródło:", "Fonte:", "Bron:",
           "Mit Material von", "With inputs from", "Via", "avec AFP", "con información de",
           "refiled", "Agenturen", ...), in or out of parentheses;
  dateline a capitalised place of up to 50 characters, any parenthesis of up to 30, then an
           optional ".", ",", ":" or ";" and a capital ("KÖLN. (hpd) Bundesweit ...", "Rom
           (kath.net/as) Freitag ..."), in blocks longer than 80 characters;
  signoff  any parenthesis of up to 30 characters ending a block of more than 60 after a
           sentence's end ("... Jahr. (BA)", "... es. (FR mit dpa)", "... Moore. (A.H.)").
Each hit is printed once per page and block with its family, the ancestry (tags and classes,
to tell captions, footers and teasers from body paragraphs) and the block text around it.
The hits were then read by hand; see README.md for the decisions and counts.

Usage: python3 Evaluation/nav-attribution/find_attributions.py [--corpora DIR] > hits.jsonl
Standard library only.
"""
import argparse
import glob
import html
import html.parser
import json
import os
import re
import sys

BLOCKS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "section", "article", "figcaption", "caption", "dd", "dt", "header", "footer", "aside",
          "nav", "pre", "main", "figure", "ul", "ol", "table", "tr", "form", "address", "center"}
SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param",
        "source", "track", "wbr"}

AGENCIES = ["ap", "reuters", "afp", "dpa", "kna", "epd", "apa", "sda", "sid", "efe", "ansa", "pap",
            "lusa", "anp", "belga", "ats", "keystone-sda", "dts", "afx", "dpa-afx", "upi", "cnn",
            "europa press", "ep", "idea", "ots", "ians", "pti", "ani", "bloomberg", "xinhua",
            "tass", "kyodo", "yonhap", "adnkronos", "agi", "notimex", "telam", "télam", "abr",
            "agência brasil", "folhapress", "estadão conteúdo", "ddp", "kathpress", "epdö",
            "red", "aap", "cp", "ctk", "tt", "ntb", "mti", "bbc", "nzz", "sz", "faz", "spd-",
            "agencias", "agencies", "agenturen", "agences", "agenzie", "agencje", "agências",
            "associated press", "agence france-presse", "kap", "iz", "hib", "sat.1", "zdf", "ard",
            "ndr", "wdr", "br", "swr", "mdr", "hr", "rbb", "orf", "srf", "rtl", "n-tv", "ntv",
            "spiegel", "welt", "bild", "cbs", "nbc", "abc", "fox", "pa", "pa media", "aa", "dha",
            "kbs", "nhk", "eurostat", "destatis", "wire", "wires", "staff", "agencia",
            "ap photo", "sputnik", "ria novosti", "interfax", "ukrinform", "unian", "ptwp", "rmf",
            "kai", "iar", "gn", "pil", "ck", "evangelisch.de", "kath.ch", "ref.ch", "idea",
            "presseportal", "ots.at", "apa-ots"]
AGENCY_WORD = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + r")(?![\w-])", re.I)
CREDIT = re.compile(
    r"reporting by|editing by|writing by|compiled by|additional reporting|with inputs? from|"
    r"with agency inputs|this (story|article) (has been|was)|refiled|\bupdates? with\b|\bcorrects?\b|"
    r"\bsource ?:|\bsources ?:|quelle ?:|quellen ?:|fuente ?:|fuentes ?:|źródło ?:|źródła ?:|"
    r"fonte ?:|fontes ?:|bron ?:|bronnen ?:|\bsource\b ?-|mit material|mit agenturmaterial|"
    r"material von|mit informationen von|avec (l')?afp|avec agences|avec reuters|\bd'après\b|"
    r"con información de|con informaci[oó]n|con agencias|\bcon efe\b|\bcon afp\b|con fonti|"
    r"\bfonte\b|\bcon ansa\b|\bza:? pap\b|\bna podstawie\b|\bcom agências\b|\bcom lusa\b|"
    r"\bmet dank aan\b|courtesy of|\bcredit to\b|sent in by|freundlicher genehmigung|"
    r"^\(?via\b|\(via\b|h/t\b|hat tip|\bnach angaben\b|\bagenturen\b|\bagencias\b|\bagences\b|"
    r"\bmit dpa\b|\bmit afp\b|\bmit kna\b|\bmit epd\b",
    re.I)
LEAD = re.compile(r"^(.{0,60}?)[\(（]([^()（）]{1,60})[\)）]\s*(--|—|–|―|-|:|\.-|\.–)")
OPEN = re.compile(r"^[\(（]([^()（）]{1,60})[\)）]")
TAIL = re.compile(r"[\(（]([^()（）]{1,60})[\)）][\s.]*$")
ALONE = re.compile(r"^[\(（\[]([^\n]{1,300})[\)）\]]$")
PAREN = re.compile(r"[\(（]([^()（）]{1,80})[\)）]")
DATELINE = re.compile(r"^([A-ZÄÖÜÉ][^()]{0,50}?)\s?\(([^()]{1,30})\)\s?[.,:;]?\s*[A-ZÄÖÜÉ„\"«]")
SIGNOFF = re.compile(r"[.!?\"“”»…。]\s*[\(（\[]([^()（）\[\]]{1,30})[\)）\]]\s*$")


def decode(raw):
    head = raw[:4096].decode("ascii", "replace")
    match = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    for encoding in ([match.group(1)] if match else []) + ["utf-8"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, class/id)
        self.skip = 0
        self.text = []
        self.blocks = []         # (ancestry, text)

    def flush(self):
        text = " ".join("".join(self.text).split())
        if text:
            ancestry = " > ".join(f"{t}{('.' + c) if c else ''}" for t, c in self.stack[-6:])
            self.blocks.append((ancestry, text))
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "br":
            self.flush()
            return
        if tag in VOID:
            return
        if tag in BLOCKS:
            self.flush()
        attributes = dict(attrs)
        label = " ".join(filter(None, [attributes.get("class"), attributes.get("id")]))[:40].replace(" ", ".")
        self.stack.append((tag, label))

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if tag in VOID:
            return
        if tag in BLOCKS:
            self.flush()
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def families(text):
    found = []
    lead = LEAD.match(text)
    if lead and len(lead.group(2)) <= 40:
        found.append(("lead", lead.group(0)))
    opening = OPEN.match(text)
    if opening and not lead:
        found.append(("lead", opening.group(0)))
    for match in PAREN.finditer(text):
        inner = match.group(1)
        if AGENCY_WORD.search(inner) and len(inner) <= 60:
            found.append(("agency", match.group(0)))
    tail = TAIL.search(text)
    if tail:
        inner = tail.group(1).strip()
        if re.fullmatch(r"[a-zäöüß]{2,4}", inner) or "/" in inner:
            found.append(("tail", tail.group(0)))
    if ALONE.match(text) and len(text) <= 302:
        found.append(("alone", text))
    credit = CREDIT.search(text)
    if credit:
        found.append(("credit", credit.group(0)))
    dateline = DATELINE.match(text)
    if dateline and len(text) > 80:
        found.append(("dateline", dateline.group(0)))
    signoff = SIGNOFF.search(text)
    if signoff and len(text) > 60:
        found.append(("signoff", signoff.group(0)))
    return found


def pages(corpora):
    for path in sorted(glob.glob(os.path.join(corpora, "trafilatura-eval", "html", "*.html"))):
        yield os.path.relpath(path, corpora), path
    for path in sorted(glob.glob(os.path.join(corpora, "readability", "*", "source.html"))):
        yield os.path.relpath(path, corpora), path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", default="../shared/corpora")
    arguments = parser.parse_args()
    count = 0
    for name, path in pages(arguments.corpora):
        count += 1
        with open(path, "rb") as handle:
            document = decode(handle.read())
        blocks = Blocks()
        try:
            blocks.feed(document)
            blocks.close()
        except Exception as error:  # a broken page: report and go on
            print(json.dumps({"file": name, "error": str(error)}), file=sys.stderr)
        blocks.flush()
        seen = set()
        for ancestry, text in blocks.blocks:
            hits = families(text)
            if not hits or text in seen:
                continue
            seen.add(text)
            print(json.dumps({"file": name, "families": sorted({f for f, _ in hits}),
                              "hits": [h for _, h in hits], "ancestry": ancestry,
                              "text": text if len(text) <= 400 else text[:200] + " … " + text[-200:]},
                             ensure_ascii=False))
    print(f"pages searched: {count}", file=sys.stderr)


if __name__ == "__main__":
    main()
