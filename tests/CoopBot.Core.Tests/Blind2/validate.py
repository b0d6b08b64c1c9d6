#!/usr/bin/env python3
"""Consistency checks for the CoopBot BLIND-2 evaluation set (no dependencies).

The checks of ../Corpus/validate_corpus.py (shared, not copied), plus:
  - body word count 300-700;
  - 3-6 distinct named speakers per article;
  - outcomes of both kinds (done and proposed/planned) in every article;
  - `parties` is a list, `country` is null or a non-empty string, `organisation`
    is null or a non-empty string;
  - every speaker surname (last token) unique within this set and absent from the
    speaker fields of ../Corpus/gold, ../HeldOut/gold and ../Blind/gold (only the
    speaker fields of those files are read, and only collisions are printed).

Run:  python3 validate.py   (from any directory)
Exit code 0 = all checks passed.
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Corpus"))
from validate_corpus import DONE, check, report  # noqa: E402


def blind2_checks(b, g, err):
    nspk = len({s["speaker"] for s in g["statements"]})
    if not 3 <= nspk <= 6:
        err(b, f"{nspk} named speakers (want 3-6)")
    kinds = {o["status"] in DONE for o in g["outcomes"]}
    if kinds != {True, False}:
        err(b, "outcomes should include both done and proposed/planned ones")
    for o in g["outcomes"]:
        if not isinstance(o["parties"], list):
            err(b, f"parties not a list: {o['text']!r}")
    for s in g["statements"]:
        for f in ("country", "organisation"):
            if s[f] is not None and not (isinstance(s[f], str) and s[f].strip()):
                err(b, f"empty {f} for {s['speaker']}")


errors, owner, arts, golds = check(HERE, min_words=300, extra=blind2_checks)

for other in ("Corpus", "HeldOut", "Blind"):
    hits = set()
    for p in glob.glob(os.path.join(HERE, "..", other, "gold", "*.json")):
        try:
            og = json.load(open(p, encoding="utf-8"))
        except Exception:
            continue
        for s in og.get("statements", []):
            k = s["speaker"].split()[-1].lower()
            if k in owner:
                hits.add(k)
    for k in sorted(hits):
        errors.append(f"{','.join(sorted(owner[k]))}: speaker surname '{k}' also used in ../{other}/gold")

report(errors, arts, golds)
