"""A quotation credited under a post alone ("the minister said", "the police
chief told reporters") right after a sentence that gives that post to one
named person ("Sports Minister Ruth Njoroge visited the mortuary on Sunday.",
"Ruth Njoroge, the sports minister, flew in on Monday."): that person.

Read as a descriptor that names nobody, such a credit was never set against
another source's named speaker of the same words (session 36, issue 11 class
3: the same words credited to a different named person were missed when one
article used a title resolved only in a neighbouring sentence). Only the
sentence right before is read, and only when it gives the post to exactly one
person: "Finance Minister A met Trade Minister B." resolves nobody.
"""

from __future__ import annotations

import re

from .mention import Speaker
from .names import is_title
from .nearby import sentence_before
from .speakers import make_speaker

_GIVEN = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_FULL = rf"{_GIVEN}(?:[ \u00a0]+[A-Z]\.?)?[ \u00a0]+{_GIVEN}"


def _holders(sentence: str, head: str) -> set[str]:
    """The names the sentence gives the post ending in ``head``: before the
    name ("Sports Minister Ruth Njoroge") or in apposition after it ("Ruth
    Njoroge, the sports minister,")."""
    before = re.compile(rf"\b{re.escape(head)}[ \u00a0]+(?P<name>{_FULL})\b", re.IGNORECASE)
    after = re.compile(
        rf"(?P<name>{_FULL}),[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){{0,3}}"
        rf"{re.escape(head)}\b"
    )
    found = {m.group("name") for m in before.finditer(sentence)}
    found |= {m.group("name") for m in after.finditer(sentence)}
    return {" ".join(n.split()) for n in found if n.split()[0][:1].isupper()}


def posted_person(
    text: str, sp: Speaker | None, q_start: int, people: dict[str, str]
) -> Speaker | None:
    """``sp`` as the one person the sentence right before the quotation gives
    its post to, when ``sp`` is a post alone ("the minister"); ``sp`` otherwise."""
    if sp is None or sp.start < 0 or not sp.is_descriptor:
        return sp
    words = sp.text.lower().split()
    if len(words) != 2 or words[0] != "the" or not is_title(words[1]):
        return sp  # "the minister", "the commander"; not "officials", "a spokesman"
    _start, sentence = sentence_before(text, min(q_start, sp.start))
    names = _holders(sentence, words[1])
    if len(names) != 1:
        return sp
    person = make_speaker(names.pop(), sp.start, people)
    if person is None or not person.is_person:
        return sp
    return Speaker(sp.text, sp.start, sp.end, person.name, person.key, True, sp.near)
