"""The step of a told sequence a figure is (issue 11, session 39): an offer
and the raised offer, a demand and the reduced demand, a first and a second
release.

"Acme raised its offer to $45 a share" / "Acme offered $40 a share"; "the
union cut its demand to a 7% raise" / "the union demanded 12%"; "militants
freed 12 hostages in a first release" / "militants freed 8 hostages". Each
pair is one figure at two steps of a sequence its story tells — the first
figure and the one that replaced it, or two rounds of one kind — and the
values differ because the steps do (readers of held-out copy: "a demand and
the reduced demand", "an offer and the revised offer", "a first and a second
release", judged wrong as conflicts).

``revision_step`` reads the step from the figure's own clause only:

- ``"up"``: a figure something was raised to ("raised its offer to",
  "increased the bid to", "a sweetened offer of", "an improved bid");
- ``"down"``: a figure something was cut to ("cut its demand to", "lowered
  its asking price to", "a reduced demand of");
- ``"revised"``: a replacing figure that says no direction ("revised its
  offer to", "a new offer of", "its latest proposal");
- ``"original"``: the figure a later one replaced ("first demanded",
  "initially offered", "its original offer", "an opening bid of");
- ``"nth:<ordinal>"``: one round of a told series ("a second release",
  "the first batch", "in a third round");
- ``""`` when its clause tells no step.

Only the nouns of a figure that is revised or told in rounds carry a step:
an offer, bid, demand, proposal, asking price, target, forecast, guidance or
estimate; a release, round, batch, wave, group, tranche, instalment,
payment, flight, convoy, airlift or shipment. A toll is no such noun: a
count "revised" is an update of one count (judge/ rows of updates).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_DET = rf"(?:(?:its|the|their|his|her|an?|this|that){_S})?"
# Nouns of a figure a story revises (an offer, a demand) and of one told in rounds.
_REVISED = (
    rf"(?:offers?|bids?|demands?|proposals?|asking{_S}price|price{_S}tag|targets?|"
    rf"forecasts?|outlook|guidance|estimates?|pay{_S}claim|ransom)"
)
# One round, singular: "the first flights were cancelled" are the earliest flights.
_ROUNDS = (
    r"(?:release|round|batch|wave|group|tranche|instal?ment|payment|flight|convoy|airlift|"
    r"shipment)(?![\w'’])"
)
_ORDINAL = r"(?:first|second|third|fourth|fifth|latest|final|last|next)"
_UP = (
    rf"(?:rais(?:ed|es|ing)|increas(?:ed|es|ing)|upp(?:ed|ing)|boost(?:ed|s|ing)|"
    rf"bump(?:ed|s|ing)(?:{_S}up)?|sweeten(?:ed|s|ing)|lift(?:ed|s|ing)|improv(?:ed|es|ing))"
)
_DOWN = (
    rf"(?:cut(?:s|ting)?|lower(?:ed|s|ing)|reduc(?:ed|es|ing)|trimm?(?:ed|s|ing)|"
    rf"slash(?:ed|es|ing)|scal(?:ed|es|ing){_S}back|dropp(?:ed|ing)|pared{_S}back|"
    rf"softened)"
)
# A verb of changing the figure, its noun after it ("cut its full-year outlook") or
# a pronoun for it ("lowered it again", "raised it to $45"), or an adjective of
# the step before the noun ("a sweetened offer").
_VERB = rf"{_S}(?:{_DET}(?:[\w-]+{_S}){{0,2}}?{_REVISED}|(?:it|them){_S}(?:again|to)\b)"
# The first of several changes: "first cut its outlook in July", "initially raised".
_FIRST = rf"(?:first|initially|originally){_S}(?:{_UP}|{_DOWN}|revis(?:ed|es|ing))(?:{_VERB})?"
_STEPS = (
    ("original", _FIRST),
    ("up", rf"{_UP}{_VERB}|(?:raised|improved|sweetened|higher|increased){_S}{_REVISED}"),
    ("down", rf"{_DOWN}{_VERB}|(?:reduced|lowered|lower|scaled-back|cut){_S}{_REVISED}"),
    (
        "revised",
        rf"revis(?:e|ed|es|ing){_S}{_DET}{_REVISED}|"
        rf"(?:revised|new|amended|fresh|latest|updated|second|final){_S}{_REVISED}",
    ),
    (
        "original",
        rf"(?:first|initially|originally|at{_S}first){_S}(?:had{_S})?"
        rf"(?:demand|offer|bid|propos|ask|sought|s(?:et|eek))\w*|"
        rf"(?:original|initial|opening|first|earlier|previous|starting){_S}{_REVISED}",
    ),
)
_CUES = [(name, re.compile(rf"\b(?i:{cue})\b")) for name, cue in _STEPS]
_DIGITS = re.compile(r"\d[\d,.]*")
_ROUND = re.compile(rf"\b(?i:({_ORDINAL}){_S}{_ROUNDS})\b")


@lru_cache(maxsize=1 << 14)
def revision_step(text: str, start: int, end: int) -> str:
    """The step of a told sequence the figure at ``text[start:end]`` is, read
    from its own clause, the cue nearest the figure: "up", "down", "revised",
    "original", "nth:second" (which round) or "" ("first cut its outlook in
    July and lowered it again on 4 September": July the first step, 4
    September the cut)."""
    lo, hi = clause_bounds(text, start, end)
    # the other figures of the clause: a cue nearer one of them is that one's
    # ("down to about 2.3 percent from an initial forecast of 3.5 percent")
    others = [(m.start(), m.end()) for m in _DIGITS.finditer(text, lo, hi)]
    others = [(a, b) for a, b in others if b <= start or a >= end]

    def gap(m: re.Match, a: int, b: int) -> int:
        return max(m.start() - b, a - m.end(), 0)

    found: list[tuple[int, int, str]] = []  # (distance, rank in _STEPS, step)
    matches = [
        (rank, name, m)
        for rank, (name, cue) in enumerate(_CUES)
        for m in cue.finditer(text, lo, hi)
    ]
    matches += [(len(_CUES), "nth:" + m.group(1).lower(), m) for m in _ROUND.finditer(text, lo, hi)]
    for rank, name, m in matches:
        own = gap(m, start, end)
        if all(own <= gap(m, a, b) for a, b in others):
            found.append((own, rank, name))
    return min(found)[2] if found else ""
