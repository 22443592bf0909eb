"""Words woven after a verb that names what the speaker called something:
"Pavel Strunjak … called the outcome "a landslide …"", "Ana Pires described
the offer as "an insult …"", "the mayor branded the decision "a betrayal"".

The quoted words are the subject's, as after "said": with no speech verb
the quotation had no speaker (authored election: Strunjak's reversed words
in one report, credited to nobody), and a report giving the same words to
another person was never set against it. Read only right before the marks,
with the thing called between the verb and them ("called it", "described
the layout as"): "a decision critics called "reckless"" names no object and
is left as it was, and "was described as" (no object, a passive) credits
nobody.
"""

from __future__ import annotations

import re

_VERBS = (
    "called|calls|described|describes|branded|brands|dismissed|dismisses|labelled|labeled"
    "|labels|termed|terms|hailed|hails|condemned|condemns|denounced|denounces"
)
_OBJECT = (
    r"(?:it|him|her|them|this|that"
    r"|(?:the|a|an|his|her|its|their|this|that)(?:\s+[\w'’-]+){1,3})"
)


def called_before(head: str, who: str) -> re.Match[str] | None:
    """The subject of a "called … "" frame ending ``head`` (the text of the
    quote's sentence before its opening mark), in the group ``who``;
    ``who`` is the pattern of an attribution's subject (speakers._BEFORE's)."""
    return _frame(who).search(head)


_FRAMES: dict[str, re.Pattern[str]] = {}


def _frame(who: str) -> re.Pattern[str]:
    if who not in _FRAMES:
        _FRAMES[who] = re.compile(
            rf"(?<![\w'’-])(?P<who>{who})\s+(?:(?:has|have|had)\s+)?(?:{_VERBS})\s+{_OBJECT}"
            r"(?:\s+as)?\s*[:,]?\s*$"
        )
    return _FRAMES[who]
