"""A length a moving front had reached (issue 11, session 40): "by this
evening oil had reached 29 km of coastline", "Lava had advanced about 4 km
down the slope by 6pm", "the slick had spread along 12 km of shore".

A distance does not move between reports (days.can_move), but the extent of
something that spreads does: it is a running figure, and two such lengths
stamped at moments apart ("By Tuesday evening … about 12 km" / "by this
evening … 29 km") are two readings of it, an update when the later is the
longer (running.update_told), never one figure misreported. Found on the
opened oil_spill event (readers: different scope, successive readings).
"""

from __future__ import annotations

import re

from ..facts.quantity.family import QUANTITY
from ..facts.whose import clause_bounds
from ..model import Fact

_S = r"[ \u00a0]+"
# the verb of a front that moved, with the length as how far it got
_ADVANCED = re.compile(
    r"(?i:\b(?:reached|advanced|spread|crept|moved|travell?ed|pushed|extended|stretched"
    r"|(?:come|came|washed)" + _S + r"ashore|(?:had|has|have)" + _S + r"(?:now" + _S + r")?"
    r"covered)\b)"
)  # fmt: skip
# what spreads: a slick, oil, lava, a fire's front, floodwater, ash, a crack
_FRONT = re.compile(
    r"(?i:\b(?:oil|slick|diesel|fuel|crude|petrol|sludge|mud|lava|flows?|front|fire|blaze|flames|floodwaters?|water|ash|smoke"
    r"|plume|crack|fissure|queue|tailbacks?|spill|sheen)\b)"
)
_NEAR = 90  # characters before the length its verb and front may stand


def advancing(f: Fact, sentence: str) -> bool:
    """Whether the length ``f`` is how far a moving front had got, read from its
    own clause: a verb of advance and the thing that spread before it."""
    if getattr(f.mention, "dimension", "") != "length":
        return False
    at = sentence.find(f.text)
    if at < 0:
        return False
    lo, _ = clause_bounds(sentence, at, at + len(f.text))
    before = sentence[max(lo, at - _NEAR) : at]
    verbs = list(_ADVANCED.finditer(before))
    return bool(verbs) and _FRONT.search(before, 0, verbs[-1].start()) is not None


def front_moved_on(earlier: tuple[Fact, str], later: tuple[Fact, str]) -> bool:
    """Whether the later reading of a front is no shorter than the earlier."""
    ee, el = QUANTITY.evidence(earlier[0]), QUANTITY.evidence(later[0])
    return bool(ee and el) and el[0][2] >= ee[0][1]
