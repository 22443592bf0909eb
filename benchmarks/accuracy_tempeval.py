"""TempEval-3 Task A on its training data (part of the "time" section of benchmarks.accuracy).

    python -m benchmarks.accuracy --sections time
    python -m benchmarks.accuracy_tempeval [--corpus TimeBank] [--misses] [--breakdown]

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
looked at (``--misses`` and ``--classes`` refuse it).

Two readings of the value: the TempEval-3 one (strings equal) gives the rows with
targets; ``value_f1_instances`` also counts as right a value TimeML spells
differently (``P1E`` = ``P10Y``, ``P2Y6M`` = ``P2.5Y``, ``T24`` = ``T24:00``, a
stated UTC offset) and a specific value where the gold leaves that field
unspecified (``1989-W43`` in ``1989-WXX``, ``1989-Q3`` in ``1989-QX``) or names a
part of the day gold names (``1998-02-10TNI`` where gold writes the day, as AQUAINT
mostly does for "Tuesday night", "last night"): what an editor would accept.

``--reading NAME`` scores the export under a convention one corpus follows and the
other does not (:data:`READINGS`): ``part-as-day`` writes a part of a day as the day
(measured in session 18: TimeBank value F1 0.852 -> 0.843, AQUAINT 0.738 -> 0.750:
each corpus is split, AQUAINT too), ``year-point`` "earlier this year" as
``1998-XX`` (TimeBank 0.852 -> 0.841, AQUAINT unchanged: not AQUAINT's ``XX``),
``week-unit`` "six weeks ago", "two weeks later" as the ISO week of our day, the
unit's granularity the TimeML guidelines ask for (session 19: TimeBank 0.852 ->
0.851, AQUAINT 0.740 -> 0.741: split, so the day with its leeway is kept).
``--classes`` counts every TimeBank error by class (:func:`value_class`,
:func:`extent_class`, :func:`lone_class`).

``--breakdown`` (:mod:`benchmarks.accuracy_tempeval_breakdown`) prints both corpora
side by side, counts only (no expression, no document): found / strict / right
value / right type per gold TIMEX3 type and per coarse class of gold value, gold
days by their distance from the publication date, the wrong values by
:func:`value_class` and by gold class against ours. It says where AQUAINT's
shortfall sits without showing a miss.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
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
    types: dict[int, str] = field(default_factory=dict)  # id(span) -> TIMEX3 type, gold and ours
    dcts: list[date] = field(default_factory=list)  # by document index (Span.part)


# Readings of our export where the corpora's annotators write one thing two ways
# (``--reading NAME``; the rows with targets always score the export as it is). Each
# maps (our text, our value, our type) to the value and type that convention writes.
_PART_OF_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI|DT)$")
_POINT_IN_YEAR = re.compile(r"\b(?:earlier|later|sometime|some\s+time)\b", re.IGNORECASE)


def _part_as_day(text: str, value: str, kind: str) -> tuple[str, str]:
    """'Tuesday night', 'last night', 'this morning' as the day (``1998-02-10``), a DATE."""
    m = _PART_OF_DAY.match(value)
    return (m.group(1), "DATE") if m else (value, kind)


def _year_point(text: str, value: str, kind: str) -> tuple[str, str]:
    """'earlier this year', 'later in the year' as a month of that year left open."""
    if re.fullmatch(r"\d{4}", value) and _POINT_IN_YEAR.search(text):
        return f"{value}-XX", kind
    return value, kind


_WEEKS_BACK = re.compile(
    r"\bweeks?\s+(?:ago|earlier|before|later|after|from\s+now)\b", re.IGNORECASE
)


def _weeks_as_week(text: str, value: str, kind: str) -> tuple[str, str]:
    """'six weeks ago', 'two weeks later' as the ISO week of the day (``1998-W03``)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value) and _WEEKS_BACK.search(text):
        year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{year}-W{week:02d}", kind
    return value, kind


READINGS = {"part-as-day": _part_as_day, "year-point": _year_point, "week-unit": _weeks_as_week}


