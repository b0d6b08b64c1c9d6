#!/usr/bin/env python3
"""Consistency checks for the CoopBot development corpus (no dependencies).

Run:  python3 validate_corpus.py   (from any directory)
Exit code 0 = all checks passed.

The held-out set's validator (../HeldOut/validate.py) runs the same checks through check() with its own limits.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

STATUSES = {"inaugurated", "launched", "established", "signed", "agreed", "adopted", "approved",
            "endorsed", "pledged", "committed", "released", "unveiled", "proposed", "planned"}
DONE = STATUSES - {"proposed", "planned"}
QTYPES = {"what_said", "who_said", "outcomes_agreed", "outcomes_proposed", "who_is", "unanswerable"}

def norm(s):
    """Normalisation used for all containment checks: lower-case, curly->straight quotes,
    double-quote characters removed, whitespace collapsed."""
    s = s.lower()
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2018", "'"), ("\u2019", "'")):
        s = s.replace(a, b)
    s = s.replace('"', "")
    return re.sub(r"\s+", " ", s).strip()

def slug_id(date, title):
    """The article id CoopBot gives: accents folded ("Türkiye" -> "turkiye"), then a slug of the title."""
    # Curly quotes and apostrophes separate words, as straight ones do, and so do dashes ("Farap–Alat"): CoopBot folds
    # them to ASCII marks first.
    folded = re.sub("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-", re.sub("[\u2018\u2019\u201c\u201d]", "'", title))
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:80].rstrip("-")
    return f"{date}-{s}"

def check(root, min_words=250, extra=None):
    """Checks the articles and gold files under root; extra(name, gold, err) adds a set's own checks.
    Returns (errors, surname owners, articles, gold files)."""
    ART = os.path.join(root, "articles")
    GOLD = os.path.join(root, "gold")
    errors = []
    def err(f, msg):
        errors.append(f"{f}: {msg}")

    arts = {os.path.basename(p)[:-4]: p for p in glob.glob(os.path.join(ART, "*.txt"))}
    golds = {os.path.basename(p)[:-5]: p for p in glob.glob(os.path.join(GOLD, "*.json"))}
    for b in sorted(set(arts) - set(golds)):
        err(b, "article without gold file")
    for b in sorted(set(golds) - set(arts)):
        err(b, "gold file without article")

    all_text = {}
    for b, p in arts.items():
        raw = open(p, encoding="utf-8").read()
        all_text[b] = raw

    for b in sorted(set(arts) & set(golds)):
        raw = all_text[b]
        lines = raw.split("\n")
        m = re.match(r"^ ?date (\d{4}-\d{2}-\d{2}) (\S.*)$", lines[0])
        if not m:
            err(b, "bad header line"); continue
        date, title = m.group(1), m.group(2)
        if lines[1] != "":
            err(b, "no blank line after header")
        body = "\n".join(lines[2:]).strip("\n")
        if "\n\n\n" in body:
            err(b, "paragraphs separated by more than one blank line")
        for i, para in enumerate(body.split("\n\n")):
            if "\n" in para:
                err(b, f"paragraph {i+1} contains a single line break")
        wc = len(body.split())
        if not min_words <= wc <= 700:
            err(b, f"body word count {wc} outside {min_words}-700")
        try:
            g = json.load(open(golds[b], encoding="utf-8"))
        except Exception as e:
            err(b, f"gold JSON does not parse: {e}"); continue
        if list(g.keys()) != ["article", "statements", "outcomes", "questions"]:
            err(b, f"top-level keys {list(g.keys())}")
        a = g["article"]
        if a != {"id": slug_id(date, title), "date": date, "title": title}:
            err(b, f"article block mismatch: {a}")
        nb = norm(body)
        pos = 0
        for s in g["statements"]:
            if set(s) != {"speaker", "role", "organisation", "country", "kind", "text"}:
                err(b, f"statement keys {sorted(s)}")
            if s["kind"] not in ("direct", "reported"):
                err(b, f"bad kind {s['kind']}")
            t = s["text"]
            if t != t.strip() or t.endswith((".", ",")) or (s["kind"] == "reported" and t.lower().startswith("that ")):
                err(b, f"statement text not trimmed: {t[:50]!r}")
            i = nb.find(norm(t), pos)
            if i < 0:
                i2 = nb.find(norm(t))
                err(b, f"statement text {'out of order' if i2 >= 0 else 'NOT FOUND'}: {t[:60]!r}")
            else:
                pos = i
            last = s["speaker"].split()[-1]
            if norm(last) not in nb:
                err(b, f"speaker surname not in article: {s['speaker']}")
        for o in g["outcomes"]:
            if set(o) != {"text", "status", "parties"}:
                err(b, f"outcome keys {sorted(o)}")
            if o["status"] not in STATUSES:
                err(b, f"bad status {o['status']}")
            if norm(o["text"]) not in nb:
                err(b, f"outcome text NOT FOUND: {o['text']!r}")
        if extra:
            extra(b, g, err)
        qs = g["questions"]
        if not 4 <= len(qs) <= 6:
            err(b, f"{len(qs)} questions")
        if sum(q["type"] == "unanswerable" for q in qs) != 1:
            err(b, "needs exactly one unanswerable question")
        for q in qs:
            if set(q) != {"q", "answer_must_contain", "type", "found"}:
                err(b, f"question keys {sorted(q)}")
            if q["type"] not in QTYPES:
                err(b, f"bad question type {q['type']}")
            ans = [norm(x) for x in q["answer_must_contain"]]
            if q["type"] == "unanswerable":
                if q["found"] is not False or ans:
                    err(b, f"unanswerable question malformed: {q['q']}")
                names = re.findall(r"did ([A-Z][\w'-]+(?: [A-Z][\w'-]+)+) say about (.+)\?$", q["q"])
                for name, topic in names:
                    for ob, otext in all_text.items():
                        if norm(name) in norm(otext) or norm(topic) in norm(otext):
                            err(b, f"unanswerable question term occurs in {ob}: {name} / {topic}")
                continue
            if q["found"] is not True or not ans:
                err(b, f"answerable question malformed: {q['q']}")
            if q["type"] == "what_said":
                if not any(all(x in norm(s["text"]) for x in ans) for s in g["statements"]):
                    err(b, f"what_said answers not inside one statement: {q['q']}")
            elif q["type"] == "who_said":
                if not any(all(x in norm(s["speaker"]) for x in ans) for s in g["statements"]):
                    err(b, f"who_said answer is not a speaker name: {q['q']}")
            elif q["type"] == "who_is":
                if not any(all(x in norm(" ".join(filter(None, [s["speaker"], s["role"], s["organisation"], s["country"]]))) for x in ans)
                           for s in g["statements"]):
                    err(b, f"who_is answers not in one speaker's role/org/country: {q['q']}")
            elif q["type"] == "outcomes_agreed":
                if not any(all(x in norm(o["text"]) for x in ans) for o in g["outcomes"] if o["status"] in DONE):
                    err(b, f"outcomes_agreed answers not in an agreed outcome: {q['q']}")
            elif q["type"] == "outcomes_proposed":
                if not any(all(x in norm(o["text"]) for x in ans) for o in g["outcomes"] if o["status"] not in DONE):
                    err(b, f"outcomes_proposed answers not in a proposed/planned outcome: {q['q']}")

    # speakers: a surname (last token) should belong to one article only
    owner = {}
    for b in sorted(golds):
        try:
            g = json.load(open(golds[b], encoding="utf-8"))
        except Exception:
            continue
        for s in g["statements"]:
            owner.setdefault(s["speaker"].split()[-1].lower(), set()).add(b)
    for k, v in owner.items():
        if len(v) > 1:
            err(",".join(sorted(v)), f"speaker surname '{k}' used in several articles")
    return errors, owner, arts, golds


def evaluation_set_checks(b, g, err):
    """What every set written apart from this corpus checks besides: 3-6 named speakers, both kinds of outcome,
    `parties` a list, `country` and `organisation` null or a non-empty string."""
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
            if s.get(f) is not None and not (isinstance(s[f], str) and s[f].strip()):
                err(b, f"empty {f} for {s['speaker']}")


def surname_collisions(owner, gold_dirs):
    """The speaker surnames of a set (owner: surname -> its files) also used in the given gold folders. Only the
    speaker fields of those files are read, and only the collisions are returned."""
    problems = []
    for other in gold_dirs:
        hits = set()
        for p in glob.glob(os.path.join(other, "*.json")):
            try:
                og = json.load(open(p, encoding="utf-8"))
            except Exception:
                continue
            for s in og.get("statements", []):
                k = s["speaker"].split()[-1].lower()
                if k in owner:
                    hits.add(k)
        for k in sorted(hits):
            problems.append(f"{','.join(sorted(owner[k]))}: speaker surname '{k}' also used in {other}")
    return problems


def report(errors, arts, golds):
    if errors:
        print("\n".join(errors))
        print(f"\n{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(arts)} articles, {len(golds)} gold files")


def validate_evaluation_set(root, earlier_sets):
    """What every blind set's validate.py runs: the shared checks, those every evaluation set adds, and no speaker
    surname shared with the earlier sets (only their speaker fields are read, and only collisions are printed)."""
    errors, owner, arts, golds = check(root, min_words=300, extra=evaluation_set_checks)
    errors += surname_collisions(owner, [os.path.join(root, "..", other, "gold") for other in earlier_sets])
    report(errors, arts, golds)


if __name__ == "__main__":
    found, _, articles, gold_files = check(HERE)
    report(found, articles, gold_files)
