"""Lengths of time an editor would not set against each other as a conflict
(session 9: vague amounts, magnitudes, open bounds at the figure).

The reading, decided here and used by :func:`.compare._cmp_duration`:

* **Vague amounts are ranges, and only far misses conflict.** "a few" is 2–5,
  "a couple of" 2–3, "several" 3–9, "dozens of" 24–144, "hundreds of"
  200–999 (``lex.VAGUE_COUNTS``). Overlapping ranges agree. When they do not
  overlap, a vague side is a manner of speaking, not a figure to correct: if
  the other length is within :data:`VAGUE_REACH` times the vague range's
  nearest end ("a few minutes" / "ten minutes": twice), the pair is
  *unresolved* (the editor may check, nothing to correct); further off ("a few
  minutes" / "three hours") it is still a conflict.
* **Different magnitudes are different things.** Two lengths stated in
  different units ("15 years", "about 15 minutes") whose values are
  :data:`OTHER_THING` times or more apart measure different things (a career
  and a chase), not one length told two ways: not comparable.
* **An open bound at the other's figure** ("more than 8 years" / "8 years"):
  the bound excludes the figure itself, but a length in whole years is
  rounded ("8 years" may be eight years and some months), so neither
  consistent ("both allow 8 years" is not what either says) nor a conflict:
  *unresolved*, saying what each states. A closed bound ("at least 8 years")
  includes the figure and agrees. A figure hedged both ways ("about five
  hours", 4h30–5h30) reaches past the bound ("more than five hours"): the two
  overlap and agree (session 36: the question said "'about five hours' states
  4 hours 30 minutes", which it does not).
"""

from __future__ import annotations

import math
import re

from ... import thresholds
from ...model import Verdict
from .base import norm
from .cal import fmt_seconds
from .mention import TimeMention

# a miss within twice a vague range's nearest end may be the same (as in quantity.vague)
VAGUE_REACH = 2.0
OTHER_THING = 100.0  # values this many times apart in different units: different things

# "over" after an amount or a verb of spreading is the preposition, not "more than":
# "$150 million over seven years", "paid over five years", "a deal over three seasons";
# so after a length or a count of sittings ("40 hours over four days", "six sessions
# over two weeks") and after an activity ("deliberated over four days", "talks held
# over two days"): the span the activity took (issue 11, trial 27); also in an aside:
# "the $161 million (over seven years) that Sabathia received", and after a percentage
# ("12% over three years") (session 21)
_SPREAD_BEFORE = re.compile(
    r"(?:\d(?:m|bn|mn|k|%)?|\b(?:million|billion|trillion|thousand|m|bn|k|spread|paid|payable|repaid|phased"
    r"|staggered|split|divided|stretched|spent|invested|deal|contract|extension|pact"
    r"|seconds?|minutes?|hours?|days?|weeks?|months?|years?|sessions?|sittings?|rounds?"
    r"|meetings?|hearings?|shifts?|deliberat\w*|negotiat\w*|talks|held|conducted|played"
    r"|met|searched|operated|worked))"
    r"[\s,()]*$",  # "$161 million (over seven years)"
    re.I,
)
_VAGUE = re.compile(r"\b(?:a\s+few|few|several|(?:a\s+)?couple|dozens|hundreds|many)\b")
_UNIT = re.compile(r"([YMWDHS])$")


def vague(m: TimeMention) -> bool:
    """A length counted with a vague word ('a few minutes', 'several years')."""
    return bool(_VAGUE.search(norm(m.text)))


def vague_miss(a: TimeMention, b: TimeMention, short: float, long_: float) -> str:
    """Why two lengths that do not overlap are not a conflict when one is
    vague and the other is near it; "" when that does not apply."""
    if not (vague(a) or vague(b)) or short <= 0 or long_ > VAGUE_REACH * short * 1.01:
        return ""
    which, other = (a, b) if vague(a) else (b, a)
    hi = which.amount[1]
    where = "above its upper" if hi is not None and other.amount[0] >= hi else "below its lower"
    return (
        f"'{which.surface}' is a vague amount; '{other.surface}' is {where} end by a factor "
        f"of only {long_ / short:.1f} — not a figure to correct; check"
    )