def evaluate(corpus: str, quick: bool = False, reading: str | None = None) -> Result:
    read = READINGS.get(reading or "", lambda _t, v, k: (v, k))
    paths = files(corpus)
    if quick:
        paths = paths[::QUICK_EVERY]
    gold_all, pred_all, rel, st, type_ok, types, dcts = [], [], [], [], 0, {}, []
    for i, path in enumerate(paths):
        doc = load(path)
        sents = split_sentences(doc.text)

        def sentence(start: int, doc=doc, sents=sents) -> str:
            return next((doc.text[s:e] for s, e in sents if s <= start < e), "")

        gold = [Span(i, g.start, g.end, g.text, g.value, sentence(g.start)) for g in doc.gold]
        gtype = {id(g): t for g, t in zip(gold, doc.types, strict=True)}
        typed = [
            (Span(i, p.start, p.end, p.text, v, p.sentence), t)
            for p, t0 in predict(doc)
            for v, t in [read(p.text, p.value, t0)]
        ]
        ptype = {id(p): t for p, t in typed}
        pred = [p for p, _ in typed]
        pairs = _pairs(gold, pred, strict=False)
        type_ok += sum(gtype[id(g)] == ptype[id(p)] for g, p in pairs)
        types |= gtype | ptype
        dcts.append(doc.dct)
        gold_all += gold
        pred_all += pred
        rel += pairs
        st += _pairs(gold, pred, strict=True)
    return Result(corpus, len(paths), gold_all, pred_all, rel, st, type_ok, types, dcts)


_REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
_LONG = {"E": 10, "C": 100, "L": 1000}
_DUR = re.compile(r"P(?P<n>\d+(?:\.\d+)?)(?P<u>[YECL])(?:(?P<m>\d+)M)?")
_ZONE = re.compile(r"(?<=\d)(?:Z|[+-]\d\d:\d\d)$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def _spelling(v: str) -> str:
    """One spelling of a TimeML value: lengths in years, clocks with minutes, no zone,
    weeks of two digits."""
    d = _DUR.fullmatch(v)
    if d:
        years = float(d.group("n")) * _LONG.get(d.group("u"), 1) + int(d.group("m") or 0) / 12
        return f"P{years:g}Y"
    v = _ZONE.sub("", v)
    v = re.sub(r"-W(\d)(?=$|-)", r"-W0\1", v)  # an ISO week has two digits: 1998-W3 is W03
    return re.sub(r"T(\d\d)$", r"T\1:00", v)


def part_of_the_day(gold: str, ours: str) -> bool:
    """``ours`` names a part of the day ``gold`` names: 'Tuesday night' as
    ``1998-02-10TNI`` where the annotator wrote the day ``1998-02-10``."""
    m = _PART_OF_DAY.match(ours)
    return bool(m) and m.group(1) == gold


def _instance_of(gold: str, ours: str) -> bool:
    """``ours`` names one of the values ``gold`` leaves open (1989-W43 in 1989-WXX)."""
    if "X" not in gold or gold.startswith("P"):
        return False
    if len(gold) == len(ours):
        return all(g in (o, "X") for g, o in zip(gold, ours, strict=True))
    head = gold.split("X", 1)[0].rstrip("-")
    return bool(head) and ours == head  # "1990-XX-XX" (some day of 1990) vs "1990"


def same_for_an_editor(gold: str, ours: str) -> bool:
    if gold == ours or _spelling(gold) == _spelling(ours) or _instance_of(gold, ours):
        return True
    return part_of_the_day(gold, ours)


def value_class(gold: str, ours: str) -> str:
    """The class of a wrong value (TimeBank gold against ours)."""
    if _spelling(gold) == _spelling(ours):
        return "same value spelt differently (P1E/P10Y, P2Y6M/P2.5Y, T24/T24:00, zone)"
    if _instance_of(gold, ours):
        return "gold leaves the field unspecified, ours names one (1989-WXX, 1989-QX)"
    if part_of_the_day(gold, ours):
        return "ours names a part of the day gold names (1998-02-10TNI in 1998-02-10)"
    g_len, o_len = gold.startswith("P"), ours.startswith("P")
    if (gold in _REFS and o_len) or (ours in _REFS and g_len):
        return "vague reference vs vague length (PAST_REF / PXY)"
    if gold in _REFS or ours in _REFS:
        return "vague reference vs a date"
    if g_len and o_len:
        return "both lengths, different"
    if g_len or o_len:
        return "length vs date ('the past year', 'two years ago')"
    if "Q" in gold + ours or "H" in gold[4:] + ours[4:]:
        return "results period: quarter vs year or another quarter"
    if "W" in gold and "W" in ours:
        return "week numbering"
    if _DAY.match(gold) and _DAY.match(ours):
        gd, od = date.fromisoformat(gold), date.fromisoformat(ours)
        if (gd - od).days % 7 == 0:
            return "a weekday placed in another week"
        return "another day"
    if len(gold) != len(ours) and (gold.startswith(ours) or ours.startswith(gold)):
        return "granularity (year vs month vs day)"
    if gold[:10] == ours[:10]:
        return "clock or part of day"
    return "another date"


def extent_class(gold: Span, ours: Span) -> str:
    if ours.start <= gold.start and gold.end <= ours.end:
        return "ours wider (a hedge, 'the', 'later this', 'over')"
    if gold.start <= ours.start and ours.end <= gold.end:
        return "ours narrower ('around', 'or later', 'and beyond', a date after a comma)"
    return "crossing"


_VAGUE_WORDS = re.compile(
    r"^(?:now|right now|currently|current|then current|recent|recently|more recently|soon"
    r"|already|previously|yet|once|future|earlier|today|tomorrow|at one point)$",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"^(?:the|that|this|its)\s+(?:following\s+|previous\s+|fiscal\s+)*(?:day|week|month|quarter|year"
    r"|period|time|\w+day)$|^then$|^(?:fiscal\s+)?[\w-]*quarter$",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(r"^(?:quarterly|annual|annually|daily|weekly|monthly|a year)$", re.I)


def lone_class(span: Span) -> str:
    """The class of a gold expression we missed or of one we marked that gold has not."""
    text = span.text.strip()
    if _VAGUE_WORDS.match(text):
        return "vague adverb or adjective ('now', 'current', 'recent', 'previously')"
    if _FREQUENCY.match(text):
        return "frequency ('quarterly', 'annual', 'a year' as a rate)"
    if _ANAPHORIC.match(text) or "quarter" in text.lower() or "year-" in text.lower():
        return "reporting period or a period named before ('the quarter', 'the week', 'then')"
    if span.value.startswith("P"):
        return "length"
    return "other"


def print_classes(res: Result, out=sys.stdout) -> None:
    """Every TimeBank error counted by class (``--classes``)."""
    strict = {(id(g), id(p)) for g, p in res.strict}
    matched_g = {id(g) for g, _ in res.relaxed}
    matched_p = {id(p) for _, p in res.relaxed}
    groups = {
        "wrong value": Counter(
            value_class(g.value, p.value) for g, p in res.relaxed if g.value != p.value
        ),
        "extent differs": Counter(
            extent_class(g, p) for g, p in res.relaxed if (id(g), id(p)) not in strict
        ),
        "missed": Counter(lone_class(g) for g in res.gold if id(g) not in matched_g),
        "spurious": Counter(lone_class(p) for p in res.pred if id(p) not in matched_p),
    }
    for name, counts in groups.items():
        print(f"{name}: {sum(counts.values())}", file=out)
        for k, n in counts.most_common():
            print(f"  {n:4d}  {k}", file=out)


def _rows(corpus: str, quick: bool, reading: str | None = None) -> list[Row]:
    res = evaluate(corpus, quick, reading)
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
    lenient = sum(same_for_an_editor(g.value, p.value) for g, p in res.relaxed)
    second = Row(
        SECTION,
        f"{key}.value_f1_instances",
        data,
        "value F1, a value spelt differently or naming one of those gold leaves open as right",
        rf * (lenient / nrel if nrel else 0.0),
        ng,
        note=f"{lenient} of {nrel}: the editor's reading beside TempEval-3's (see the docstring)",
    )
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
        second,
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
    ap.add_argument("--classes", action="store_true", help="count TimeBank errors by class")
    ap.add_argument("--breakdown", action="store_true", help="counts by type and value class")
    ap.add_argument("--reading", choices=sorted(READINGS), help="score a convention's reading")
    args = ap.parse_args(argv)
    if args.breakdown:
        from benchmarks.accuracy_tempeval_breakdown import print_breakdown

        print_breakdown([evaluate(c, args.quick) for c in CORPORA])
        return 0
    if args.misses or args.classes:
        if args.corpus == "AQUAINT":
            print("AQUAINT is held out: totals only", file=sys.stderr)
            return 2
        res = evaluate("TimeBank", args.quick)
        (print_classes if args.classes else print_span_misses)(res)
        return 0
    for corpus in [args.corpus] if args.corpus else CORPORA:
        for r in _rows(corpus, args.quick, args.reading):
            print(f"{r.key:44s} {r.value:6.3f}  n={r.n}  {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
