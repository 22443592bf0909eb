"""Counts of both TempEval-3 corpora side by side (``accuracy_tempeval --breakdown``).

Found / strict / right value / right type per gold TIMEX3 type and per coarse class
of gold value (:func:`coarse_class`), gold days by their distance from the
publication date, the wrong values by class and by gold class against ours, and the
unmatched on either side by kind, our
lengths by form (:func:`duration_forms`). Counts only, never an expression or a document:
AQUAINT, held out, may be looked at this way.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date

from benchmarks.accuracy_tempeval import _DAY, Result, Span, lone_class, value_class

_COARSE = (
    ("PRESENT_REF", r"PRESENT_REF"),
    ("PAST_REF", r"PAST_REF"),
    ("FUTURE_REF", r"FUTURE_REF"),
    ("duration", r"P.*"),
    ("set / frequency", r"R?P?X*"),
    ("century or decade", r"\d{2}X{0,2}|\d{3}X?"),
    ("year", r"\d{4}"),
    ("half, quarter, season", r"\d{4}-(?:H\d|Q\d|QX|SP|SU|FA|WI)"),
    ("month", r"\d{4}-\d\d"),
    ("week or weekend", r"\d{4}-W[\dX]{2}(?:-WE)?"),
    ("day", r"\d{4}-\d\d-\d\d"),
    ("part of day", r"[\dX]{4}-[\dX]{2}-[\dX]{2}T(?:MO|AF|EV|NI|DT)"),
    ("clock time", r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d.*|T.*"),
    ("unspecified field (X)", r".*X.*"),
)


def _shift_name(days: int) -> str:
    """How far our day lies from gold's: within a week, a month or a year off, or more."""
    if not days:
        return "the gold day's"
    if abs(days) <= 7:
        return f"{days:+d} days"
    later = "later" if days > 0 else "earlier"
    for n, unit in ((365, "year"), (30, "month")):
        if abs(abs(days) - n) <= 3:
            return f"a {unit} {later}"
    return f"8+ days {later}"


def coarse_class(value: str) -> str:
    """The coarse class of a gold value (for ``--breakdown``: counts, never the expressions)."""
    return next((name for name, rx in _COARSE if re.fullmatch(rx, value)), "other")


def _from_dct(value: str, dct: date) -> str:
    days = (date.fromisoformat(value) - dct).days
    if days == 0:
        return "= publication"
    side = "before" if days < 0 else "after"
    return f"{'1-7' if abs(days) <= 7 else '8+'} days {side}"


def _where(g: Span) -> str:
    return "first 250 characters" if g.start < 250 else "further down"


def breakdown(res: Result) -> dict[str, Counter]:
    """Counts by gold type, predicted type and gold value class: nothing an expression says."""
    out: dict[str, Counter] = {}
    matched = {id(g): p for g, p in res.relaxed}
    strict = {id(g) for g, _ in res.strict}
    matched_p = {id(p) for _, p in res.relaxed}
    for g in res.gold:
        p = matched.get(id(g))
        for key in (f"type {res.types[id(g)]}", f"value {coarse_class(g.value)}"):
            c = out.setdefault(key, Counter())
            c["gold"] += 1
            c["found"] += p is not None
            c["strict"] += id(g) in strict
            c["value ok"] += p is not None and p.value == g.value
            c["type ok"] += p is not None and res.types[id(p)] == res.types[id(g)]
        if p is not None and p.value != g.value:
            out.setdefault("wrong value", Counter())[value_class(g.value, p.value)] += 1
            pair = f"{coarse_class(g.value)} -> {coarse_class(p.value)}"
            out.setdefault("wrong pair", Counter())[pair] += 1
            if _DAY.match(g.value[:10]) and _DAY.match(p.value[:10]):
                shift = (date.fromisoformat(p.value[:10]) - date.fromisoformat(g.value[:10])).days
                side = _shift_name(shift)
                out.setdefault("shift", Counter())[
                    f"ours on {side} ({coarse_class(g.value)} -> {coarse_class(p.value)})"
                ] += 1
        if _DAY.match(g.value):
            c = out.setdefault(f"day {_from_dct(g.value, res.dcts[g.part])}", Counter())
            c["gold"] += 1
            c["found"] += p is not None
            c["value ok"] += p is not None and p.value == g.value
        c = out.setdefault(f"where {_where(g)}", Counter())
        c["gold"] += 1
        c["found"] += p is not None
        c["value ok"] += p is not None and p.value == g.value
    for p in res.pred:
        c = out.setdefault(f"type {res.types[id(p)]}", Counter())
        c["ours"] += 1
        c["ours matched"] += id(p) in matched_p
        if id(p) not in matched_p:
            lone = f"{res.types[id(p)]} {coarse_class(p.value)}: {lone_class(p)}"
            out.setdefault("spurious", Counter())[lone] += 1
    for g in res.gold:
        if id(g) not in matched:
            lone = f"{res.types[id(g)]} {coarse_class(g.value)}: {lone_class(g)}"
            out.setdefault("missed", Counter())[lone] += 1
    strict_p = {id(p) for _, p in res.strict}
    for p in res.pred:
        if res.types[id(p)] == "DURATION":
            how = (
                "strict" if id(p) in strict_p else "relaxed" if id(p) in matched_p else "unmatched"
            )
            for form in duration_forms(p):
                out.setdefault("durations", Counter())[f"{how:9s} {form}"] += 1
    return out


