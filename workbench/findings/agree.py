"""Agreements: consistent findings where every source states the same figure.

Editors called these noise (trials 24, 25 and 36): "61" and "61-year-old",
"two" and "2", "$13.9 billion" and "$13.9bn", "shortly after 8:30 p.m.
Thursday" and "just after 8:30pm Thursday night" in two papers of the same
day. A finding is an agreement when it is consistent, has one version, and
every source's figure reads the same as written: the same amount in the same
unit as stated (not only after conversion), with the same precision (nothing
rounded: "a dozen" is not "12") and the same bound or hedge; a time whose
words, read alone, state the same value on every side and which nothing else
made agree. A time's words that need the publication date ("yesterday",
"Saturday", "June 22" without its year) agree as written only with the same
words in a paper of the same date: "Saturday" in Sunday's and in Monday's
paper, or "yesterday" against "Thursday", agree only after resolving, and the
editor must check that step. A clock time reads its day from its sentence's
day ("8:30 p.m. Thursday"), whose words are compared the same way; one dated
by the lede states no day and is no agreement. Consistent findings that needed
any of that stay items to review.

Session 30 (find46, issue 15: what an editor reviews): a consistent finding
whose every figure is read from its own words alone agrees by arithmetic and
is an agreement too, of any number of versions: a conversion ("30 miles" /
"48 km"), a bound or hedge ("at least a dozen" / "a dozen"), a rounding
("over 350 yards" / "352 yards"). Nothing in such a finding asks for a
correction, and the step the workbench took is arithmetic on what each
source wrote, not a reading the editor must check: trial 37's editor verified
each such finding one by one and found every one right, while the wrong
consistent pair flags judged on real copy (dev, dev2) paired two different
things, which no article needs corrected for. Every version is listed with
the agreements ("‘2.5cm’ ≈ ‘0.98”’"). Money in two currencies (a rate), a
date, and any words read against a publication date stay items.

Decided from the facts' normalised values (``Fact.value``), never from the
wording; quotes, names and speakers are never agreements (no figure). What a
time's words state alone is asked of its family by ``stated``, which the
analysis hands in (``workbench.as_written``: the review log imports this
package and must not reach the fact families); without it no time is an
agreement.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from ..model import Fact, Finding, Verdict

# what a figure must share with every other statement of it, as written
_MEASURE = ("kind", "amount", "amount_high", "unit", "hedge", "per", "precision")
_TIME = ("type", "timex", "granularity", "modifier", "part", "value")
_FIGURES = frozenset({"number", "percent", "quantity", "money", "duration", "date", "time", "set"})


Stated = Callable[[Fact], "str | None"]
Siblings = Callable[[str], Iterable[Fact] | None]


def is_agreement(
    finding: Finding,
    fact_at: Callable[[tuple[str, int, int]], Fact | None],
    stated: Stated | None = None,
    siblings: Siblings | None = None,
) -> bool:
    """``fact_at``: the fact at (article, start, end) of a finding's side;
    ``stated``: what a time's words state alone (``as_written``);
    ``siblings``: the facts of a claim (a clock time's day in its sentence)."""
    if finding.verdict != Verdict.CONSISTENT:
        return False
    sides = [s for v in finding.versions for s in v.sides]
    if len({s.article for s in sides}) < 2:
        return False
    found = [fact_at((s.article, s.start, s.end)) for s in sides]
    if len(finding.versions) == 1:
        forms = {
            as_written(f, stated, siblings) if f is not None and f.kind in _FIGURES else None
            for f in found
        }
        if len(forms) == 1 and None not in forms:
            return True
        if _one_day_but_its_year(found, stated):
            return True
    return by_arithmetic(found, stated)


def _one_day_but_its_year(found: list[Fact | None], stated: Stated | None) -> bool:
    """Trial 42: "December 15, 2013" / "December 15" (one version, five
    sources) was the clean event's one finding to review. Every side a date
    whose words state its month and day, the year alone taken from the
    publication date, and all of one value: agreed. A weekday, "yesterday" or
    a day taken from the lede stays to review (the step that resolves them is
    where a wrong day hides)."""
    if stated is None or not found or any(f is None or f.kind != "date" for f in found):
        return False
    days = set()
    for f in found:
        timex, alone = f.value.get("timex"), stated(f)  # type: ignore[union-attr]
        if not isinstance(timex, str) or not isinstance(alone, str) or len(timex) != 10:
            return False
        if getattr(f.mention, "refers_to", "") or _day_of_lede(f) or _deictic(f):  # type: ignore[union-attr]
            return False
        if alone != timex and not (alone.startswith("XXXX-") and alone[4:] == timex[4:]):
            return False
        days.add(timex)
    return len(days) == 1


def by_arithmetic(found: list[Fact | None], stated: Stated | None) -> bool:
    """Session 30 (find46): every figure read from its own words alone — a
    measure in any unit (money in one currency: a rate is no arithmetic), a
    length of time or a clock time whose words give its value with no
    publication date, no other mention and no lede's day — so the versions
    agree by arithmetic the editor need not redo: a conversion ("2.5cm" /
    "0.98in"), a bound or hedge ("at least a dozen" / "a dozen", "up to
    2.7GHz" / "2.3GHz"), a rounding ("over 350 yards" / "352 yards"). Trial 37's
    editor verified every such finding one by one and found each right; a
    date, or any word read against a publication date, stays to review."""
    if not found or any(f is None or f.kind not in _FIGURES for f in found):
        return False
    currencies = {f.value.get("unit") for f in found if f.kind == "money"}
    if len(currencies) > 1:
        return False
    return all(_read_alone(f, stated) for f in found)  # type: ignore[arg-type]


def _read_alone(fact: Fact, stated: Stated | None) -> bool:
    value = fact.value
    if not isinstance(value, dict):
        return False
    if "si_unit" in value:
        return True
    if value.get("type") not in ("DURATION", "TIME") or stated is None:
        return False
    if getattr(fact.mention, "refers_to", "") or _day_of_lede(fact) or _deictic(fact):
        return False
    timex = value.get("timex")
    return isinstance(timex, str) and stated(fact) == timex


def as_written(fact: Fact, stated: Stated | None, siblings: Siblings | None = None) -> str | None:
    """The figure's value with what its words state alone, and the
    publication date when those words needed it (None when something else
    went into the value, or it is no figure)."""
    value = fact.value
    if "si_unit" in value:
        return json.dumps(["measure", *(value.get(k) for k in _MEASURE)])
    if "timex" not in value or stated is None:
        return None
    alone, timex = stated(fact), value.get("timex")
    if alone is None or not isinstance(timex, str):
        return None
    day: str | None = None
    if alone != timex and alone.startswith("T") and timex.endswith(alone):
        day = _day_words(fact, timex[: -len(alone)], stated, siblings)
        if day is None:
            return None
    elif alone != timex and (getattr(fact.mention, "refers_to", "") or _day_of_lede(fact)):
        return None  # valued from another mention or the lede, not the date
    needed = alone != timex and (day is None or not _as_stated(day, timex))
    published = value.get("published") if needed else None
    if needed and not published:
        return None
    deictic = _deictic(fact) if needed else None  # "last Thursday" is not "Thursday"
    shown = [value.get(k) for k in _TIME if not (k == "part" and _length(value))]
    return json.dumps(["time", *shown, alone, day, published, deictic])


def _day_words(fact: Fact, day: str, stated: Stated, siblings: Siblings | None) -> str | None:
    """What the words of the day a clock time took from its sentence state
    alone ("Thursday": a weekday), or None when the day came from elsewhere
    (the lede) or no one day of the sentence gave it."""
    if siblings is None or _day_of_lede(fact):
        return None
    day = day.rstrip("T")
    days = [
        f for f in siblings(fact.claim) or ()
        if f.kind == "date" and f.id != fact.id and str(f.value.get("timex")).startswith(day)
    ]  # fmt: skip
    if len(days) != 1:
        return None
    alone = stated(days[0])
    if alone is None:
        return None
    return f"day:{alone.split('T')[0]}:{_deictic(days[0])}"


def _as_stated(day: str, timex: str) -> bool:
    """The day's words named the day in full ("9 September 2010")."""
    return timex.startswith(day.split(":")[1])


def _day_of_lede(fact: Fact) -> bool:
    return bool(getattr(fact.mention, "day_from", ""))


def _deictic(fact: Fact) -> bool:
    """Counted from the publication date ("last Thursday", "yesterday")."""
    return bool(getattr(fact.mention, "deictic", False))


def _length(value: dict) -> bool:
    """A length read alone ("two hours"): which two hours ("the next", "the
    first") places it in the story and is no other figure."""
    return value.get("type") == "DURATION" and str(value.get("timex", "")).startswith("P")
