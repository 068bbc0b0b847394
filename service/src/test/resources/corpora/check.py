#!/usr/bin/env python3
"""Check a labelled corpus folder (docs/*.txt, gold/NAME.json, gold/NAME-nonindicators.json).

usage: check.py CORPUS_FOLDER [CORPUS_FOLDER ...]

For every document it checks that
- both gold files parse and every entry has the fields and values the conventions allow
  (kind, scope, qualifier, ISO periods with start <= end, value_text null exactly for derived);
- every labelled sentence occurs in the document (whitespace folded, tabs as spaces) and is one
  of the document's sentences or cells, under the row the gold names;
- every number in the document (digits, and numbers written as words) is labelled: as the
  value_text of an observation or the text of a non-measurement, with as many occurrences as
  the labels claim, and nothing left over. An observation marked "shares_value_text": true takes
  its value from a figure another observation of the sentence already claims ("the national and
  regional averages (all at 10 per cent)").
Exits 1 and lists the problems when any check fails. Standard library only.
"""
import glob
import json
import os
import re
import sys

KINDS = {"actual", "prior", "target", "forecast", "derived"}
SCOPES = {"local", "benchmark", "sub_group"}
QUALIFIERS = {"exact", "over", "under", "approximately", "at_least", "up_to"}
POLARITIES = {"higher_better", "lower_better", "neutral"}
OBS_FIELDS = ["doc", "row", "sentence", "indicator", "value", "value_text", "unit", "qualifier",
              "period_start", "period_end", "kind", "polarity", "scope"]
NON_FIELDS = ["doc", "row", "sentence", "text", "category", "occurrences_in_doc"]

HEADER = re.compile(r"(?i)\b(update|progress|commentary|position|narrative|comments?)\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(])")
BULLETS = "•\uf0b7\uf0a7-–·"
NUMBER_WORDS = re.compile(
    r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|half|halve|dozen|a third|a quarter)\b")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fold(text):
    return re.sub(r"\s+", " ", text or "").strip()


def row_label(accountability):
    """Rows are named by the first 60 characters of their accountability, as in the dev corpus."""
    return fold(accountability)[:60].strip()


def units(text):
    """The labelled units of a document, in order: (row, sentence). The title, headers and theme
    rows belong to no row; a row's number, its accountability cell, any middle cell and each
    sentence of its update belong to the row. An accountability wrapped onto the next line
    renames its row with the whole text. A line of a figures table (short cells after the first)
    is one unit, named by its first cell."""
    out = []
    row, accountability, row_start = "", "", 0
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        if index == 0 or is_header(line):
            out.append(("", line))
            continue
        cells = line.split("\t")
        filled = [i for i, c in enumerate(cells) if c.strip()]
        if "\t" not in line or filled == [0]:
            out.append(("", fold(cells[0]).lstrip(BULLETS).strip()))
            continue
        if len(filled) >= 3 and all(len(cells[i].strip()) <= 20 for i in filled[1:]):
            # a line of a figures table (values, targets, counts in cells): the line is the unit
            row = row_label(cells[filled[0]])
            out.append((row, line))
            continue
        last = filled[-1]
        numbered = filled[0] == 0 and len(filled) > 2 and re.fullmatch(r"\d{1,3}\.?", cells[0].strip())
        account = filled[1] if numbered else filled[0]
        if account == last:
            account = None                      # an update continuing the row
        elif account == 0 or numbered:
            accountability, row_start = cells[account], len(out)
            row = row_label(accountability)
            if numbered:
                out.append((row, cells[0].strip()))
        else:
            accountability = accountability + " " + cells[account]
            row = row_label(accountability)
            out[row_start:] = [(row, s) for _, s in out[row_start:]]
        if account is not None:
            out.append((row, fold(cells[account])))
        for i in filled:
            if i > (account if account is not None else -1) and i != last:
                out.append((row, fold(cells[i])))
        for sentence in SENTENCE_END.split(fold(cells[last]).lstrip(BULLETS).strip()):
            out.append((row, sentence.strip()))
    return out


def is_header(line):
    """A table header: its last cell is a short heading naming the update and a year."""
    cells = [c for c in line.split("\t") if c.strip()]
    return ("\t" in line and len(cells) > 1 and len(cells[-1].strip()) <= 40
            and HEADER.search(cells[-1]) is not None and re.search(r"\d", cells[-1]) is not None)


def pattern(text):
    return re.compile(r"(?<![A-Za-z0-9£.,/-])" + re.escape(text) + r"(?![A-Za-z0-9%/]|[.,]\d)")


def mask(sentence, text, times=None):
    """Blank out `times` occurrences of text (all when None); return (new sentence, how many)."""
    found = 0
    while times is None or found < times:
        m = pattern(text).search(sentence)
        if not m:
            break
        sentence = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
        found += 1
    return sentence, found


