"""Figures that do not run (issue 11, session 34).

Two rows make a difference between reports of different days a question
because a running story changes its figures: ``unmet.unmet_updated_count``
("a count like this is often updated") and ``days.figure_pinned_to_its_day``
("the figures may describe different days"). Readers judged both wrong when
the figure does not run: a deal's price (the sum is agreed once), a named
person's age, the radius of an evacuation zone. Such a figure is compared
plainly, whatever days the reports appeared on:

- never met (``set_once``): a deal's price, a signed contract's sum or length,
  by what the pass names it (judge/deal.py, judge/owned.py); an offer or an ask
  still moves in a negotiation, and a toll, a count of the injured, missing,
  evacuated or arrested keeps its question;
- aligned (``fixed_figure``): a named person's age, a length that is a thing's
  size or a zone's reach (a radius, a cordon, "within 2 km of"), a sum its
  clause tells as set once (a fine, a fee, compensation, a payment per
  household, a price agreed); since session 38 a weight or a volume one act
  moved ("seized 2 tonnes of cocaine", "spilled 40,000 litres of diesel") and
  a depth below ground ("trapped 350 metres underground", not how far crews
  have drilled). Conservative on the side of the question: a
  clause that tells its figure moved or may move ("has now spread 12 km",
  "moving 300 miles east"), a share price or an index is no fixed figure.
"""

from __future__ import annotations

import re

from ..facts.measure_nouns import length_kind
from ..model import Fact
from .ages import age_of
from .family_helpers import dimension_of

# A clause telling its figure moved or may move: the figure runs.
_MOVING = re.compile(
    r"\b(?:now|so far|currently|still|spread(?:ing)?|gr[eo]w(?:n|ing)?|widen(?:ed|ing)?|"
    r"expand(?:ed|ing)?|extend(?:ed|ing)?|mov(?:ed|ing)|advanc(?:ed|ing)|approach(?:ed|ing)|"
    r"drift(?:ed|ing)|located|cent(?:re|er)ed|rose|risen|rising|climb(?:ed|ing)|fell|fallen|"
    r"reached|up to|as of|by (?:then|now))\b",
    re.I,
)
# A length that is a zone's reach or a thing's size: fixed once set.
_REACH = re.compile(
    r"\b(?:radius|zone|perimeter|cordon|exclusion|within|wide|long|tall|high|deep|across|"
    r"diameter|span|length|width|height|from the)\b",
    re.I,
)
# A weight or a volume an act moved once (session 38): what was seized, found, spilled,
# dumped or stolen is that amount on every later day; a leak its clause tells as
# going on ("has spilled … so far", "still leaking") is _MOVING.
_ONE_ACT = re.compile(
    r"\b(?:seiz(?:ed|ure)|confiscated|intercepted|impounded|found|discovered|recovered|"
    r"spill(?:ed|t)|dumped|discharged|stolen|smuggl(?:ed|ing)|haul|shipment|consignment)\b",
    re.I,
)
# Digging, drilling or descending: how far crews have got, which runs.
_DUG = re.compile(
    r"\b(?:dr[iu]ll\w*|dug|digg\w*|bor(?:ed|ing)|descend\w*|lowered|tunnel\w*)\b", re.I
)
# A sum that is agreed or imposed once: a price, a fee, a fine, a payment per head.
_SET_SUM = re.compile(
    r"\b(?:fined?|fees?|penalt(?:y|ies)|compensation|payouts?|payments?|per (?:household|"
    r"head|person|family|victim|child)|each (?:household|family|victim|person)|"
    r"(?:takeover|acquisition|purchase|buyout|merger) (?:deal|price)|price (?:tag|of the deal)|"
    r"(?:agreed|agrees|agreeing) to (?:buy|pay|sell)|settlement|ransom|bail|bounty|reward)\b",
    re.I,
)
# Prices that move by the hour: a share, a stock, an index, a barrel, a fare.
_MARKET = re.compile(
    r"\b(?:shares?|stocks?|index|indices|points|barrel|trading|traded|closed at|opened at|"
    r"per (?:share|barrel|ounce|gallon|litre|liter))\b",
    re.I,
)
# What a never-met pass names a figure that is set once (judge/deal.py, judge/owned.py):
# a deal's price, a signed contract's sum, sum per season or length.
_SET_HAPPENINGS = ("price of the deal",)
_SET_CONTRACT = re.compile(r"\bof the .+ contract$")


def _span(f: Fact, sentence: str) -> tuple[int, int] | None:
    at = sentence.find(f.text)
    return None if at < 0 else (at, at + len(f.text))


def fixed_figure(f: Fact, sentence: str) -> str:
    """What the figure is, when it does not run ("a named person's age", "a
    length", "a sum"), or "" (a count, a share price, a moving distance, a
    figure its sentence does not show)."""
    span = _span(f, sentence)
    if span is None:
        return ""
    s, e = span
    if age_of(sentence, s, e) is not None:
        return "a named person's age"
    dimension = dimension_of(f)
    if dimension not in ("length", "currency", "mass", "volume"):
        return ""
    clause = sentence[max(0, s - 80) : e + 60]
    if _MOVING.search(clause):
        return ""
    if dimension in ("mass", "volume"):
        return "an amount of one act" if _ONE_ACT.search(clause) else ""
    if dimension == "length":
        kind = length_kind(sentence, s, e)
        if kind == "size" or (kind == "" and _REACH.search(clause)):
            return "a size or a reach"
        if kind == "below ground" and not _DUG.search(clause):
            return "a depth below ground"  # where they are trapped, not how far crews dug
        return ""
    if _SET_SUM.search(clause) and not _MARKET.search(clause):
        return "a sum set once"
    return ""


def both_fixed(x: Fact, y: Fact, texts: tuple[str, str]) -> bool:
    """Both figures of a pair do not run (``fixed_figure``), read from their sentences."""
    return bool(fixed_figure(x, texts[0]) and fixed_figure(y, texts[1]))


# A sentence telling its price as talked of, not agreed: a rumoured price moves.
_TALKED_OF = re.compile(
    r"\b(?:talks?|briefed|familiar with|sources?|reportedly|rumou?r(?:s|ed)?|speculat\w*|"
    r"could|would|might|may|expected|likely|proposed|proposal|bids?|offers?|offered|"
    r"is said to|are said to|valued at up to|as much as|as high as)\b",
    re.I,
)


def set_once(happening: str, sentences: tuple[str, str] = ("", "")) -> bool:
    """A never-met pass's figure that is set once: a deal's price neither
    sentence tells as talked of ("according to people briefed on the talks,
    Halden will pay …": a rumoured price is often not the agreed one), a signed
    contract's sum or length (an offer or an ask moves in a negotiation)."""
    if happening.startswith(_SET_HAPPENINGS):
        return not any(_TALKED_OF.search(s) for s in sentences)
    return bool(_SET_CONTRACT.search(happening))
