"""What a date names rather than when a claim happened.

- **A dated thing**: a date in the possessive names that noun's edition, not the
  day of the sentence's happening: "February's annual show", "this year's Oscar
  host", "next year's 'X-Men Origins'". (A date before its noun, "the 2008
  telecast", is not read so: "the February 2008 three-hour broadcast" / "the 2008
  telecast" / "the 2007 Oscars" name one show in other words, ECB+ 02_ecb.) Two
  such dates of different things ("February's show" / "this year's host") are two
  things, whatever their values (trial 29: read as 'February 2009 vs 2008').
- **The end of a term**: "a contract through 2010", "an extension that runs until
  next year", "guaranteed through the end of the 2009-10 season" date when a
  contract ends, not the day it was signed ("signed an extension in September").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .aftermath import aftermath_stage
from .attempted import attempt_stage
from .changed import base_period
from .happenings import DATED, TELLING_NOUN
from .later_death import later_death
from .lexicon import words
from .measure import Measure, date_measure
from .nearest import nearest
from .penalty import penalty_stage
from .sighted import sighting_stage
from .stamped import stamp_stage
from .whose import clause_bounds, named_in
from .windows import length_in_noun_phrase

_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+")
_WORD = re.compile(r"[“\"‘']?([A-Za-z][\w’'-]*)")
# words that end the noun phrase after the date: prepositions, verbs, conjunctions
_STOP = words(
    "a an the and or but of in on at for to from by with as is are was were be been will "
    "would has have had that which who when where than after before since during until "
    "through said says its their his her this next last went came got made took gave sold "
    "won lost began ran left drew saw did does only just also still ever now then even"
)
_MAX_NP = 4


def dated_thing(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of the noun phrase a possessive date at ``text[start:end]`` names, last the
    head ("annual", "show"), or () when the date dates its sentence's happening
    or names a happening itself ("Monday's shooting": left to the stage of the
    story, :func:`facts.measure.dated_event_of`)."""
    poss = _POSSESSIVE.match(text, end)
    if poss is None:
        return ()
    pos = poss.end()
    words: list[str] = []
    while len(words) < _MAX_NP:
        m = _WORD.match(text, pos)
        if m is None:
            break
        w = m.group(1)
        if w.lower() in _STOP or (words and w.lower().endswith("ed")):
            break  # "last year's telecast delivered": its verb
        words.append(w.lower().rstrip("’'"))
        pos = m.end()
        if text[pos : pos + 1] not in (" ", "\u00a0") or w.endswith((",", ".")):
            break
        pos += 1
    if not words or _names_happening(text, end, pos):
        return ()
    return tuple(words)


def _names_happening(text: str, lo: int, hi: int) -> bool:
    """Whether the phrase after the date holds a happening of the DATED lexicon
    ("the Monday attack", "Friday's announcement") or an act of telling
    ("today's admission")."""
    spots = [m.start(1) for m in _WORD.finditer(text, lo, hi)]
    return any(
        TELLING_NOUN.match(text, pos, hi) or any(rx.match(text, pos, hi) for _, rx in DATED)
        for pos in spots
    )


def things_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two dated things whose heads differ: "annual show" / "Oscar host", and
    "February's Oscars" / "this year's Oscar host" (the show, its host: a
    possessive 'this year' of an awards season is no day of the show); "the 2009
    Oscars" / "February's Oscars" are one."""
    return bool(a and b) and a[-1][:5] != b[-1][:5]


_TERM = re.compile(
    r"\b(?:contracts?|extensions?|deals?|agreements?|leases?|terms?|pacts?|guarantee[ds]?|"
    r"loans?|mandates?|tenure|warrant(?:y|ies)|licen[cs]es?)\b",
    re.I,
)
_UNTIL = re.compile(
    r"\b(?:through|thru|until|till|to|runs?[ \u00a0]+(?:out[ \u00a0]+)?in|expir\w*[ \u00a0]+in|"
    r"ends?[ \u00a0]+in)[ \u00a0]+(?:(?:the[ \u00a0]+)?end[ \u00a0]+of[ \u00a0]+)?"
    r"(?:the[ \u00a0]+)?$",
    re.I,
)


