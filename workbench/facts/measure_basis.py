"""Which measure of one outcome a figure is, read from its own clause (issue 11,
session 32, eng93).

One outcome is counted in several ways, and reports quote different ones:
deaths a doctor put down to heatstroke and the excess deaths a statistician
estimates over the usual number; confirmed and suspected cases; deaths
linked to a storm and deaths in it; direct and indirect losses; insured and
total economic losses; the official toll and an aid group's estimate. Each
pair is two measures, never one figure misreported (held-out fresh readers,
issue 11: two such measures were paired inside aligned sentences and called
a conflict).

:func:`bases` gives, per class, the value the figure's own clause names:
{"certainty": "suspected"}, {"attribution": "excess"}, {"insurance":
"insured"}, {"reach": "indirect"}, {"source": "unofficial"}. A class left
unnamed reads as its default — a count is confirmed, direct and official
unless its words say otherwise — save attribution, where a plain "died in
the storm" is neither the deaths *linked to* it nor the *excess* deaths, and
insurance, compared only when both clauses name one (plain "losses" may be
the insured losses another report names). :func:`bases_differ`: two figures
of different values in one class measure two things.
"""

from __future__ import annotations

import re
from functools import lru_cache

_S = r"[ \u00a0]+"
_H = r"[ \u00a0-]"
# Who may give an unofficial toll: "aid groups", "rights monitors", "activists"
# (a source only as the sayer: "police arrested 12 activists" counts activists).
_GROUPS = (
    r"(?:(?:aid|relief|rights|humanitarian|charity|activist|opposition)" + _S
    + r"(?:groups?|agencies|organi[sz]ations?|workers|monitors?)|activists|NGOs?|charities)"
)  # fmt: skip
# (class, value, pattern) — the nearest match to the figure in its clause wins per class
_CLASSES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("certainty", "confirmed", re.compile(r"\b(?:(?:laboratory|lab)-)?confirmed\b", re.I)),
    (
        "certainty",
        "suspected",
        re.compile(
            r"\b(?:suspected|probable|possible|presumed|presumptive|unconfirmed|"
            r"suspect)" + _S + r"(?:\w+" + _S + r")?(?:cases?|infections?|deaths?|"
            r"fatalit(?:y|ies)|victims?|patients?)\b"
            r"|\b(?:are|were|is|was|been)" + _S + r"(?:still" + _S + r"|only" + _S + r")?"
            r"(?:suspected|probable|presumed|unconfirmed|being" + _S + r"investigated)\b",
            re.I,
        ),
    ),
    (
        "attribution",
        "excess",
        re.compile(r"\bexcess" + _S + r"(?:deaths?|mortality|fatalities)\b", re.I),
    ),
    (
        "attribution",
        "attributed",
        re.compile(
            r"\b(?:heat" + _H + r"?stroke|hyperthermia|(?:heat|storm|flood|cold|fire|smoke|"
            r"quake|hurricane|weather|virus|covid|disease|drug|alcohol|gun|crime)"
            r"[ \u00a0-]related)\b"
            r"|\b(?:linked|attributed|blamed|related|connected|ascribed|put" + _S + r"down)"
            + _S + r"(?:directly" + _S + r")?(?:to|on|with)\b",
            re.I,
        ),
    ),
    ("reach", "direct", re.compile(r"\bdirect(?:ly)?\b(?![ \u00a0]+(?:to|on|with)\b)", re.I)),
    ("reach", "indirect", re.compile(r"\bindirect(?:ly)?\b", re.I)),
    (
        "insurance",
        "insured",
        re.compile(
            r"\binsured" + _S + r"(?:\w+" + _S + r")?(?:loss|losses|damage|cost)"
            r"|\binsurers?(?:['’]s?)?" + _S + r"(?:\w+" + _S + r")?(?:paid|pay|payouts?|bill)\b"
            r"|\bpaid" + _S + r"out" + _S + r"by" + _S + r"insurers\b"
            r"|\binsurance" + _S + r"(?:payouts?|claims|bill)\b",
            re.I,
        ),
    ),
    (
        "insurance",
        "uninsured",
        re.compile(r"\buninsured" + _S + r"(?:\w+" + _S + r")?(?:loss|losses|damage)", re.I),
    ),
    (
        "insurance",
        "total",
        re.compile(
            r"\b(?:total|overall|economic)" + _S + r"(?:economic" + _S + r")?"
            r"(?:loss|losses|damage|cost|bill)",
            re.I,
        ),
    ),
    (
        "source",
        "official",
        re.compile(
            r"\b(?:official|government)" + _S + r"(?:death" + _S + r")?"
            r"(?:toll|figures?|count|tally)\b",
            re.I,
        ),
    ),
    (
        "source",
        "unofficial",
        re.compile(
            r"\b(?:unofficial|independent)" + _S + r"(?:\w+" + _S + r")?(?:estimates?|tolls?|"
            r"figures?|counts?|tallies|tally)\b"
            r"|\b(?:according" + _S + r"to|by|from)" + _S + r"(?:local" + _S + r")?" + _GROUPS
            + r"|" + _GROUPS + _S + r"(?:said|say|says|estimated?|estimates|put|counted|"
            r"reported|believe|fear)\b",
            re.I,
        ),
    ),
)  # fmt: skip
# The class a value is read as when the clause names none (attribution has none:
# a plain count of the dead is neither the linked nor the excess deaths).
_DEFAULT = {
    "certainty": "confirmed",
    "reach": "direct",
    "source": "official",
}
# Classes compared only when both clauses name a value: plain "losses" or "the
# A$1.7bn paid out" may well be the insured losses another report names.
_BOTH_NAMED = {"insurance"}
# Where a figure's clause ends: a semicolon, a dash, a comma not before a
# relative or a reporting verb, "and"/"while"/"but"/"whereas" before another figure.
_BREAK = re.compile(
    r"[;:—–]|\s-\s|,(?!\d)(?![ \u00a0]+(?:which|that|who|or|according|said|says|estimates?|"
    r"the[ \u00a0]+\w+[ \u00a0]+(?:said|says|estimated?)))"
    r"|\s(?:while|but|whereas|compared" + _S + r"with)\s"
    r"|\sand\s(?=(?:\w+\s){0,3}?(?:\d|an?\s|some\s|about\s))",
    re.I,
)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _BREAK.finditer(text, 0, start)), default=0)
    hi = _BREAK.search(text, end)
    return lo, hi.start() if hi else len(text)


