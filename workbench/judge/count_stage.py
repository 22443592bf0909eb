"""The stage of a count a figure is of (issue 11, session 36).

"With 97.3 per cent of polling stations counted as of 06:00 local time, Civic
Renewal led with 34.2 per cent" / "final results gave Civic Renewal 34.6 per
cent": one tally at two stages, a partial or provisional count and the final
one. The figures differ because the count went on, not because one report is
wrong (authored election: seven such conflicts, turnout 68.2% / 68.4%, shares
9.3% / 9.4%, all judged wrong by readers, "different stages of the count").

A figure's stage is told by the cue nearest before it in its story, up to the
end of its own sentence: a partial cue ("with 97.3 per cent of polling
stations counted", "provisional results", "early projections", "preliminary
figures", "with most ballots counted") or a final one ("final results", "final
preliminary results", "with every polling station reporting", "the final
tally"). A story built on the partial count tells it once, at its top: the
turnout two paragraphs on is still of that count.

Two stages of one tally are an update: a partial figure against a final one,
or against a figure of a report published later that names no stage; two
partial figures whose shares counted differ. Two figures both claiming one
stage stay compared (two "final" shares that differ conflict), and so does a
figure its clause dates to another year ("61.9 per cent at the last election
in June 2022") or tells as the level it rose from.
"""

from __future__ import annotations

import re
from datetime import date

from ..facts.bars import one_margin
from ..facts.measure import measure_of
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import TIME_KINDS
from .stages import VALUE, Outcome, Rule

_S = r"[ \u00a0]+"
_SHARE = (
    r"(?:\d[\d.,]*" + _S + r"?(?:per" + _S + r"?cent|percent|%)|most|nearly" + _S + r"all|"
    r"almost"
    + _S
    + r"all|about"
    + _S
    + r"half|half|two-thirds|three-quarters|a"
    + _S
    + r"(?:third|quarter)|\w+"
    + _S
    + r"(?:per"
    + _S
    + r"?cent|percent))"
)
_UNITS = (
    r"(?:polling" + _S + r"stations|precincts|ballots|votes|the" + _S + r"vote|districts|"
    r"constituencies|wards|counties|returns|results|ballot" + _S + r"boxes)"
)
# a partial count: "with 97.3 per cent of polling stations counted", "with most
# ballots counted", "provisional results", "early projections", "partial returns"
_PARTIAL = re.compile(
    r"(?i:\bwith" + _S + _SHARE + r"(?:" + _S + r"of)?(?:" + _S + r"the)?" + _S + _UNITS
    + _S + r"(?:now" + _S + r")?(?:counted|reporting|reported|in|tallied|declared|processed)\b"
    + r"|(?<!final )\b(?:provisional|preliminary|early|partial|incomplete|initial)"
    + _S + r"(?:official" + _S + r")?(?:results|count|tally|returns|projections?|figures)\b)"
)  # fmt: skip
# the final count: "final results", "the final tally", "final preliminary results",
# "with every polling station reporting", "with all ballots counted"
_FINAL = re.compile(
    r"(?i:\bfinal" + _S + r"(?:preliminary" + _S + r"|official" + _S + r"|provisional" + _S
    + r")?(?:results|count|tally|returns|figures)\b"
    + r"|\bwith" + _S + r"(?:every|all|100" + _S + r"?(?:per" + _S + r"?cent|percent|%)"
    + r"(?:" + _S + r"of)?)" + _S + r"(?:the" + _S + r")?" + r"(?:polling" + _S
    + r"stations?|precincts?|ballots?|votes?|districts?|constituenc(?:y|ies))" + _S
    + r"(?:now" + _S + r")?(?:counted|reporting|reported|in|tallied|declared)\b)"
)  # fmt: skip
_COUNTED = re.compile(r"\d[\d.,]*")
_OF_A_TALLY = ("percent", "count")


def stage_of(f: Fact, sentence: str, story: str) -> tuple[str, str]:
    """("partial" | "final" | "", the cue's words) for a figure of ``story``:
    the last cue before the end of its sentence."""
    at = story.find(sentence) if sentence else -1
    end = at + len(sentence) if at >= 0 else f.end
    if not (0 < end <= len(story)):
        return "", ""
    cues = [(m.start(), "partial", m.group()) for m in _PARTIAL.finditer(story, 0, end)]
    cues += [(m.start(), "final", m.group()) for m in _FINAL.finditer(story, 0, end)]
    if not cues:
        return "", ""
    _, stage, words = max(cues)
    return stage, words


