"""A fighter's or a team's record: wins, losses and draws written with dashes
(issue 11, trial 28): "Wladimir Klitschko (52-3, 46 KOs)", "Wladimir
Klitschko, 53-3, 47 KO's,", "improved the Ukrainian-born fighter to 52-3",
"Rahman fell to 45-7-2", "the Colts (11-4)".

Each number of a record is a count of its own (wins, losses, draws), so two
reports' records compare number by number, each with its counterpart: 53 wins
against 52 wins, 3 losses against 3 losses. Whose record it is stays with the
words around it (``facts.whose``: the name before the parentheses or before
the commas of an apposition), so one fighter's wins never pair with his
opponent's.

Read only where the words say it is a record: in parentheses or between
commas right after a name, or after "record", "improved … to", "fell to",
"went", "is now". A game's score ("won 31-24", "a 14-0 lead"), a vote ("a 5-4
vote"), a range ("3-5 percent") or a date is no record.
"""

from __future__ import annotations

import re

from .mention import QuantityMention

__all__ = ["find_records", "with_records"]

_S = r"[ \u00a0]+"
# W-L or W-L-D; not part of a longer figure, a decimal, a date or a percentage.
_RECORD = re.compile(r"(?<![\w.,$£€/:-])(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?(?![\w/%:-]|\.\d)")
# "Klitschko (52-3, 46 KOs)", "the Colts (11-4)": a name, then the record opening
# the parentheses, which close or go on to its knockouts.
_NAME = r"[A-Z][\w'.-]*"
_PAREN_BEFORE = re.compile(rf"{_NAME}[ \u00a0]*\($")
_PAREN_AFTER = re.compile(r"[ \u00a0]*(?:\)|,)")
# "Wladimir Klitschko, 53-3, 47 KO's, …": an apposition after a name.
_APPOSITION_BEFORE = re.compile(rf"{_NAME},{_S}$")
_APPOSITION_AFTER = re.compile(r"[ \u00a0]*(?:,|\)|\.(?:\s|$)|;)")
# "improved his record to 52-3", "the victory took Klitschko's record to 52-3",
# "improved the Ukrainian-born fighter to 52-3", "fell to 45-7-2", "is now 10-5-2".
_CUE_BEFORE = re.compile(
    rf"(?:\brecords?(?:{_S}(?:to|of|at|is|was|stands{_S}at|now))?"
    rf"|\b(?:improv\w*|lift\w*|rais\w*|mov\w*|push\w*|took|takes|taking)(?:{_S}[\w'-]+){{0,4}}?{_S}to"
    rf"|\b(?:fell|falls|falling|dropped|drops|dropping|slipped|slips|slid)(?:{_S}to)?"
    rf"|\b(?:went|goes|gone|going|finished|is{_S}now|are{_S}now|now))"
    rf"{_S}$",
    re.IGNORECASE,
)
_SIDES = ("win", "loss", "draw")


def _is_record(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 60) : m.start()]
    if _PAREN_BEFORE.search(before):
        return _PAREN_AFTER.match(text, m.end()) is not None
    if _APPOSITION_BEFORE.search(before):
        return _APPOSITION_AFTER.match(text, m.end()) is not None
    return _CUE_BEFORE.search(before) is not None


def find_records(text: str) -> list[QuantityMention]:
    """The wins, losses and draws of the records a sentence gives (module doc)."""
    out = []
    for m in _RECORD.finditer(text):
        if not _is_record(text, m):
            continue
        for i, side in enumerate(_SIDES, start=1):
            if m.group(i) is None:
                continue
            n = float(m.group(i))
            out.append(
                QuantityMention(
                    start=m.start(i), end=m.end(i), text=m.group(i), kind="number",
                    dimension="count", unit=None, value=n, value_high=None, hedge=None,
                    precision=1.0, low=n, high=n, counted=side, exact=True, form=m.group(i),
                    record=True,
                )
            )  # fmt: skip
    return out


def with_records(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` (one sentence's quantities) and the records' counts it did not
    already read, in order."""
    more = [
        m for m in find_records(text) if all(m.end <= q.start or q.end <= m.start for q in found)
    ]
    return sorted([*found, *more], key=lambda q: q.start) if more else found