def different_things(a: TimeMention, b: TimeMention) -> bool:
    """'15 years' vs 'about 15 minutes': other units, values orders apart."""
    ua, ub = _UNIT.search(a.timex), _UNIT.search(b.timex)
    if not ua or not ub:
        return False
    # PT15M (minutes) and P15M (months) share a letter, not a unit
    if ("T" in a.timex, ua.group(1)) == ("T" in b.timex, ub.group(1)):
        return False
    (alo, ahi), (blo, bhi) = a.amount, b.amount
    if ahi is None or bhi is None or alo <= 0 or blo <= 0:
        return False
    return max(blo / ahi, alo / bhi) >= OTHER_THING


def open_at_figure(a: TimeMention, b: TimeMention) -> str:
    """'more than 8 years' against '8 years' (or 'less than'): what each
    states and why it is left to the editor; "" when that does not apply."""
    for bound, point in ((a, b), (b, a)):
        word = next((w for w in ("more than", "less than") if bound.value.startswith(w)), "")
        if (
            not word
            or point.modifier not in (None, "", "after")
            or vague(point)
            or point.value.startswith(("more", "less", "about"))
        ):
            continue
        plo, phi = point.amount
        if phi is None or plo <= 0 or not _same_figure(bound, point):
            continue
        side = "above" if word == "more than" else "below"
        edge = fmt_seconds(bound.amount[0] if bound.amount[1] is None else bound.amount[1])
        if point.value.startswith("nearly"):  # 'nearly 20 minutes' states no 17 minutes
            return (
                f"'{bound.surface}' puts it {side} {edge}; '{point.surface}' just below it — "
                "near each other, on either side of one figure — check"
            )
        return (
            f"'{bound.surface}' puts it {side} {edge}; '{point.surface}' states "
            f"{fmt_seconds(plo)}, which may be rounded — check"
        )
    return ""


def at_figure(a: TimeMention, b: TimeMention) -> tuple[Verdict, str] | None:
    """An open bound at the figure the other length states: a question
    (:func:`open_at_figure`) — save when the figure is itself told as just
    below it ('nearly 20 minutes', 'almost two hours'): against 'more than 20
    minutes' the two put one length above and below one figure and cannot both
    hold, a conflict, as the quantity family reads 'more than 150' / 'nearly
    150'; against 'less than 20 minutes' both put it below, and agree (session
    38, issue 11: opposite bounds that exclude each other are no question).
    None when no bound stands at the other's figure."""
    why = open_at_figure(a, b)
    if not why:
        return None
    bound, point = (a, b) if a.value.startswith(("more than", "less than")) else (b, a)
    if not point.value.startswith("nearly"):
        return Verdict.UNRESOLVED, why
    head = why.split(";")[0]
    if bound.value.startswith("less than"):
        return Verdict.CONSISTENT, f"{head}; '{point.surface}' just below it: both below it"
    return Verdict.CONFLICT, (
        f"{head}; '{point.surface}' just below it: one puts it above, the other below"
    )


def _same_figure(bound: TimeMention, point: TimeMention) -> bool:
    """The bound's edge falls within the span the figure allows (months and
    years vary in length: 'six months' is 168 to 186 days)."""
    (blo, bhi), (plo, phi) = bound.amount, point.amount
    edge = blo if bhi is None else bhi
    return 0.99 * plo <= edge <= 1.01 * phi


def spread_over(text: str, hedge_at: int) -> bool:
    """Is the "over" at ``hedge_at`` the preposition of a spread amount?"""
    if _TIME_SPENT.search(text, 0, hedge_at):
        return False  # "he spent over two years in prison": the time is what was spent
    return bool(_SPREAD_BEFORE.search(text, 0, hedge_at))


# "spent" right before "over" with a person's time as its object ("she spent over two
# years in jail": more than two years, session 39); not the passive or a sum's
# participle ("the money was spent over two years", "the funds spent over two years")
_TIME_SPENT = re.compile(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)"
    r"(?<!\bmoney)(?<!\bfunds)(?<!\bsum)(?<!\bcash)(?<!\bbudget)(?<!\bamount)"
    r"(?<!\bmillion)(?<!\bbillion)(?<!\d)(?<!\d[mk])(?<!bn)\s+spent\s*$",
    re.I,
)