def _tally_figure(f: Fact, sentence: str) -> bool:
    """A share or a count of the tally itself: not a year's figure ("61.9 per cent
    at the last election in June 2022") nor the level a change rose from."""
    if f.kind in TIME_KINDS or getattr(f.mention, "dimension", "") not in _OF_A_TALLY:
        return False
    at = sentence.find(f.text)
    if at < 0:
        return False
    m = measure_of(sentence, at, at + len(f.text))
    if m.role in ("before", "change", "added", "age"):
        return False
    return not m.year or _year_of_another(sentence, at + len(f.text), m.year)


def _year_of_another(sentence: str, end: int, year: str) -> bool:
    """The year its clause gives is another figure's, written between them:
    "rose to 68.4 per cent from 64.9 per cent in 2022"."""
    told = sentence.find(year, end)
    return told > 0 and _COUNTED.search(sentence, end, told) is not None


def _one_counted_noun(c: ValueCase) -> bool:
    """Both counts name one counted noun ("57 seats" / "58 seats")."""
    units = [str(getattr(f.mention, "unit", "") or "") for f in (c.x, c.y)]
    return bool(units[0]) and units[0] == units[1]


def _one_margin(c: ValueCase) -> bool:
    """Both counts are one margin against one bar ('19 seats short of the 76
    needed' / '18 seats short of a majority', facts/bars.one_margin): one thing
    counted, told at two stages of the count (session 37, authored election)."""
    spans = []
    for f, sentence in zip((c.x, c.y), c.texts, strict=True):
        # the figure as a word of its own: '9' is not the 9 of '92 seats'
        at = re.search(r"(?<![\w.,])" + re.escape(f.text) + r"(?!\w)", sentence)
        if at is None:
            return False
        spans.append(at.span())
    return one_margin(c.texts[0], spans[0], c.texts[1], spans[1])


def _stages(c: ValueCase) -> tuple[tuple[str, str], tuple[str, str]] | None:
    if c.cmp.verdict not in (Verdict.CONFLICT, Verdict.UNRESOLVED):
        return None
    if not all(_tally_figure(f, s) for f, s in zip((c.x, c.y), c.texts, strict=True)):
        return None
    dimension = getattr(c.x.mention, "dimension", "")
    if dimension != getattr(c.y.mention, "dimension", ""):
        return None
    if dimension == "count" and not (_one_counted_noun(c) or _one_margin(c)):
        return None  # '19 seats short' / 'seven to spare': what each counts is not told alike
    return (
        stage_of(c.x, c.texts[0], c.stories[0]),
        stage_of(c.y, c.texts[1], c.stories[1]),
    )


def _later(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and b > a


def two_stages(c: ValueCase) -> bool:
    """Two differing figures of one tally told at two stages of its count."""
    found = _stages(c)
    if found is None:
        return False
    (sa, wa), (sb, wb) = found
    pa, pb = c.published
    if {sa, sb} == {"partial", "final"}:
        return True
    if sa == "partial" and not sb:
        return _later(pa, pb)
    if sb == "partial" and not sa:
        return _later(pb, pa)
    if sa == sb == "partial":  # two partial counts at different shares counted
        ca, cb = _COUNTED.findall(wa), _COUNTED.findall(wb)
        return bool(ca and cb and ca != cb)
    return False


def two_stages_note(c: ValueCase) -> str:
    found = _stages(c)
    assert found is not None
    told = []
    for f, (stage, words), p in zip((c.x, c.y), found, c.published, strict=True):
        if stage:
            told.append(f"'{f.text}' of the {stage} count ('{words}')")
        else:
            told.append(f"'{f.text}' in a later report (published {p:%-d %b}), of no stage")
    compared = c.cmp.explanation.split(": ", 1)[0]
    return (
        f"{compared}: two stages of one count, {told[0]} / {told[1]} — the count went on "
        "between them, an update, not a contradiction — consistent"
    )


TWO_STAGES_OF_A_COUNT = Rule(
    "two_stages_of_a_count",
    VALUE,
    two_stages,
    Outcome.CONSISTENT,
    "two differing shares or counts of one tally told at two stages of its count: one "
    "of a partial or provisional count ('with 97.3 per cent of polling stations counted "
    "as of 06:00', 'provisional results', 'early projections'), the other of the final "
    "count ('final results', 'with every polling station reporting') or of a later "
    "report naming no stage, or two partial counts at different shares counted; the cue "
    "carries through a story built on the partial count. An update, not a conflict "
    "(session 36, authored election: seven conflicts of the 06:00 count against the "
    "final one judged wrong). Two figures claiming one stage stay compared",
    "tests/test_s36_count_stages.py::test_two_stages_of_one_count_are_an_update",
    two_stages_note,
)