@lru_cache(maxsize=1 << 14)
def bases(text: str, start: int, end: int) -> dict[str, str]:
    """Each class of measure the clause of the figure at ``text[start:end]``
    names, with its value nearest the figure: {"certainty": "suspected"}."""
    lo, hi = _clause(text, start, end)
    best: dict[str, tuple[int, str]] = {}
    for cls, value, pattern in _CLASSES:
        for m in pattern.finditer(text, lo, hi):
            if m.start() < end and m.end() > start:
                continue
            far = start - m.end() if m.end() <= start else m.start() - end
            if cls not in best or far < best[cls][0]:
                best[cls] = (far, value)
    return {cls: value for cls, (_, value) in best.items()}


def marked(text: str, start: int, end: int) -> bool:
    """Whether the figure is a measure other than its class's default (a
    suspected count, excess or linked deaths, indirect or insured losses, an
    unofficial estimate): not a story's plain key figure."""
    return any(
        _DEFAULT.get(cls) != value
        for cls, value in bases(text, start, end).items()
        if cls not in _BOTH_NAMED
    )


def bases_differ(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> str:
    """The two measures, "suspected / confirmed", when the figures' clauses name
    different measures of one outcome (a class's default standing for a clause
    that names none), else ""."""
    a, b = bases(text_a, *span_a), bases(text_b, *span_b)
    for cls in sorted((a.keys() | b.keys()) - (_BOTH_NAMED - (a.keys() & b.keys()))):
        va, vb = a.get(cls, _DEFAULT.get(cls, "")), b.get(cls, _DEFAULT.get(cls, ""))
        if va != vb:
            return f"{va or 'not stated'} / {vb or 'not stated'}"
    return ""
