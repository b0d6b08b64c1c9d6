#!/usr/bin/env python3
"""Consistency checks for the CoopBot HELD-OUT set (no dependencies).

The checks of ../Corpus/validate_corpus.py (shared, not copied), plus:
  - body word count 300-700 (brief: 300-800; dev validator: 250-700; both hold);
  - 3-6 distinct named speakers per article;
  - outcomes of both kinds (done and proposed/planned) in every article;
  - optional: --against DIR   report speaker surnames that also occur in DIR/gold/*.json
    (only the colliding surnames are printed; nothing else from DIR is shown).

Run:  python3 validate.py [--against ../Corpus]   (from any directory)
Exit code 0 = all checks passed.
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Corpus"))
from validate_corpus import DONE, check, report  # noqa: E402


def held_out_checks(b, g, err):
    nspk = len({s["speaker"] for s in g["statements"]})
    if not 3 <= nspk <= 6:
        err(b, f"{nspk} named speakers (want 3-6)")
    kinds = {o["status"] in DONE for o in g["outcomes"]}
    if kinds != {True, False}:
        err(b, "outcomes should include both done and proposed/planned ones")


errors, owner, arts, golds = check(HERE, min_words=300, extra=held_out_checks)

if "--against" in sys.argv:
    other = sys.argv[sys.argv.index("--against") + 1]
    hits = set()
    for p in glob.glob(os.path.join(other, "gold", "*.json")):
        try:
            og = json.load(open(p, encoding="utf-8"))
        except Exception:
            continue
        for s in og.get("statements", []):
            k = s["speaker"].split()[-1].lower()
            if k in owner:
                hits.add(k)
    for k in sorted(hits):
        errors.append(f"{','.join(sorted(owner[k]))}: speaker surname '{k}' also used in {other}")

report(errors, arts, golds)
