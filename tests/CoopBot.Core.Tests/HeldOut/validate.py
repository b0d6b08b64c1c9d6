#!/usr/bin/env python3
"""Consistency checks for the CoopBot HELD-OUT set (no dependencies).

The checks of ../Corpus/validate_corpus.py (shared, not copied), plus those every evaluation set adds
(`evaluation_set_checks` there: 3-6 named speakers, both kinds of outcome, well-formed fields), body word count
300-700, and optionally: --against DIR   report speaker surnames that also occur in DIR/gold/*.json
(only the colliding surnames are printed; nothing else from DIR is shown).

Run:  python3 validate.py [--against ../Corpus]   (from any directory)
Exit code 0 = all checks passed.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Corpus"))
from validate_corpus import check, evaluation_set_checks, report, surname_collisions  # noqa: E402

errors, owner, arts, golds = check(HERE, min_words=300, extra=evaluation_set_checks)
if "--against" in sys.argv:
    errors += surname_collisions(owner, [os.path.join(sys.argv[sys.argv.index("--against") + 1], "gold")])
report(errors, arts, golds)
