"""A verb of change, its object, then "by" and the amount: "cut rates by 0.25%",
"raised its key rate by half a point", "cut its workforce by 1,000" (session 43,
issue 11). Read by the quantity family (:mod:`.quantity.by_to`) and by the role
of a figure (:mod:`.measure`): the verb stood right before "by" in both readers
("rose by 5%"), so a change whose object comes between was read as a level or a
range.
"""

from __future__ import annotations

import re

__all__ = ["VERB_BY", "moved_by_before"]

_S = r"[ \u00a0]+"
# a change verb, up to six words of its object, then "by" (a hedge may follow)
VERB_BY = re.compile(
    r"\b(?:cut(?:s|ting)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|hik(?:e|es|ed|ing)|"
    r"trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|"
    r"boost(?:s|ed|ing)?|slash(?:es|ed|ing)?|push(?:es|ed|ing)|brought|bring(?:s|ing)?|"
    r"nudg(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|shed(?:s|ding)?|"
    r"shrank|shrunk|grew|expand(?:s|ed|ing)?|scal(?:e|es|ed|ing)[ \u00a0]+back|"
    r"rolled[ \u00a0]+back)"
    # the object, never a passive's place or time before its agent ("taken on March 13
    # by six of the seven members", "raised at the meeting by two members")
    rf"(?P<object>(?:{_S}(?!(?:on|at|in|for|from|to|with|during|after|before|since|"
    rf"last|this|earlier|later|today|yesterday|by)\b)[\w'’.-]+)(?:{_S}[\w'’.-]+){{0,5}}?)"
    rf"{_S}(?P<by>by{_S})?"
    rf"(?:(?:about|around|some|nearly|almost|roughly|another|a{_S}further){_S})?"
    r"(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?$",
    re.IGNORECASE,
)


def moved_by_before(text: str, start: int) -> bool:
    """Whether "VERB its object by" (no clause break in the object) ends right
    before ``start``: the figure there is the amount of a change."""
    got = VERB_BY.search(text, max(0, start - 80), start)
    return bool(got and got.group("by") and not re.search(r"[,;:()]", got.group("object")))
