"""How many a count takes in or leaves out, when its words tell it (issue 11,
session 39).

`inclusion.inclusion_of` reads that "40 passengers, excluding the driver"
leaves some out and that "nine killed, including the gunman" takes others in;
the judge then asks the editor which each report counts (`wider_scope`).
When the words also give the size of that group — a figure, "excluding the
12 crew", "plus two pilots", or one person named by a singular noun, "the
driver", "the gunman", "its pilot", "himself" — the texts settle the question:
40 passengers and the driver are 41 people (held-out readers, issue 11: "a
count with and without a stated subgroup").

``group_size`` gives what the group adds to the figure before it (+) or
takes away from it (-) to count the other way, or None when its words give no
size ("excluding crew"). Only groups reports count apart are read (the crew,
the driver, the gunman): "including two children" names victims, not others.
"""

from __future__ import annotations

import re

from ..numwords import word_number

_S = r"[ \u00a0]+"
# the one person a singular noun names: "the driver", "its pilot", "the lone gunman"
_ONE = (
    r"(?:(?:the|its|their|his|her|a|one)" + _S + r"(?:lone" + _S + r")?)"
    r"(?:driver|pilot|captain|gunman|attacker|assailant|bomber|shooter|suspect|perpetrator|"
    r"hijacker|conductor|skipper)\b(?!['’])"
    r"|(?:himself|herself)\b"
)
_NUMBER = r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
# a number of a group: "the 12 crew", "two pilots", "five crew members", "its three staff"
_SOME = (
    r"(?:(?:the|its|their)" + _S + r")?" + _NUMBER + _S
    + r"(?:crew(?:" + _S + r"members)?|staff|pilots|drivers|employees|workers|guards|"
    r"soldiers|officers|attackers|gunmen|suspects)\b"
)  # fmt: skip
_WITHIN = r"(?:including|counting)"  # a group inside the count
_WITH = r"(?:plus|and)"  # a group beside it
_WITHOUT = r"(?:excluding|not" + _S + r"(?:including|counting)|besides|apart" + _S + r"from)"
_GROUP = re.compile(
    r"(?:" + _S + r"[a-z][\w-]*){0,2}?,?[ \u00a0(]+"
    r"(?:(?P<within>" + _WITHIN + r")|" + _WITH + r"|" + _WITHOUT + r")" + _S
    + r"(?:(?P<one>" + _ONE + r")|" + _SOME + r")"
    # not a clause of its own: "12 men and the driver was later released"
    + r"(?!" + _S + r"(?:was|were|is|are|has|have|had|will|would|later|then|also)\b)",
    re.IGNORECASE,
)  # fmt: skip


def group_size(text: str, end: int) -> int | None:
    """What the count ending at ``text[end]`` would be counted the other way,
    less itself, when its words tell the group's size: the group's size when
    the count leaves it out or tells it beside ("40 passengers, excluding the
    driver": +1; "200 passengers and 12 crew": +12), minus it when the count
    holds it ("nine killed, including the gunman": -1); else None."""
    m = _GROUP.match(text, end)
    if m is None:
        return None
    if m.group("one"):
        size = 1
    else:
        raw = m.group("n").replace(",", "")
        parsed = int(raw) if raw.isdigit() else word_number(raw)
        if parsed is None or parsed <= 0:
            return None
        size = int(parsed)
    return -size if m.group("within") else size
