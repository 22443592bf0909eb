"""A figure or a date its sentence places years before its report: an earlier
happening told as background (issue 11, session 37: "different happenings
paired").

facts/background.py reads an earlier happening from words alone ("the 2012
fire, which killed 40", "In 2021 a station recorded", "the strongest since
1999"). Copy also tells one in words it does not know: "The plant had a fire
in 2012 that injured three workers", "The city's deadliest fire in recent
memory, in 1991, killed 44 people", "In May 2001, 126 people died at the Accra
Sports Stadium". Those figures were compared with today's toll and injured,
and the year with today's day (authored development plant_explosion,
tower_fire, stadium_crush: five wrong flags).

What the words alone cannot say, the report's own date can: a news report's
main event lies within days of its publication, so a date whose whole span
ends two calendar years or more before the publication it is read against
(``Fact.value["published"]``, kept with every date) dates another happening.
Such a date, and a count of a happening (``Measure.event``: killed, injured …)
that date places — in the figure's own clause, a sentence opening on it ("In
May 2001, 126 died", "In Accra in May 2001,"), or an aside just before it (",
in 1991, killed 44"), no other value between — are of an earlier happening.
The CANDIDATE row ``told_as_background`` (after ``different_periods``) keeps
such a figure from one its words and date leave the story's own; two counts
so placed in different years are two earlier happenings; two earlier dates,
or an earlier figure against one its words already tell as earlier ("the 1991
blaze"), still compare. A size, a length or any figure that counts no
happening is never placed: "a 3,850-tonne ferry built in 1991" is its size
now.

Why it holds on events not seen: it reads no word of any one story, only the
distance between a date and its report. It will not read a year two or more
back that misdates today's event as wrong ("on 18 November 2023" in a 2025
story): such a slip is left uncompared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from ..facts.measure import Measure
from ..facts.whose import clause_bounds
from ..model import Claim, Fact
from .cases import CandidateCase
from .family_helpers import QUANTITY_KINDS
from .stages import CANDIDATE, Outcome, Rule

# calendar years between a date's end and its report's publication
YEARS_BACK = 2
EARLIER = "earlier"
# "In May 2001, 126 people died", "On 1 October 2022, 135 people died": a
# sentence opening on the date (a place before it allowed: "In Accra in May 2001,")
_OPENING = re.compile(r"^[\"'“‘ \u00a0]*(?:(?:In|On|At)[ \u00a0]+[^,]{0,40}?)?$")
# ", in 1991, killed 44", ", on 1 October 2022, 135 people died": an aside
# before the figure, at most three words between
_ASIDE_AFTER = re.compile(r"[ \u00a0]*,(?:[ \u00a0]+[\w'’-]+){0,3}[ \u00a0]+$")
_ASIDE_BEFORE = re.compile(r",[ \u00a0]+(?:(?:in|on)[ \u00a0]+)?$", re.IGNORECASE)
# "struck Galtür in February 1999, killing 31 people": a participle going on with
# the happening its date ends (session 40, opened avalanche), a few words between
_GOING_ON = re.compile(
    r"[^,;.]{0,30},[ \u00a0]+(?:killing|leaving|injuring|wounding|claiming|burying)"
    r"(?:[ \u00a0]+(?:at[ \u00a0]+least|more[ \u00a0]+than|some|about|nearly))?[ \u00a0]+$",
    re.IGNORECASE,
)


def _published(f: Fact) -> date | None:
    try:
        return date.fromisoformat(str(f.value.get("published") or ""))
    except ValueError:
        return None


def _year(d: Fact) -> str:
    """The year a date's span starts in ("2001" of "In May 2001")."""
    return str((d.value.get("interval") or [""])[0])[:4]


def years_back(f: Fact) -> bool:
    """A date whose whole span ends ``YEARS_BACK`` calendar years or more before
    the publication it was read against ("in 2012" in a 2025 report)."""
    published, span = _published(f), _span(f)
    if published is None or span is None or span[1] is None:
        return False
    last = span[1] - timedelta(days=1)  # the end is open
    return published.year - last.year >= YEARS_BACK


def _span(f: Fact) -> tuple[date | None, date | None] | None:
    """A date's span as days (first, end; the end open), an end that cannot be
    read None; None for no date or no span."""
    span = f.value.get("interval") if f.kind == "date" else None
    if not span or len(span) != 2:
        return None

    def day(v) -> date | None:
        try:
            return date.fromisoformat(str(v)[:10]) if v else None
        except ValueError:
            return None

    return day(span[0]), day(span[1])


