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
"went", "is now", "opened", "wound up at", or before "start", "record",
"mark", "in three-plus seasons", "in their last ten" (trial 29, ECB+ 05_ecb:
"have opened 9-14", "a 162-139 record", "is 122-147 in three-plus seasons").
A record read there is never a range: its range reading is dropped. A game's
score ("won 31-24", "Friday's 88-72 setback", "a 14-0 lead") is no record and
no range either: it is read as nothing. A vote ("a 5-4 vote"), a range ("3-5
percent") or a date is no record. A winning percentage (".500", "(.454)") is
no count of games: its counted thing says so.

Which span a record covers (``record_span``): a whole career ("an overall
record of 284-286") or the last or first few games ("2-8 in their last ten")
are other spans than a season's or a stint's record, so they never compare.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import QuantityMention

__all__ = ["find_records", "record_span", "with_records"]

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
# "a 9-14 start", "a 162-139 record", "122-147 in three-plus seasons", "2-8 in their
# last ten", "9-14 with eight losses"
_CUE_AFTER = re.compile(
    rf"{_S}(?:start|record|mark|finish|season|campaign|stretch|skid|slide|overall"
    rf"|in{_S}(?:(?:the|their|its|his|her){_S})?(?:last|first|past|previous|next)\b"
    rf"|in{_S}[\w-]+{_S}(?:seasons?|games|years|starts)\b"
    rf"|with{_S}[\w-]+{_S}(?:wins|losses)\b"
    rf"|(?:at{_S}home|on{_S}the{_S}road|this{_S}season|on{_S}the{_S}season|against)\b)",
    re.IGNORECASE,
)
_CUE_OPEN = re.compile(
    rf"\b(?:opened|opens|started|starts|wound{_S}up(?:{_S}at)?|ended{_S}(?:up{_S})?at"
    rf"|finished{_S}at|stands{_S}at|stood{_S}at|sit{_S}at|sits{_S}at|(?:is|are){_S}just"
    rf"|marks?{_S}of)"
    rf"{_S}$",
    re.IGNORECASE,
)
# A game's score: "Friday's dispirited 88-72 setback", "won 31-24", "a 10-0 run".
_SCORE_AFTER = re.compile(
    rf"{_S}(?:[a-z]+{_S})?(?:loss|losses|win|wins|victory|defeat|setback|triumph|rout|"
    r"thrashing|drubbing|blowout|shutout|decision|lead|run|final|halftime|score)\b",
    re.IGNORECASE,
)
_SCORE_BEFORE = re.compile(
    rf"\b(?:won|win|wins|beat|beats|beating|defeated|defeating|lost|lose|loses|losing|"
    rf"edged|topped|downed|routed|thrashed|trailed|trailing|led|leading|score{_S}of|"
    rf"scores{_S}of|by){_S}(?:(?:the|a|an)?{_S})?(?:[A-Z][\w'.-]*{_S}){{0,2}}$",
)
# ".500", "(.454)": a share of games won, written with three decimals
_WIN_SHARE = re.compile(r"(?<![\w.])\.\d{3}(?![\w.%])")
_OVERALL = re.compile(r"\b(?:overall|career|lifetime|all-time)\b", re.IGNORECASE)
_PART = re.compile(
    rf"{_S}in{_S}(?:(?:the|their|its|his|her){_S})?(?:last|first|past|previous|next)"
    rf"{_S}([\w-]+)",
    re.IGNORECASE,
)
_SIDES = ("win", "loss", "draw")


def _is_record(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 60) : m.start()]
    if _PAREN_BEFORE.search(before):
        return _PAREN_AFTER.match(text, m.end()) is not None
    if _APPOSITION_BEFORE.search(before):
        return _APPOSITION_AFTER.match(text, m.end()) is not None
    return (
        _CUE_BEFORE.search(before) is not None
        or _CUE_OPEN.search(before) is not None
        or (_CUE_AFTER.match(text, m.end()) is not None and not _is_score(text, m))
    )


def _is_score(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 60) : m.start()]
    return bool(_SCORE_AFTER.match(text, m.end()) or _SCORE_BEFORE.search(before))


def record_span(text: str, pos: int) -> str:
    """The span of games the record holding ``pos`` covers, as far as its
    words say: "overall" (a whole career), "last ten" (a last or first few),
    or "" (a season or stint, or not said)."""
    m = next((m for m in _RECORD.finditer(text) if m.start() <= pos < m.end()), None)
    if m is None:
        return ""
    part = _PART.match(text, m.end())
    if part:
        return f"last {part.group(1).lower()}"
    if _OVERALL.search(text, max(0, m.start() - 40), min(len(text), m.end() + 20)):
        return "overall"
    return ""


def _score_spans(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _RECORD.finditer(text)
        if not _is_record(text, m) and _is_score(text, m)
    ]


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
    """``found`` (one sentence's quantities) with the records' counts in place
    of what it read over them (a record or a score is never a range), less the
    scores, and a winning percentage marked as one; in order."""
    records = find_records(text)
    spans = [(r.start, r.end) for r in records] + _score_spans(text)
    if not spans and not _WIN_SHARE.search(text):
        return found
    kept = [_win_share(text, q) for q in found if all(q.end <= s or e <= q.start for s, e in spans)]
    return sorted([*kept, *records], key=lambda q: q.start)


def _win_share(text: str, q: QuantityMention) -> QuantityMention:
    if (
        q.unit is None
        and q.dimension == "count"
        and (w := _WIN_SHARE.search(q.text)) is not None
        and w.end() == len(q.text.rstrip())
    ):
        return replace(q, counted="winning percentage", exact=False)
    return q
