"""Which pairs a rare word anchors may be compared at all (issue 11, recall;
session 39, eng141): ``rare_anchor`` hands the judge two sentences the aligner
left apart because one uncommon word sits beside a value of one kind in each.
Measured on main 9c548a0a at ``align.anchored`` 0.15 without this gate, most of
the flags it made (11 on real copy dev/dev2/test, 38 on authored development)
were two different things told in like words:

- two subjects: "Caldera … reported revenue of £310m" / "Veldhoven …
  reported revenue of 2.9 billion euros", "Pierre Thomas was placed on IR
  Wednesday" / "placed … Chris Ivory on IR", a chief executive "since 2021" /
  an executive director "since 2022" — each sentence names someone the other
  never names (``told_of_others``, the first word counted too: an aligned
  pair earns its subject from its many shared words, an anchored pair does
  not);
- two measures: "Monday's shooting follows two last week" (shootings) /
  "shooting three people", "employs about 320 people" / "roughly 2,400
  people" living nearby, a deadline "until Friday, March 27" / stock
  delivered "since last autumn" — the figures must measure one thing by
  themselves (``one_measure``): a count the same specific counted noun, or
  "people" of one named happening; a day or a clock time one named stage of
  the story; a length of time any (the rare word beside both is its
  happening: "served 412 months in federal prison" / "after serving more than
  four years"); a sum of money never (two sums in one story's words were
  mostly two parties' or two currencies').
"""

from __future__ import annotations

import re

from ..facts.numwords import word_number
from ..facts.whose import sentence_names
from ..model import Claim
from ..text import STOPWORDS
from .apart import sentences_name_apart
from .family_helpers import QUANTITY_KINDS, counted_key
from .frames import root
from .measured import _GENERIC, _WEAK
from .pairing import Paired, measure_in


def one_subject(text_a: str, text_b: str) -> bool:
    """Both sentences name someone or something in common, written as a name
    in both (a sentence's first word counted too: "LaRue served …" / "LaRue
    returned …"), and not each someone or something the other never names
    (apart.sentences_name_apart); or neither names anyone ("At least 40
    trawlers were moored …" / "About 120 trawlers sheltered …")."""
    if sentences_name_apart(text_a, text_b):
        return False
    names_a, names_b = _names(text_a), _names(text_b)
    return bool(names_a & names_b) or not (names_a or names_b)


def _names(text: str) -> frozenset[str]:
    """A sentence's name words (whose.sentence_names) and its first word when
    that may be a name: capitalised, no stopword, no number ("Fourteen")."""
    names = set(sentence_names(text))
    m = _FIRST.match(text)
    if m is not None:
        w = m.group(1).lower()
        # "x " + word: the word read as a name inside a sentence (whose._NO_NAME
        # leaves out "Police", "President", a month or a weekday)
        if w not in STOPWORDS and word_number(w) is None and sentence_names("x " + m.group(1)):
            names.add(w)
    return frozenset(names)


_FIRST = re.compile(r"[\"'“‘(\s]*([A-Z][\w-]*)(?:['’]s)?\b")


def name_roots(*texts: str) -> frozenset[str]:
    """The stems (frames.root) of the name words of ``texts``: a name both
    frames hold says whose the values are, not what they measure ("Vasilek
    … in the six weeks before polling day" / "Mr Vasilek, 53, who served seven
    years as mayor"), so it anchors nothing by itself."""
    return frozenset(root(w) for t in texts for w in _names(t))


def one_measure(ca: Claim, cb: Claim, p: Paired) -> bool:
    """Whether the two values of ``p`` measure one thing by themselves (see
    the module's docstring)."""
    x, y = p.x, p.y
    mx, my = measure_in(ca, x), measure_in(cb, y)
    if x.kind != y.kind or mx.differs(my):
        return False
    if x.kind == "duration":
        return True
    ex, ey = mx.event, my.event
    if x.kind in ("date", "time"):
        return ex == ey and ex not in _WEAK
    if x.kind not in QUANTITY_KINDS or x.kind == "money":
        return False
    noun = counted_key(x)
    if not noun or noun != counted_key(y):
        return False
    return noun not in _GENERIC or (ex == ey and ex not in _WEAK)


def may_compare(ca: Claim, cb: Claim, p: Paired) -> bool:
    """A pair anchored by a rare word is compared on ``p`` only when its
    sentences tell of one subject and its values measure one thing."""
    return one_measure(ca, cb, p) and one_subject(ca.text, cb.text)