def leftovers(sentence):
    return re.findall(r"\S*\d\S*", sentence) + [m.group(0) for m in NUMBER_WORDS.finditer(sentence)]


def check_entry_fields(entry, fields, where, problems):
    for f in fields:
        if f not in entry:
            problems.append(f"{where}: missing field {f}")


def check_observation(o, where, problems):
    check_entry_fields(o, OBS_FIELDS, where, problems)
    if o.get("kind") not in KINDS:
        problems.append(f"{where}: kind {o.get('kind')!r}")
    if o.get("scope") not in SCOPES:
        problems.append(f"{where}: scope {o.get('scope')!r}")
    if o.get("qualifier") not in QUALIFIERS:
        problems.append(f"{where}: qualifier {o.get('qualifier')!r}")
    if o.get("polarity") not in POLARITIES:
        problems.append(f"{where}: polarity {o.get('polarity')!r}")
    if not isinstance(o.get("value"), (int, float)):
        problems.append(f"{where}: value {o.get('value')!r} is not a number")
    if (o.get("kind") == "derived") != (o.get("value_text") is None):
        problems.append(f"{where}: value_text must be null exactly for derived values")
    start, end = o.get("period_start"), o.get("period_end")
    if (start is None) != (end is None):
        problems.append(f"{where}: period has one end only")
    elif start is not None:
        if not (DATE.match(start) and DATE.match(end)) or start > end:
            problems.append(f"{where}: period {start}..{end}")


def check_document(folder, name, problems):
    text = open(os.path.join(folder, "docs", name + ".txt"), encoding="utf-8").read()
    doc_units = units(text)
    folded_doc = fold(text)
    observations, non = [], []
    for suffix, target in (("", observations), ("-nonindicators", non)):
        path = os.path.join(folder, "gold", name + suffix + ".json")
        try:
            target.extend(json.load(open(path, encoding="utf-8")))
        except (OSError, ValueError) as e:
            problems.append(f"{path}: {e}")
    per_sentence = {}
    for i, o in enumerate(observations):
        where = f"{name} observation {i} ({o.get('value_text')})"
        check_observation(o, where, problems)
        per_sentence.setdefault(o.get("sentence"), []).append(("O", o))
    for i, n in enumerate(non):
        where = f"{name} non-measurement {i} ({n.get('text')})"
        check_entry_fields(n, NON_FIELDS, where, problems)
        per_sentence.setdefault(n.get("sentence"), []).append(("N", n))
    for entry in observations + non:
        if entry.get("doc") != name:
            problems.append(f"{name}: entry names doc {entry.get('doc')!r}")
        if fold(entry.get("sentence")) not in folded_doc:
            problems.append(f"{name}: sentence not in document: {entry.get('sentence')[:70]!r}")
    sentences = {}
    for row, sentence in doc_units:
        sentences.setdefault(sentence, []).append(row)
    for sentence, labels in per_sentence.items():
        if sentence not in sentences:
            problems.append(f"{name}: not one of the document's sentences: {sentence[:70]!r}")
            continue
        for _, entry in labels:
            if entry.get("row") not in sentences[sentence]:
                problems.append(f"{name}: row {entry.get('row')!r} does not hold {sentence[:50]!r}")
    for sentence, rows in sentences.items():
        labels = per_sentence.get(sentence, [])
        remaining = sentence
        spans = []
        for kind, entry in labels:
            if kind == "O" and entry.get("value_text") is not None and not entry.get("shares_value_text"):
                spans.append((entry["value_text"], len(rows), entry))
            elif kind == "N":
                spans.append((entry["text"], entry.get("occurrences_in_doc", 0), entry))
        # longest first, so that '29%' is taken before '29' and 'C-038-2016/17' before '2016/17'
        spans.sort(key=lambda s: -len(s[0]))
        for text_, count, entry in spans:
            if count % len(rows):
                problems.append(f"{name}: {text_!r} claims {count} occurrences over {len(rows)} copies of {sentence[:50]!r}")
            per_copy = count // len(rows)
            remaining, found = mask(remaining, text_, per_copy)
            if found < per_copy:
                problems.append(f"{name}: {text_!r} found {found} of {per_copy} times in {sentence[:60]!r}")
        for extra in leftovers(remaining):
            problems.append(f"{name}: unlabelled number {extra!r} in {sentence[:70]!r}")
    return len(observations), len(non)


def main(folders):
    problems = []
    for folder in folders:
        names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "docs", "*.txt")))
        totals = [0, 0]
        for name in names:
            o, n = check_document(folder, name, problems)
            totals[0] += o
            totals[1] += n
            print(f"{folder}: {name}: {o} observations, {n} non-measurements")
        print(f"{folder}: {len(names)} documents, {totals[0]} observations, {totals[1]} non-measurements")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [os.path.dirname(os.path.abspath(__file__))]))