def term_end(text: str, start: int, end: int) -> bool:
    """Whether the date says when a contract or another term ends: "a contract
    through 2010", "guaranteed through the end of the 2009-10 season", "a deal
    that expires in June"; the clause names the term."""
    if not _UNTIL.search(text, max(0, start - 30), start):
        return False
    # the term's noun before the date in its clause, a dozen words back at most
    lo, _ = clause_bounds(text, start, end)
    return bool(_TERM.search(text, max(lo, start - 80), start))


# the stage a contract's end dates: never the day it was signed or agreed
TERM_ENDS = "term ends"


def date_reading(text: str, start: int, end: int) -> Measure:
    """What a date dates (:func:`facts.measure.date_measure`), with the thing it
    names as ``thing`` (its words, spaced) and the end of a term as its stage."""
    m = date_measure(text, start, end)
    if base_period(text, start, end):  # "down 41% on a year earlier": a change's base
        m = replace(m, role="before")
    if term_end(text, start, end):
        m = replace(m, event=TERM_ENDS)
    elif penalty := penalty_stage(text, start, end, m.event):
        m = replace(m, event=penalty)  # "returned a death verdict on Tuesday"
    elif m.event in ("incident", "") and (later := later_death(text, start, end)):
        m = replace(m, event=later)  # "died in hospital last Thursday"
    elif after := aftermath_stage(text, start, end, m.event):
        m = replace(m, event=after)  # "appears in court on Thursday", "funerals … held"
    elif tried := attempt_stage(text, start, end, m.event):
        m = replace(m, event=tried)  # "the attempted murder of his wife on June 20"
    elif stage := stamp_stage(text, start, end, m.event):
        m = replace(m, event=stage)  # "as of late Tuesday night", "discovered … Monday"
    elif seen := sighting_stage(text, start, end, m.event):
        m = replace(m, event=seen)  # "recalled seeing the suspect in the street at 3am"
    thing = dated_thing(text, start, end)
    return replace(m, thing=" ".join(thing)) if thing else m


def dated_things_apart(a: Measure, text_a: str, b: Measure, text_b: str) -> str:
    """ "dated_thing" when two dates name different things ("February's annual
    show" / "this year's Oscar host"), or one names a thing its counterpart's
    sentence never names while that one dates a happening ("next year's 'X-Men
    Origins'" / "since its Nov. 26 opening"); "" otherwise."""
    ta, tb = tuple(a.thing.split()), tuple(b.thing.split())
    if ta and tb:
        return "dated_thing" if things_apart(ta, tb) else ""
    if ta and b.event and not named_in(ta, text_b):
        return "dated_thing"
    if tb and a.event and not named_in(tb, text_a):
        return "dated_thing"
    return ""


def length_scope(text: str, start: int, end: int, scope: str) -> str:
    """The period a length covers: "window" for the window of a count ("two
    extensions in seven months"), never compared with the length of one thing
    ("a one-year extension"); "earlier" kept ("a year after a similar outage")."""
    if length_in_noun_phrase(text, start):
        return "window"
    return "earlier" if scope == "earlier" else ""


# A length set off after a clause: "was not discovered until 2 October, 49 days
# later, and …" is the time before the discovery, not before the disclosure "made
# public a week later" (session 24, authored breach: two intervals of one story).
_ASIDE_AFTER = re.compile(r"[ \u00a0]+(?:later|afterwards|after|earlier|before)[ \u00a0]*[,;)]")


# A happening found out, a stage of its own for a length only (as a stage of dates
# it paired days of other things: "It had found the intrusion on 2 October").
_FOUND_OUT = (("discovered", re.compile(r"discover\w*|detect(?:ed|ing)\b|uncover\w*", re.I)),)


def length_aside_event(text: str, start: int, end: int) -> str:
    """The stage a length set off by commas right after a clause dates (its
    happening, DATED), or ""."""
    head = text[:start].rstrip()
    if not head.endswith(",") or not _ASIDE_AFTER.match(text, end):
        return ""
    c = len(head) - 1
    return nearest(text, c, c, max(0, c - 100), c, _FOUND_OUT + DATED, 8)
