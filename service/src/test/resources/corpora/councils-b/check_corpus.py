#!/usr/bin/env python3
"""Checks a labelled corpus folder (docs/*.txt, gold/CODE.json, gold/CODE-nonindicators.json).

usage: check_corpus.py CORPUS_FOLDER

- every gold file parses and every record has the fields of the labelling conventions;
- every labelled sentence occurs in its document (whitespace folded; a sentence may run over
  continuation lines of the same cell, which folding joins);
- every labelled text (value_text of an observation, text of a non-measurement) occurs in its sentence;
- every number in every document (digits, and the number words the reference scorer reads) is
  covered by exactly one label: an observation or a non-measurement;
- occurrences_in_doc equals the number of times the sentence occurs in the document.
Exit status 1 on any problem.
"""
import glob, json, os, re, sys

# Cardinal number words must be labelled like digits; ordinal words ("the first time") are only
# reported, as the development corpus labels them only where they are a value.
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\b(?:" + "|".join(WORDS + ORDINALS) + r")\b", re.I)
OBS_FIELDS = {"doc", "row", "sentence", "indicator", "value", "value_text", "unit", "qualifier",
              "period_start", "period_end", "kind", "polarity", "scope"}
NON_FIELDS = {"doc", "row", "sentence", "text", "category", "occurrences_in_doc"}
KINDS = {"actual", "prior", "target", "forecast", "derived"}
SCOPES = {"local", "benchmark", "sub_group"}
QUALIFIERS = {"exact", "over", "under", "approximately", "at_least", "up_to"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def sentence_occurrences(doc, sentence):
    """Where the sentence stands on its own: a row number "7." is not the start of "87.2%"."""
    return [i for i in occurrences(doc, sentence)
            if (i == 0 or doc[i - 1] == " ") and (i + len(sentence) == len(doc) or doc[i + len(sentence)] == " ")]


def check(folder):
    problems, warnings = [], []
    totals = {"docs": 0, "observations": 0, "non_measurements": 0}
    for path in sorted(glob.glob(os.path.join(folder, "docs", "*.txt"))):
        code = os.path.basename(path)[:-4]
        raw = open(path, encoding="utf-8").read()
        doc = fold(raw)
        totals["docs"] += 1
        try:
            obs = json.load(open(os.path.join(folder, "gold", code + ".json"), encoding="utf-8"))
            non = json.load(open(os.path.join(folder, "gold", code + "-nonindicators.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            problems.append(f"{code}: gold does not load: {e}")
            continue
        totals["observations"] += len(obs)
        totals["non_measurements"] += len(non)
        covered = [0] * len(doc)
        labels = []
        for o in obs:
            missing = OBS_FIELDS - o.keys()
            if missing:
                problems.append(f"{code}: observation lacks {sorted(missing)}: {o.get('sentence', '')[:50]}")
                continue
            if o["doc"] != code:
                problems.append(f"{code}: observation names doc {o['doc']}")
            if o["kind"] not in KINDS or o["scope"] not in SCOPES or o["qualifier"] not in QUALIFIERS:
                problems.append(f"{code}: bad kind/scope/qualifier {o['kind']}/{o['scope']}/{o['qualifier']} for {o['value_text']}")
            for f in ("period_start", "period_end"):
                if o[f] is not None and not DATE.match(o[f]):
                    problems.append(f"{code}: bad {f} {o[f]}")
            if o["period_start"] and o["period_end"] and o["period_start"] > o["period_end"]:
                problems.append(f"{code}: period starts after it ends for {o['value_text']}")
            if (o["value_text"] is None) != (o["kind"] == "derived"):
                problems.append(f"{code}: value_text must be null exactly for derived values ({o['value']})")
            if not isinstance(o["value"], (int, float)):
                problems.append(f"{code}: value is not a number: {o['value']!r}")
            if o["value_text"] is not None:
                labels.append((o["sentence"], o["value_text"], None))
        for n in non:
            missing = NON_FIELDS - n.keys()
            if missing:
                problems.append(f"{code}: non-measurement lacks {sorted(missing)}")
                continue
            labels.append((n["sentence"], n["text"], n["occurrences_in_doc"]))
        # group labels by (sentence, text): k labels take the first k occurrences of the text in each
        # occurrence of the sentence
        groups = {}
        for sentence, text, occ in labels:
            groups.setdefault((fold(sentence), fold(text)), []).append(occ)
        # longer texts first, each taking the first occurrences not already taken by another label,
        # so "5" after "5%" in "5% (5)" is the count in brackets
        taken = {}
        for (sentence, text), occs in sorted(groups.items(), key=lambda g: -len(g[0][1])):
            starts = sentence_occurrences(doc, sentence)
            if not starts:
                problems.append(f"{code}: sentence not in document: {sentence[:70]}")
                continue
            for occ in occs:
                if occ is not None and occ != len(starts):
                    problems.append(f"{code}: occurrences_in_doc {occ} but the sentence occurs {len(starts)} times: {sentence[:50]}")
            inner = [m.start() for m in re.finditer(r"(?<![\w.])" + re.escape(text) + r"(?![\w])", sentence)] \
                or occurrences(sentence, text)
            used = taken.setdefault(sentence, set())
            free = [i for i in inner if not used & set(range(i, i + len(text)))]
            if len(free) < len(occs):
                problems.append(f"{code}: '{text}' occurs {len(free)} times (not taken by other labels) in its sentence but is labelled {len(occs)} times: {sentence[:50]}")
                continue
            for i in free[:len(occs)]:
                used.update(range(i, i + len(text)))
                for s in starts:
                    for j in range(s + i, s + i + len(text)):
                        covered[j] += 1
        for m in NUMBER.finditer(doc):
            c = set(covered[m.start():m.end()])
            if c == {0} and m.group().lower() in ORDINALS:
                warnings.append(f"{code}: ordinal word '{m.group()}' not labelled (allowed): ...{doc[max(0, m.start() - 30):m.end() + 30]}...")
            elif c == {0}:
                ctx = doc[max(0, m.start() - 40):m.end() + 40]
                problems.append(f"{code}: number '{m.group()}' not labelled: ...{ctx}...")
            elif c != {1}:
                ctx = doc[max(0, m.start() - 40):m.end() + 40]
                problems.append(f"{code}: number '{m.group()}' labelled {max(c)} times: ...{ctx}...")
    return problems, warnings, totals


if __name__ == "__main__":
    problems, warnings, totals = check(sys.argv[1])
    for w in warnings:
        print("note:", w)
    for p in problems:
        print(p)
    print(f"{totals['docs']} documents, {totals['observations']} observations, "
          f"{totals['non_measurements']} non-measurements; {len(problems)} problems")
    sys.exit(1 if problems else 0)
