"""Whether a credit names two people or one person under a title that holds
an "and".

"said Zadan and Meron jointly" gives the words to both, so neither is set
against the other (``match.speakers_differ``). A post can hold an "and" too:
"Sports and Culture Cabinet Secretary Ruth Njoroge", "Health and Human
Services Secretary Xavier Becerra", "Minister for Trade and Industry Ann
Holt" name one person, and read as two they hid a misattribution (session 36,
authored stadium_crush: the police commander's words credited to the cabinet
secretary were never flagged).
"""

from __future__ import annotations

import re

from .names import is_title

_AND = re.compile(r"\s(?:and|&)\s")
# a portfolio after a title: "Minister for Sport and …", "Secretary of Health and …"
_PORTFOLIO = re.compile(r"\b(?:for|of)\s")


def names_two(text: str, name: str) -> bool:
    """``text`` (a credit as written) names two people joined by "and" or "&",
    not one person ``name`` whose title holds the "and"."""
    if not _AND.search(text):
        return False
    first = name.split()[0] if name.split() else ""
    at = text.rfind(first) if first else -1
    if at <= 0 or _AND.search(text[at:]):
        return True  # "Ann Holt and Ben Roy", "Holt and Roy": the "and" joins names
    *lefts, right = _AND.split(text[:at])
    left = lefts[-1]
    titled_left = any(is_title(w) for w in left.split())
    titled_right = any(is_title(w) for w in right.split())
    if titled_right and not titled_left:
        return False  # "Sports and Culture Cabinet Secretary Ruth Njoroge"
    # "Minister for Trade and Industry Ann Holt": the "and" inside the portfolio
    return not (titled_left and not titled_right and _PORTFOLIO.search(left))
