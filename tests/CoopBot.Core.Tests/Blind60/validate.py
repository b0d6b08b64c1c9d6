#!/usr/bin/env python3
"""Consistency checks for the CoopBot BLIND-60 evaluation set (no dependencies).

The checks of ../Corpus/validate_corpus.py (shared, not copied), plus those every evaluation set adds
(`evaluation_set_checks` there: 3-6 named speakers, both kinds of outcome, well-formed fields), body word count
300-700, and every speaker surname (last token) unique within this set and absent from the speaker fields of
../Corpus/gold, ../HeldOut/gold, ../Blind/gold, ../Blind2/gold, ../Blind3/gold, ../Blind4/gold, ../Blind5/gold,
../Blind6/gold, ../Blind7/gold, ../Blind8/gold, ../Blind9/gold, ../Blind10/gold, ../Blind11/gold, ../Blind12/gold, ../Blind13/gold, ../Blind14/gold, ../Blind15/gold, ../Blind16/gold, ../Blind17/gold, ../Blind18/gold, ../Blind19/gold, ../Blind20/gold, ../Blind21/gold, ../Blind22/gold, ../Blind23/gold, ../Blind24/gold, ../Blind25/gold, ../Blind26/gold, ../Blind27/gold, ../Blind28/gold, ../Blind29/gold, ../Blind30/gold, ../Blind31/gold, ../Blind32/gold, ../Blind33/gold, ../Blind34/gold, ../Blind35/gold, ../Blind36/gold, ../Blind37/gold, ../Blind38/gold, ../Blind39/gold, ../Blind40/gold, ../Blind41/gold, ../Blind42/gold, ../Blind43/gold, ../Blind44/gold, ../Blind45/gold, ../Blind46/gold, ../Blind47/gold, ../Blind48/gold, ../Blind49/gold, ../Blind50/gold, ../Blind51/gold, ../Blind52/gold, ../Blind53/gold, ../Blind54/gold, ../Blind55/gold, ../Blind56/gold, ../Blind57/gold (only the speaker
fields of those files are read, and only collisions are printed).

Run:  python3 validate.py   (from any directory)
Exit code 0 = all checks passed.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Corpus"))
from validate_corpus import validate_evaluation_set  # noqa: E402

validate_evaluation_set(HERE, ('Corpus', 'HeldOut', 'Blind', 'Blind2', 'Blind3', 'Blind4', 'Blind5', 'Blind6', 'Blind7', 'Blind8', 'Blind9', 'Blind10', 'Blind11', 'Blind12', 'Blind13', 'Blind14', 'Blind15', 'Blind16', 'Blind17', 'Blind18', 'Blind19', 'Blind20', 'Blind21', 'Blind22', 'Blind23', 'Blind24', 'Blind25', 'Blind26', 'Blind27', 'Blind28', 'Blind29', 'Blind30', 'Blind31', 'Blind32', 'Blind33', 'Blind34', 'Blind35', 'Blind36', 'Blind37', 'Blind38', 'Blind39', 'Blind40', 'Blind41', 'Blind42', 'Blind43', 'Blind44', 'Blind45', 'Blind46', 'Blind47', 'Blind48', 'Blind49', 'Blind50', 'Blind51', 'Blind52', 'Blind53', 'Blind54', 'Blind55', 'Blind56', 'Blind57'))
