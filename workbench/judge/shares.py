"""The whole a percentage is a share of, as its sentence names it (trial 33).

A share names what it measures by its whole: "turnout reached 93.87 percent"
and "turnout was almost 90%" are shares of one turnout, "65 per cent of
traffic to India" and "82 percent [of voice traffic] in India" shares of one
traffic. Two shares of one named whole in one place say alike what they
measure (``floor.measured_alike``) although their clauses name no happening.

The whole is read from the figure's own clause: "N percent of [the] ... NOUN"
(the last word before a preposition, a verb or a comma), or "NOUN was /
reached / stood at / of N percent" ("turnout was almost 90%", "a turnout of
60%"). A figure of a list of shares by place ("55 percent of voice traffic in
Saudi Arabia, 52 percent in Egypt and 82 percent in India") that names no
whole of its own is a share of the whole the list's first figure names.
"""

from __future__ import annotations

import itertools
import re

from ..facts.measure import Measure
from ..facts.places import same_place
from ..model import Claim, Fact, Verdict
from .stages import PAIRING, Outcome, Rule

_PCT = re.compile(r"\d[\d.,]*[ \u00a0]*(?:%|percent\b|per[ \u00a0]+cent\b)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# words that end the noun phrase after "of": prepositions, verbs, conjunctions
_STOPS = frozenset(
    re.findall(
        r"\w+",
        "in to from for at on between across among with by was were is are had has have "
        "went who that which and or but while as than over under during after before "
        "since until said says would will could can may might",
    )
)
_DETERMINERS = frozenset(
    re.findall(r"\w+", "the all its their his her our a an this that these those")
)
# "turnout was almost 90%", "a turnout of 60%", "unemployment stood at 5.2%"
_BEFORE = re.compile(
    r"\b([a-z][a-z-]+)[ \u00a0]+(?:was|is|were|are|had[ \u00a0]+been|has[ \u00a0]+been|"
    r"reached|hit|stood[ \u00a0]+at|rose[ \u00a0]+to|fell[ \u00a0]+to|climbed[ \u00a0]+to|"
    r"dropped[ \u00a0]+to|came[ \u00a0]+to|of)[ \u00a0]+"
    r"(?:(?:almost|nearly|about|around|roughly|some|just|over|under|more|less|than|"
    r"up|to|only|barely)[ \u00a0]+){0,3}$",
    re.IGNORECASE,
)
_NOT_WHOLES = frozenset(
    re.findall(
        r"\w+",
        "it that this which what there who he she they one rate level figure number share "
        "total percentage proportion "
        # a conjunction or an adverb before the verb, no noun: "grown to 34,000
        # acres by Wednesday and was 15% contained" (session 38, a whole "and")
        "and or but nor then also still now only just already yet so even later",
    )
)
# between two figures of a list by place: "[of voice traffic] in Saudi Arabia, " / " and "
_LISTED = re.compile(
    r"(?:[ \u00a0]+of[ \u00a0]+[\w'’ -]+?)?[ \u00a0]+(?:in|for|at|to|among|across)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*)*"
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$"
)


def _singular(word: str) -> str:
    w = word.lower().rstrip("'’")
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def _of_after(text: str, end: int) -> str:
    """The head noun of "of [the] ... NOUN" right after a share, or ""."""
    m = re.match(r"[ \u00a0]+of[ \u00a0]+", text[end:])
    if m is None:
        return ""
    head, at = "", end + m.end()
    for w in _WORD.finditer(text, at):
        if text[at : w.start()].strip(" \u00a0"):
            break  # punctuation between: the noun phrase has ended
        at = w.end()
        word = w.group()
        low = word.lower()
        if low in _STOPS or (head and (not word[0].islower() or low in _DETERMINERS)):
            break
        if head and low.endswith(("ed", "ing")):
            break  # a verb: "of participants developed a rash"
        if low in _DETERMINERS:
            continue
        if not word[0].islower():
            return ""  # a name ("of Egyptians") is no common whole
        head = word.split("'")[0].split("’")[0]
    return _singular(head) if head else ""


def _before(text: str, start: int) -> str:
    m = _BEFORE.search(text, max(0, start - 60), start)
    if m is None or m.end() != start:
        return ""
    word = m.group(1)
    if not word.islower() and text[: m.start(1)].strip(" \u00a0\"'“‘"):
        return ""  # a name ("Saturday was"), not a sentence's first word ("Turnout was")
    return "" if word.lower() in _NOT_WHOLES else _singular(word)


def whole_of(text: str, start: int, end: int) -> str:
    """The whole the share at ``text[start:end]`` is of, one lower-case
    noun, or "" when its clause names none (module docstring)."""
    if own := _of_after(text, end) or _before(text, start):
        return own
    head = list_head(text, start)
    return whole_of(text, *head) if head else ""


def list_head(text: str, start: int) -> tuple[int, int] | None:
    """The span of the figure of a list of shares by place just before the
    one at ``start``, when only a place lies between ("55 percent of voice
    traffic in Saudi Arabia, [52 percent]"), else None."""
    previous = [m for m in _PCT.finditer(text, 0, start) if m.end() <= start]
    if previous and _LISTED.fullmatch(text, previous[-1].end(), start):
        return previous[-1].start(), previous[-1].end()
    return None


def listed_by_place(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is one of a list of figures
    each followed by its own place ("55 percent of voice traffic in Saudi
    Arabia, 52 percent in Egypt and 82 percent in India"): each is of its place."""
    for a, b in itertools.pairwise(_PCT.finditer(text)):
        touches = (a.start() < end and a.end() > start) or (b.start() < end and b.end() > start)
        if touches and _LISTED.fullmatch(text, a.end(), b.start()):
            return True
    return False


def listed_places_differ(a: tuple[Claim, Fact, Measure], b: tuple[Claim, Fact, Measure]) -> bool:
    """Two figures of different named places of which one is a figure of a
    list by place (``listed_by_place``): each figure of a list has its own
    place, so a place the other sentence names elsewhere ("65 per cent of
    traffic to India was down, while services to … Saudi Arabia … were also
    affected") does not make them one figure (trial 33: 55% of Saudi Arabia's
    traffic was paired with 65% of India's). ``apart.places_differ`` asks more
    of figures outside such a list."""
    (ca, x, ma), (cb, y, mb) = a, b
    if not ma.where or not mb.where:
        return False
    if any(same_place(p, q) for p in ma.where for q in mb.where):
        return False
    return any(
        listed_by_place(c.text, f.start - c.start, f.end - c.start) for c, f in ((ca, x), (cb, y))
    )


ONE_SHARE_IN_OTHER_WORDS = Rule(
    "one_share_in_other_words",
    PAIRING,
    lambda c: (
        c.cmp.verdict == Verdict.CONFLICT
        and c.measured_alike
        and c.x is not None
        and c.y is not None
        and c.x.kind == c.y.kind == "percent"
    ),
    Outcome.KEEP,
    "two shares of one named whole in one place ('65 per cent of traffic to India' / "
    "'55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt and 82 percent in "
    "India': the 82) say alike what they measure even when the other words around them "
    "differ (conflict_context would drop them)",
    "tests/test_s25_shares.py::test_a_listed_share_meets_the_share_of_its_place; "
    "trial 33 (ECB+ 30_ecb: 82 percent in India against 65 per cent, never compared)",
)
