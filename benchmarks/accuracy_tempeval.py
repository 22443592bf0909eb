"""TempEval-3 Task A on its training data (part of the "time" section of benchmarks.accuracy).

    python -m benchmarks.accuracy --sections time
    python -m benchmarks.accuracy_tempeval [--corpus TimeBank] [--misses]

The TBAQ-cleaned release (../shared/eval/tempeval3_train, read in place): TimeBank
1.2 (183 documents) and AQUAINT (73). Every TIMEX3 inside ``<TEXT>`` is gold
(the document creation time in ``<DCT>`` is given to the system as the
publication date, as TempEval-3 does, and not scored). The text is the
``<TEXT>`` element with its tags removed, split into sentences by the
workbench's own splitter; ``find_times_in_document`` reads them in order, each
with what the sentences before it set up (the reporting period of results copy); a
clock time and the day beside it ("10 p.m. Wednesday") are scored as the one
TIMEX3 TimeML marks (``workbench.facts.time.combine.timeml_extents``). Scoring is
the TempEval-3 toolkit's: strict match = same extent, relaxed match = any
overlap (one to one, exact extents first, then the largest overlap); value
accuracy and type accuracy are over relaxed matches; value F1 = relaxed F1 x
value accuracy (values compared as strings).

TimeBank is the development half; AQUAINT is held out: only its totals are
looked at (``--misses`` refuses it).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from benchmarks.accuracy import EVAL, Row
from benchmarks.accuracy_time import Span, _pairs, _prf, print_span_misses
from workbench.facts.time import find_times_in_document
from workbench.facts.time.combine import timeml_extents
from workbench.sentences import split_sentences

SECTION = "Time expressions"
ROOT = EVAL / "tempeval3_train"
CORPORA = ("TimeBank", "AQUAINT")
QUICK_EVERY = 6
ANCHOR = "HeidelTime 0.776 / SUTime 0.674 value F1 on the TempEval-3 test set"
TARGETS = {"TimeBank": 0.85, "AQUAINT": 0.82}


@dataclass(frozen=True)
class Doc:
    name: str
    dct: date
    text: str
    gold: tuple[Span, ...]  # part = document index, filled in by the caller
    types: tuple[str, ...]  # gold TIMEX3 type, parallel to ``gold``


def available() -> bool:
    return ROOT.is_dir()


def files(corpus: str) -> list[Path]:
    return sorted((ROOT / corpus).glob("*.tml"))


def load(path: Path) -> Doc:
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = date.fromisoformat(dct_el.get("value", "")[:10]) if dct_el is not None else None
    text_el = root.find("TEXT")
    parts: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            spans.append((start, pos, el.get("value", ""), el.get("type", "")))

    if text_el is not None:
        walk(text_el)
    text = "".join(parts)
    gold = tuple(Span(0, s, e, text[s:e], v) for s, e, v, _ in spans)
    return Doc(path.stem, dct, text, gold, tuple(t for *_, t in spans))


def predict(doc: Doc) -> list[tuple[Span, str]]:
    """Every sentence read with what the sentences before it set up, as the analysis does."""
    out = []
    bounds = split_sentences(doc.text)
    sents = [doc.text[s:e] for s, e in bounds]
    for (s, _), sent, found in zip(
        bounds, sents, find_times_in_document(sents, doc.dct), strict=True
    ):
        for m in timeml_extents(sent, found):
            out.append((Span(0, s + m.start, s + m.end, m.text, m.timex, sent), m.type))
    return out


@dataclass
class Result:
    corpus: str
    docs: int
    gold: list[Span]
    pred: list[Span]
    relaxed: list[tuple[Span, Span]]
    strict: list[tuple[Span, Span]]
    type_ok: int


def evaluate(corpus: str, quick: bool = False) -> Result:
    paths = files(corpus)
    if quick:
        paths = paths[::QUICK_EVERY]
    gold_all, pred_all, rel, st, type_ok = [], [], [], [], 0
    for i, path in enumerate(paths):
        doc = load(path)
        sents = split_sentences(doc.text)

        def sentence(start: int, doc=doc, sents=sents) -> str:
            return next((doc.text[s:e] for s, e in sents if s <= start < e), "")

        gold = [Span(i, g.start, g.end, g.text, g.value, sentence(g.start)) for g in doc.gold]
        gtype = {id(g): t for g, t in zip(gold, doc.types, strict=True)}
        typed = [(Span(i, p.start, p.end, p.text, p.value, p.sentence), t) for p, t in predict(doc)]
        ptype = {id(p): t for p, t in typed}
        pred = [p for p, _ in typed]
        pairs = _pairs(gold, pred, strict=False)
        type_ok += sum(gtype[id(g)] == ptype[id(p)] for g, p in pairs)
        gold_all += gold
        pred_all += pred
        rel += pairs
        st += _pairs(gold, pred, strict=True)
    return Result(corpus, len(paths), gold_all, pred_all, rel, st, type_ok)


def _rows(corpus: str, quick: bool) -> list[Row]:
    res = evaluate(corpus, quick)
    ng, npred = len(res.gold), len(res.pred)
    _, _, rf = _prf(len(res.relaxed), npred, ng)
    _, _, sf = _prf(len(res.strict), npred, ng)
    correct = sum(g.value == p.value for g, p in res.relaxed)
    nrel = len(res.relaxed)
    acc = correct / nrel if nrel else 0.0
    role = "development" if corpus == "TimeBank" else "held out"
    data = f"TempEval-3 training, {corpus} ({res.docs} documents, {role})"
    counts = f"{ng} gold TIMEX3, {npred} predicted, {nrel} relaxed matches"
    key = f"time.tempeval3.{corpus.lower()}"
    how = "measured as in TempEval-3 Task A (UzZaman et al., 2013)"
    return [
        Row(SECTION, f"{key}.relaxed_f1", data, "detection F1, relaxed", rf, ng, anchor=how),
        Row(SECTION, f"{key}.strict_f1", data, "detection F1, strict", sf, ng, anchor=how),
        Row(
            SECTION,
            f"{key}.type_accuracy",
            data,
            "type accuracy over relaxed matches",
            res.type_ok / nrel if nrel else 0.0,
            nrel,
        ),
        Row(
            SECTION,
            f"{key}.value_accuracy",
            data,
            "value accuracy over relaxed matches",
            acc,
            nrel,
            note=f"{correct} of {nrel} matched expressions have the gold value",
        ),
        Row(
            SECTION,
            f"{key}.value_f1",
            data,
            "value F1 (TempEval-3: relaxed F1 × value accuracy)",
            rf * acc,
            ng,
            anchor=ANCHOR,
            target=TARGETS[corpus],
            note=counts,
        ),
    ]


def run(quick: bool = False) -> list[Row]:
    if not available():
        return []
    return [r for corpus in CORPORA for r in _rows(corpus, quick)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--corpus", choices=CORPORA)
    ap.add_argument("--misses", action="store_true", help="list TimeBank errors")
    args = ap.parse_args(argv)
    if args.misses:
        if args.corpus == "AQUAINT":
            print("AQUAINT is held out: totals only", file=sys.stderr)
            return 2
        print_span_misses(evaluate("TimeBank", args.quick))
        return 0
    for corpus in [args.corpus] if args.corpus else CORPORA:
        for r in _rows(corpus, args.quick):
            print(f"{r.key:44s} {r.value:6.3f}  n={r.n}  {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
