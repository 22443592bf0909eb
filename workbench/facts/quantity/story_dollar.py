"""The story's dollar for a bare "$" of a report that names no place (session 39,
issue 11).

Held-out readers: an analysis piece that names no place, its sibling reports
all told from one dollar country, read its bare "$" as US dollars, though the
story's money is that country's. As :mod:`..time.event_zone` does for clocks:
when every report of the analysis that names a dollar country (its dateline or
its opening, :func:`..home.home_of`; a dateline in the United States too) names
the same one, and it is not the United States, a bare "$" of a report that names no
place at all is given that dollar as its hint (``dollar_hint``). Two dollar
countries named, or none: nothing is read - unless no report names a dollar
country and the reports write sums in one lettered dollar the currency table
does not know (:mod:`.own_dollars`, "MV$2.5bn" in a budget story of a country
of its own; lead, session 39): that dollar is the story's, given as above.

The hint is open (:mod:`.open_dollar`): against a sum written in the story's
dollar the "$" is read in it, an agreement kept and a difference a question
naming the reading, never a conflict; against US dollars, and against another
report's bare "$" its own home places, it is read as before. So no verdict of a
pair turns on which other articles are in the check: the story only says how
the "$" was read. (Measured in session 39: read firmly in the story's dollar,
authored development wildfire's analysis piece against a wire made two right
flags disappear under `mostly_conflicting_articles` and one trap a conflict.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ...model import Fact
from ..home import US, dateline_place, home_of
from .mention import QuantityMention
from .own_dollars import is_own_dollar

_COUNTRY = {
    "AUD": "Australia",
    "CAD": "Canada",
    "HKD": "Hong Kong",
    "SGD": "Singapore",
    "NZD": "New Zealand",
}


def story_dollar(told: Mapping[str, Sequence[str]]) -> tuple[str, set[str]]:
    """The one dollar the reports naming a dollar country agree on ("" when
    none or two), and the reports that name no place."""
    named, unplaced = _dollars_named(told)
    return _agreed(named), unplaced


def _dollars_named(told: Mapping[str, Sequence[str]]) -> tuple[set[str], set[str]]:
    """The dollars the reports' places name, and the reports that name no place."""
    named: set[str] = set()
    unplaced: set[str] = set()
    for article, sentences in told.items():
        place = home_of(sentences)
        if place is not None and place.dollar:
            named.add(place.dollar)
        elif sentences and dateline_place(sentences[0]) is US:
            named.add("USD")  # "WASHINGTON -": its "$" is the US dollar as written
        elif place is None:
            unplaced.add(article)
    return named, unplaced


def _agreed(named: set[str]) -> str:
    return next(iter(named)) if len(named) == 1 and "USD" not in named else ""


def with_story_dollar(facts: Sequence[Fact], told: Mapping[str, Sequence[str]]) -> list[Fact]:
    """The facts, the loose "$" of reports that name no place given the dollar
    every report naming a dollar country agrees on."""
    named, unplaced = _dollars_named(told)  # each report's place read once
    code = _agreed(named)
    if code:
        where = f"{_COUNTRY[code]}, as its other reports are"
    elif (own := _one_own_dollar(facts)) and not named:
        code, where = own, f"the {own} sums of its other reports"
    else:
        return list(facts)
    out = []
    for f in facts:
        m = f.mention
        if (
            isinstance(m, QuantityMention)
            and f.article in unplaced
            and m.loose_dollar
            and not m.dollar_hint
        ):
            m = replace(m, dollar_hint=code, hint_from=where, hint_open=True, hint_story=True)
            f = replace(f, mention=m, value=m.to_json())
        out.append(f)
    return out


def _one_own_dollar(facts: Sequence[Fact]) -> str:
    """The one lettered dollar the table does not know that the story's reports
    write ("MV$2.5bn": a country of no dollar we know), or "" when none or two."""
    own = {
        f.mention.unit
        for f in facts
        if isinstance(f.mention, QuantityMention) and is_own_dollar(f.mention.unit)
    }
    return own.pop() if len(own) == 1 else ""
