"""A company's fiscal quarters, halves and years, read as their own months (session 42, issue 11).

"Its fiscal second quarter, the three months to Dec. 31" was read as April to June:
the ordinal alone made a calendar quarter. A fiscal period is read here, at story
level, after the sentence rules:

* named with its months or its end, in its own sentence ("fiscal second quarter,
  the three months to Dec. 31", "second fiscal quarter ended Dec. 31", "the
  October-December quarter, its fiscal second quarter"), it is that span;
* otherwise the end of the company's fiscal year the story states once ("its
  fiscal year ends in June", "fiscal 2026, which ends in June", or a fiscal period
  anchored elsewhere in the story) places it, and places the story's other bare
  ordinal quarters and halves ("the second quarter") as fiscal ones too;
* with neither, it has no months: it is never compared as a calendar quarter, nor
  with another report's months (both most often tell one period two ways, and a
  question would name what the text cannot settle); against another fiscal period
  it compares by name (:func:`fiscal_comparison`). A bare 'the second quarter' of
  another report is not compared with a fiscal second quarter either: its calendar
  reading is its name, no months its writer told.

A fiscal year ("fiscal 2026", "FY26") is placed only when the story states its end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from ...model import Comparison, Verdict
from ..lexicon import MONTH_ALT, MONTHS, YEAR_DIGITS
from .cal import add_months, fmt_interval, month_iv
from .mention import TimeMention

_ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
_ORD_N = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_ORD_N.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4})
_FY = r"(?:fiscal|financial)"
_YR = r"['’]?(?:\d{4}|\d{2})(?![\w%])"
_MON = rf"(?:{MONTH_ALT})(?![a-z])"

_PERIOD = re.compile(
    rf"\b(?:{_FY}(?:[\s-]year)?\s+(?:(?P<y1>{YEAR_DIGITS})\s+)?(?P<o1>{_ORD})[\s-](?P<k1>quarter|half)"
    rf"|(?P<o2>{_ORD})[\s-]{_FY}[\s-](?P<k2>quarter|half)"
    rf"|(?P<o3>{_ORD})[\s-](?P<k3>quarter|half)\s+of\s+(?:(?:its|the|their|this|the\s+company['’]s)"
    rf"\s+)?(?:current\s+)?{_FY}(?:\s+year)?(?:\s+(?P<y3>{_YR}))?"
    rf"|(?:fiscal\s+)?Q(?P<n4>[1-4])\s*(?:of\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)(?P<y4>{_YR})"
    rf"|FY\s?(?P<y5>{_YR})\s*[-/]?\s*(?P<k5>[QH])(?P<n5>[1-4])"
    r"|fiscal\s+(?P<k6>[QH])(?P<n6>[1-4])"
    rf"|(?P<k7>H)(?P<n7>[12])\s*(?:FY\s?|fiscal\s+)(?P<y7>{_YR}))(?![\w-])",
    re.IGNORECASE,
)
# A bare ordinal quarter or half, read as fiscal in a story that names fiscal periods.
_BARE = re.compile(
    rf"\b(?:the\s+)?(?P<o>{_ORD})[\s-](?P<k>quarter|half)(?![\w-]|\s+(?:of\b|['’]?\d))"
    r"|\b(?P<k2>Q)(?P<n>[1-4])\b(?!\s*(?:of\s+)?(?:FY|fiscal|['’]?\d))",
    re.IGNORECASE,
)
# A sentence of the economy's quarters, never a company's fiscal ones.
_CALENDAR = re.compile(r"\b(?:gdp|economy|economic|calendar|inflation)\b", re.IGNORECASE)
_FISCAL_YEAR = re.compile(
    rf"\b(?:{_FY}\s+(?:year\s+)?(?P<y1>{YEAR_DIGITS})|FY\s?(?P<y2>{_YR})"
    rf"|(?P<y3>{YEAR_DIGITS})\s+{_FY}\s+year)(?![\w-])",
    re.IGNORECASE,
)
_DAY = r"(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?)?"
# The months a period is named with, right beside it: "the three months to Dec. 31",
# "ended Dec. 31", "the October-December quarter".
_ENDED = re.compile(
    rf"(?:(?:the\s+|its\s+)?(?P<len>three|3|six|6)[\s-]months?\s+|(?:the\s+|its\s+)?"
    r"(?:quarter|half[\s-]year|half|period)\s+)?(?:which\s+|that\s+)?"
    rf"(?:to|ended|ending|ends|through|thru)\s+(?P<m>{_MON}){_DAY}(?:,?\s+(?P<y>{YEAR_DIGITS}))?",
    re.IGNORECASE,
)
_SPAN = re.compile(
    rf"(?:the\s+)?(?P<m1>{_MON})\.?\s*(?:[-–/]|\s+to\s+)\s*(?P<m2>{_MON})\.?(?:\s+(?P<y>{YEAR_DIGITS}))?"
    r"\s+(?:quarter|half|period)",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\s*(?:,|\(|—)\s*(?:its|their|or|the(?:\s+\w+['’]s)?|\w+['’]s)?\s*", re.I)
_GAP = re.compile(r"\s*(?:,|\(|—|–|-|:)?\s*(?:(?:or|i\.e\.)\s+)?", re.IGNORECASE)
# The end of the company's fiscal year, stated once in the story.
_YEAR_ENDS = re.compile(
    rf"\b{_FY}\s+(?:year\s+)?(?:(?P<y>{YEAR_DIGITS}|{_YR}),?\s+)?(?:that\s+|which\s+)?"
    r"(?:(?P<end>ends|ending|ended|closes|closing|runs\s+(?:to|through|until)|to)"
    r"|(?P<start>begins|beginning|began|starts|starting|started|runs\s+from))"
    rf"\s+(?:in\s+|on\s+|(?:at\s+)?the\s+end\s+of\s+)?(?P<m>{_MON}){_DAY}(?:,?\s+(?P<y2>{YEAR_DIGITS}))?",
    re.IGNORECASE,
)
FISCAL = ("fiscal_q", "fiscal_h")
_CHEAP = re.compile(r"fiscal|financial|FY", re.IGNORECASE)
_LENGTH = {"q": 3, "h": 6}


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'’")
    return int(s) if len(s) == 4 else 2000 + int(s)


def _kind_n(m: re.Match) -> tuple[str, int, int | None]:
    g = {k: v for k, v in m.groupdict().items() if v}
    for i in "1237":
        if f"o{i}" in g:
            return g[f"k{i}"][0].lower(), _ORD_N[g[f"o{i}"].lower()], _year(g.get(f"y{i}"))
    if "n4" in g:
        return "q", int(g["n4"]), _year(g["y4"])
    i = "5" if "n5" in g else "6" if "n6" in g else "7"
    return g[f"k{i}"].lower(), int(g[f"n{i}"]), _year(g.get(f"y{i}"))


def _bare(b: re.Match) -> tuple[str, int]:
    if b.group("k2"):
        return "q", int(b.group("n"))
    return b.group("k")[0].lower(), _ORD_N[b.group("o").lower()]


def _anchor(text: str, start: int, end: int, kind: str) -> tuple[int, int | None] | None:
    """The end month (and year) of the span the period is named with beside it."""
    gap = _GAP.match(text, end)
    for pos in dict.fromkeys((end, gap.end() if gap else end)):
        got = _ENDED.match(text, pos)
        if got and (not got.group("len") or _LENGTH[kind] == int(_num(got.group("len")))):
            return _month(got.group("m")), _year(got.group("y"))
        span = _SPAN.match(text, pos)
        if span and _spans(span, kind):
            return _month(span.group("m2")), _year(span.group("y"))
    for span in _SPAN.finditer(text, max(0, start - 60), start):
        between = text[span.end() : start]
        if _BEFORE.fullmatch(between) and _spans(span, kind):
            return _month(span.group("m2")), _year(span.group("y"))
    return None


def _year_end(month: int, kind: str, n: int) -> int:
    """The month a fiscal year ends in, from the end month of its n-th quarter or half."""
    return (month + _LENGTH[kind] * ((4 if kind == "q" else 2) - n) - 1) % 12 + 1


def _num(s: str) -> int:
    return {"three": 3, "six": 6}.get(s.lower(), int(s) if s.isdigit() else 0)


def _spans(span: re.Match, kind: str) -> bool:
    first, last = _month(span.group("m1")), _month(span.group("m2"))
    return (last - first) % 12 + 1 == _LENGTH[kind]


def fiscal_year_end(texts: Sequence[str]) -> tuple[int, int] | None:
    """(end month, years from a fiscal year's name to the year it ends in) when the
    story states one end of its fiscal year, or anchors one fiscal period."""
    ends: set[tuple[int, int]] = set()
    for text in texts:
        for m in _YEAR_ENDS.finditer(text):
            month = _month(m.group("m"))
            month = month if m.group("end") else (month - 2) % 12 + 1
            named, year = _year(m.group("y")), _year(m.group("y2"))
            ends.add((month, year - named if named and year and m.group("end") else 0))
        for m in _PERIOD.finditer(text):
            kind, n, _ = _kind_n(m)
            got = _anchor(text, m.start(), m.end(), kind)
            if got:
                ends.add((_year_end(got[0], kind, n), 0))
    months = {e[0] for e in ends}
    if len(months) != 1:
        return None
    return max(ends)


def _ending(end: tuple[int, int | None], length: int, pub: date | None, future: bool):
    """The span of ``length`` months ending in the month given; without a year, the
    last one ended by publication (the next one in a sentence about the future)."""
    month, year = end
    if year is None:
        if pub is None:
            return None
        year = pub.year if month < pub.month else pub.year - 1
        if future and (year, month) < (pub.year, pub.month):
            year += 1
    y0, m0 = add_months(year, month, 1 - length)
    return datetime(y0, m0, 1), month_iv(year, month)[1]


def _mention(old: TimeMention | None, text: str, s: int, e: int, kind: str, n: int, iv, fy, pub):
    name = f"fiscal {'Q' if kind == 'q' else 'H'}{n}" + (f" {fy}" if fy else "")
    value = f"{name} ({fmt_interval(*iv)})" if iv else f"{name} (its months not stated)"
    fields = ((f"fiscal_{kind}", n),) + ((("fiscal_y", fy),) if fy else ())
    timex = f"{iv[0].year:04d}-F{kind.upper()}{n}" if iv else f"XXXX-F{kind.upper()}{n}"
    base = old or TimeMention(s, e, text[s:e], "DATE", timex, iv, "quarter", published=pub)
    gran = "quarter" if kind == "q" else "half"
    return replace(
        base, start=s, end=e, text=text[s:e], timex=timex, interval=iv, granularity=gran,
        value=value, fields=fields, needs_published=False, deictic=False, published=pub,
        modifier=None, part=None,
    )  # fmt: skip


def with_fiscal_periods(
    texts: Sequence[str], found: list[list[TimeMention]], published: date | None
) -> list[list[TimeMention]]:
    """Each sentence's times with its fiscal periods read as the company's months."""
    if not any(_CHEAP.search(t) for t in texts):
        return found
    fiscal = [list(_PERIOD.finditer(t)) for t in texts]
    fy_end = fiscal_year_end(texts)
    if not any(fiscal) and fy_end is None:
        return found
    out = []
    for text, ms, periods in zip(texts, found, fiscal, strict=True):
        spans = [(p.start(), p.end(), *_kind_n(p)) for p in periods]
        if any(fiscal) and not _CALENDAR.search(text):
            taken = [(p.start(), p.end()) for p in periods]
            spans += [
                (b.start(), b.end(), *_bare(b), None)
                for b in _BARE.finditer(text)
                if not any(s <= b.start() < e for s, e in taken)
            ]
        new = []
        for s, e, kind, n, fy in spans:
            over = [m for m in ms if m.start < e and m.end > s]
            tense = next((m.tense for m in over if m.tense), None)
            end = _anchor(text, s, e, kind)
            if end is None and fy_end and fy_end[0] != 12:
                end = _end_in_year(kind, n, fy, fy_end, published)
            iv = _ending(end, _LENGTH[kind], published, tense == "future") if end else None
            ms = [m for m in ms if not (m.start < e and m.end > s)]
            new.append(_mention(over[0] if over else None, text, s, e, kind, n, iv, fy, published))
        if fy_end and fy_end[0] != 12:
            ms = [_placed_year(text, m, fy_end) for m in ms]
        out.append(sorted([*ms, *new], key=lambda m: (m.start, m.end)))
    return out


def _end_in_year(kind: str, n: int, fy: int | None, fy_end: tuple[int, int], pub: date | None):
    """The end month (and year) of the n-th quarter or half of a fiscal year ending in
    the month ``fy_end`` gives."""
    last = (fy_end[0] - _LENGTH[kind] * ((4 if kind == "q" else 2) - n) - 1) % 12 + 1
    ends_in = fy + fy_end[1] if fy else _current_fiscal_year(fy_end[0], pub)
    year = ends_in - (1 if last > fy_end[0] else 0) if ends_in else None
    return last, year


def placed_by_story(
    text: str, m: TimeMention, fy_end: tuple[int, int], pub: date | None
) -> TimeMention:
    """A fiscal period of no stated months (or a fiscal year) of a report that states
    no end of its fiscal year, placed by the end another report of the story states
    (session 43, :mod:`.story_fiscal`); any other mention as it is."""
    if fy_end[0] == 12:
        return m
    f = _fiscal(m)
    if f is None:
        placed = _placed_year(text, m, fy_end)
    elif m.interval is not None:
        return m
    else:
        kind, n = f
        fy = dict(m.fields).get("fiscal_y")
        end = _end_in_year(kind, n, fy, fy_end, pub)
        iv = _ending(end, _LENGTH[kind], pub, m.tense == "future")
        placed = _mention(m, text, m.start, m.end, kind, n, iv, fy, pub) if iv else m
    if placed is m:
        return m
    return replace(placed, value=placed.value[:-1] + ", its fiscal year as another report tells)")


def _current_fiscal_year(end_month: int, pub: date | None) -> int | None:
    """The calendar year the story's fiscal year ends in: the fiscal year of the
    last quarter a company could have reported by publication (results come out
    within about two months of a quarter's end), so a results story's 'third
    quarter' ahead and 'first quarter' behind are of one fiscal year (session 42,
    reader R42c: a fiscal Q3 still to come was read as the one a year before)."""
    if pub is None:
        return None
    y, m = add_months(pub.year, pub.month, -2)
    return y if m <= end_month else y + 1


def _placed_year(text: str, m: TimeMention, fy_end: tuple[int, int]) -> TimeMention:
    """'fiscal 2026' / 'FY26' of a story whose fiscal year ends in June: July 2025 to June 2026."""
    if m.granularity != "year" or m.type != "DATE":
        return m
    named = next((y for y in _FISCAL_YEAR.finditer(text) if y.start() <= m.start < y.end()), None)
    if named is None:
        return m
    fy = _year(named.group("y1") or named.group("y2") or named.group("y3"))
    month, shift = fy_end
    year = fy + shift
    y0, m0 = add_months(year, month, -11)
    iv = (datetime(y0, m0, 1), month_iv(year, month)[1])
    value = f"fiscal {fy} ({fmt_interval(*iv)})"
    return replace(m, interval=iv, value=value, timex=f"FY{fy}", fields=(("fiscal_y", fy),))


def _fiscal(m: TimeMention) -> tuple[str, int] | None:
    f = dict(m.fields)
    return next(((k[-1], f[k]) for k in FISCAL if k in f), None)


def fiscal_comparison(a: TimeMention, b: TimeMention) -> Comparison | bool | None:
    """Two fiscal periods of no stated months by their names; a fiscal period of no
    stated months against any other time, or against a calendar quarter or half of
    its own name, not at all (None); True: compare their months as usual."""
    fa, fb = _fiscal(a), _fiscal(b)
    if not (fa or fb):
        return True
    if fa and fb:
        if a.interval and b.interval:
            return True
        ya, yb = dict(a.fields).get("fiscal_y"), dict(b.fields).get("fiscal_y")
        same = fa == fb and (ya is None or yb is None or ya == yb)
        why = "the same fiscal period" if same else "different fiscal periods"
        return _said(Verdict.CONSISTENT if same else Verdict.CONFLICT, a, b, why)
    f, (u, r) = (fa or fb), ((a, b) if fa else (b, a))
    if u.interval is None:
        return None  # no months: never read as the calendar quarter of its name
    named = _BARE.fullmatch(r.text) or re.fullmatch(r"Q[1-4]", r.text)
    if named and r.interval and _calendar(f) == (r.interval[0].month, _months(r)):
        return None  # 'the second quarter' beside a fiscal one: its name, no other months
    return True


def _calendar(f: tuple[str, int]) -> tuple[int, int]:
    length = _LENGTH[f[0]]
    return (f[1] - 1) * length + 1, length


def _months(m: TimeMention) -> int:
    lo, hi = m.interval
    return (hi.year - lo.year) * 12 + hi.month - lo.month


def _said(verdict: Verdict, a: TimeMention, b: TimeMention, why: str) -> Comparison:
    la, lb = a.display(), b.display()
    return Comparison(verdict, f"{la} vs {lb}: {why} — {verdict.value}", la, lb)