_HEDGE = re.compile(
    r"(?:about|around|nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|some|over"
    r"|under|roughly|approximately)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"(?:the|its|their|this|that|these|those)\s", re.IGNORECASE)
_QUOTES = re.compile(r"[\"“”]|``|''")


def duration_forms(p: Span) -> list[str]:
    """Closed classes of our DURATION's form (counts only): vague, hedged, a modifier
    ('30-year'), with a determiner ('the past year'), inside a quotation."""
    t = p.text
    forms = ["vague (X)" if "X" in p.value else "numbered"]
    forms += ["hedged"] if _HEDGE.match(t) else []
    forms += ["modifier (N-unit)"] if re.search(r"\w-[a-z]+$", t) else []
    forms += ["determiner"] if _DETERMINER.match(t) else []
    before = p.sentence[: max(0, p.sentence.find(t))] if p.sentence else ""
    forms += ["in a quotation"] if len(_QUOTES.findall(before)) % 2 else []
    return forms


_COUNTED = {
    "wrong value": "wrong values by class",
    "wrong pair": "wrong values, gold class -> ours",
    "shift": "wrong values naming a day: our day against gold's",
    "spurious": "ours unmatched, by type, value class and kind",
    "missed": "gold unmatched, by type, value class and kind",
    "durations": "our DURATIONs by extent match and form (a DURATION may count in several)",
}


def print_breakdown(results: list[Result], out=sys.stdout) -> None:
    """The corpora side by side, counts only (AQUAINT may be looked at this way)."""
    tables = [breakdown(r) for r in results]
    cols = ("gold", "found", "strict", "value ok", "type ok", "ours", "ours matched")
    short = ("gold", "found", "strict", "val ok", "typ ok", "ours", "ours m")
    print(f"{'':28s}" + "".join(f"{r.corpus:>48s}" for r in results), file=out)
    print(f"{'':28s}" + ("".join(f"{c:>7s}" for c in short) + "   ") * len(results), file=out)
    keys = sorted({k for t in tables for k in t} - set(_COUNTED))
    for k in sorted(keys, key=lambda k: not k.startswith("type")):
        cells = "".join(
            "".join(f"{t.get(k, Counter())[c]:7d}" for c in cols) + "   " for t in tables
        )
        print(f"{k:28s}{cells}", file=out)
    for name, title in _COUNTED.items():
        print(f"{title} (counts):", file=out)
        counts = [t.get(name, Counter()) for t in tables]
        for k in sorted(
            {k for c in counts for k in c}, key=lambda k: (-sum(c[k] for c in counts), k)
        ):
            print("".join(f"{c[k]:7d}" for c in counts) + f"   {k}", file=out)