def _places(claim: Claim, d: Fact, f: Fact, others: list[Fact]) -> bool:
    """Whether the old date ``d`` places the figure ``f`` of its sentence."""
    text = claim.text
    ds, de = d.start - claim.start, d.end - claim.start
    fs, fe = f.start - claim.start, f.end - claim.start
    lo, hi = clause_bounds(text, fs, fe)
    if any(
        min(de, fe) <= g.start - claim.start and g.end - claim.start <= max(ds, fs) for g in others
    ):
        return False  # a date or a figure between: "68.4% from 64.9% in 2022" (the 64.9's)
    if lo <= ds and de <= hi:
        return True
    if de > fs:
        return False
    if _OPENING.match(text, 0, ds) and not re.search(r"[.;]", text[de:fs]):
        return True
    if _GOING_ON.fullmatch(text, de, fs):
        return True
    return bool(_ASIDE_BEFORE.search(text, 0, ds) and _ASIDE_AFTER.fullmatch(text, de, fs))


def placed_year(claim: Claim, f: Fact, facts: Sequence[Fact], m: Measure) -> str:
    """The year of the earlier happening a figure or a date is of, read from the
    distance to its report: a date years back, its own year; a count of a
    happening (``Measure.event``) such a date places, that date's; else ""."""
    if years_back(f):
        return _year(f)
    if f.kind not in QUANTITY_KINDS or not m.event:
        return ""  # "a 3,850-tonne ferry built in 1991" is the ferry's size today
    for d in facts:
        between = [g for g in facts if g is not d and g is not f and g.kind != "duration"]
        if years_back(d) and _places(claim, d, f, between):
            return m.year or _year(d)
    return ""


def told_as_background(c: CandidateCase) -> bool:
    """One figure or date of an earlier happening, by the distance of its date
    to its report, and the other of none (neither its date nor its words say
    "earlier"): two happenings. Two counts of earlier happenings placed in
    different years ("In May 2001, 126 died at the Accra stadium" / "On 1
    October 2022, 135 died at the Kanjuruhan stadium") are two happenings too;
    two earlier dates still compare ("built in 1847" / "completed in 1874")."""
    if c.claims is None or c.measures is None:
        return False
    (ca, cb), (ma, mb) = c.claims, c.measures
    ya, yb = placed_year(ca, c.x, c.facts[0], ma), placed_year(cb, c.y, c.facts[1], mb)
    if ya and yb:
        return c.x.kind in QUANTITY_KINDS and ya != yb
    if ya:
        return mb.scope != EARLIER and not _undated(c.y) and not _a_whole_year(c.y)
    if yb:
        return ma.scope != EARLIER and not _undated(c.x) and not _a_whole_year(c.x)
    return False


def _a_whole_year(f: Fact) -> bool:
    """A date that names a year and no part of it ("in 2023"): no report dates
    its own main event so, so it is no sign of the story's own happening, and a
    year against a year two back still compares ("killed a worker in 2022" / "a
    2023 blast" in a 2024 report: one accident, dated two ways)."""
    first, end = _span(f) or (None, None)
    return first is not None and end is not None and (end - first).days >= 365


def _undated(f: Fact) -> bool:
    """A date of a report with no publication date: whether it is years back is
    not known ("in 2021" / "three years ago": one year)."""
    return f.kind == "date" and _published(f) is None


TOLD_AS_BACKGROUND = Rule(
    "told_as_background",
    CANDIDATE,
    told_as_background,
    Outcome.SKIP,
    "a figure or a date its sentence places two calendar years or more before its "
    "report ('The plant had a fire in 2012 that injured three workers'; 'The city's "
    "deadliest fire, in 1991, killed 44'), against one of the story's own event, or two "
    "counts of earlier happenings placed in different years ('In May 2001, 126 died at "
    "the Accra stadium' / 'On 1 October 2022, 135 died at Kanjuruhan'), are figures of "
    "different happenings: a report's main event lies within days of its publication",
    "tests/test_s37_different_happenings.py::test_a_figure_its_sentence_places_years_back_"
    "is_not_held_against_todays; authored development plant_explosion, tower_fire, "
    "stadium_crush (a background fire's injured and year, an earlier fire's toll, two "
    "earlier disasters' tolls)",
)