_LOWER_WORDS = ("more than", "at least", "over")
_UPPER_WORDS = ("less than", "up to", "under", "within")


def same_side_bounds(a: TimeMention, b: TimeMention) -> str:
    """Two lengths each stated only as a bound in the same direction, with
    different bounds ('more than 10 hours' / 'more than 12 hours', 'within 48
    hours' / 'within 24 hours'): each states a different floor or ceiling, which
    an editor reads as two figures, not as 'both allow 12 hours' (issue 11, point
    3). Why, or "" when the bounds are one (within half a per cent: 'up to 3
    days' / 'up to 72 hours', 'over a decade' / 'more than 10 years'), a side is
    vague, or the two are not bounds of one side."""
    sides = []
    for m in (a, b):
        lower, upper = m.value.startswith(_LOWER_WORDS), m.value.startswith(_UPPER_WORDS)
        if lower == upper or vague(m):
            return ""
        sides.append("lower" if lower else "upper")
    if sides[0] != sides[1]:
        return ""
    edges = [m.amount[0] if sides[0] == "lower" else m.amount[1] for m in (a, b)]
    if None in edges or not all(edges) or math.isclose(*edges, rel_tol=0.005):
        return ""
    which = "floors" if sides[0] == "lower" else "ceilings"
    return f"both {sides[0]} bounds, and they differ (different {which})"


def open_times_beyond(a: TimeMention, b: TimeMention) -> tuple[TimeMention, float] | None:
    """The open bound of one side and how many times beyond it the other's
    single length lies, past the quantity family's ratios ('more than three
    years' / '485 years'; 'within two months' / '24-hour'), or None."""
    limits = thresholds.current().quantity
    for bound, point in ((a, b), (b, a)):
        lower = bound.value.startswith(_LOWER_WORDS)
        if not (lower or bound.value.startswith(_UPPER_WORDS)):
            continue
        if point.modifier or vague(point) or point.value.startswith(_LOWER_WORDS + _UPPER_WORDS):
            continue
        (blo, bhi), (plo, phi) = bound.amount, point.amount
        edge = blo if lower else bhi
        if phi is None or not edge or plo <= 0:
            continue
        times = plo / edge if lower else edge / phi
        if times < limits.open_lower_bound_ratio if lower else times <= limits.open_bound_ratio:
            continue
        return bound, times
    return None


def open_far_from_figure(a: TimeMention, b: TimeMention) -> str:
    """An open bound against a length many times beyond it ('more than three
    years' against '485 years', trial 27: called consistent): the bound allows
    it, but the two are likely different lengths; why it is left to the editor,
    or "" (the quantity family's rule, ``quantity.bounds._open_bound``, with its
    thresholds)."""
    found = open_times_beyond(a, b)
    if found is None:
        return ""
    bound, times = found
    return (
        f"only a bound ('{bound.surface}') against a length {times:.{0 if times >= 3 else 1}f} "
        "times beyond it — the bound allows it, but the two may be different lengths; check"
    )


def within_hedge(a: TimeMention, b: TimeMention) -> str:
    """A stated length inside the range a hedged length spans ("11 weeks" within
    "roughly three months", "73 hours" within "a little more than three days"):
    the reason names the whole range, never one point of it (issue 11, session
    34: "both allow 2.5 months" read as if "roughly three months" meant 2.5), or
    "" when neither is a point inside the other's bounded range."""
    for point, hedged in ((a, b), (b, a)):
        (plo, phi), (hlo, hhi) = point.amount, hedged.amount
        if phi is None or abs(phi - plo) >= 1 or (hhi is not None and hhi - hlo < 1):
            continue
        if hhi is None and hlo and plo >= hlo:  # "nine days" / "more than a week"
            return f"{point.value} lies within '{hedged.surface}' ({hedged.value})"
        if hhi is not None and hlo - 1 <= plo <= hhi + 1:
            lo, hi = fmt_seconds(hlo), fmt_seconds(hhi)
            return f"{point.value} lies within '{hedged.surface}' ({lo} to {hi})"
    return ""
