"""What a date dates, as the words its clause ties it to (issue 11, session 16).

A day or period is the day OF something: "Bush underwent an MRI earlier this
week" dates the MRI, "the Saints were eliminated over the weekend" the
elimination, "the knee was examined over the weekend" the examination. Two
dates that cannot be resolved (each needs its article's publication date) are
a question for an editor only when they date one happening; read here are the
words that say which: the word the date follows (past function and time
words), the nearest verb before it in its clause, and a word right after it
that is not a function word ("an October 19 game", "the Monday attack").

An empty set means the clause says nothing an editor could match. The rest of
the clause may still tell one happening in other words ("became the all-time
leading scorer on Thursday" / "broke the all-time scoring record last night"):
``alike_clauses`` says when two dates' clauses share two words beside names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import STOPWORDS, content_tokens, stem
from .happenings import DATED
from .whose import clause_bounds

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words that say when, not what: they belong to the date itself.
_WHEN = frozenset(
    (
        *("earlier", "later", "last", "next", "this", "ago", "early", "late", "mid"),
        *("today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year"),
        *("day", "days", "weeks", "months", "years", "night", "morning", "afternoon"),
        *("evening", "local", "time", "am", "pm", "gmt", "est", "pst", "around", "since"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "officially", "already"),
        *("just", "only", "about", "approximately", "shortly", "sometime", "back"),
    )
)
# Past forms that do not end in -ed: the verbs that date most happenings.
_IRREGULAR = frozenset(
    (
        *("underwent", "went", "came", "took", "made", "saw", "gave", "began", "won", "lost"),
        *("told", "said", "met", "left", "hit", "shot", "fell", "rose", "sold", "paid", "held"),
        *("broke", "caught", "ran", "threw", "struck", "died", "found", "got", "spoke", "wrote"),
    )
)
_LIGHT = frozenset(("was", "were", "been", "being", "had", "has", "have", "is", "are", "did"))
_VERB_REACH = 8


# after these a word is a verb in its base form ("will host the Oscars next year")
_MODALS = frozenset(("will", "would", "shall", "should", "could", "can", "may", "might", "must"))


def _is_verb(word: str, before: str = "") -> bool:
    w = word.lower()
    if w in _LIGHT:
        return False
    if before.lower() in _MODALS and w not in STOPWORDS:
        return True
    return w in _IRREGULAR or (len(w) > 4 and (w.endswith("ed") or w.endswith("ing")))


def _telling(word: str) -> bool:
    """A word that may say what is dated (not a function word, not a time word)."""
    w = word.lower().strip("'’")
    return w not in STOPWORDS and w not in _WHEN and w not in _LIGHT and not w.isdigit()


@lru_cache(maxsize=1 << 14)
def dated_words(text: str, start: int, end: int) -> frozenset[str]:
    """The stemmed words that say what the date at ``text[start:end]`` dates
    ("Bush underwent an MRI earlier this week" -> {mri, underwent})."""
    lo, hi = clause_bounds(text, start, end)
    before = [m.group(0) for m in _WORD.finditer(text, lo, start)]
    after = [m.group(0) for m in _WORD.finditer(text, end, hi)]
    out: set[str] = set()
    telling = [w for w in before if _telling(w)]
    if telling:
        out.add(stem(telling[-1].lower()))
    reach = before[-_VERB_REACH:]
    for n in range(len(reach) - 1, -1, -1):
        prior = (
            reach[n - 1] if n else (before[-_VERB_REACH - 1] if len(before) > len(reach) else "")
        )
        if _is_verb(reach[n], prior):
            out.add(stem(reach[n].lower()))
            break
    if text[end : end + 2] in ("'s", "’s") and len(after) > 1:
        after = after[1:]  # "this year's Oscars", "Tuesday's vote": the noun it dates
    if after and _telling(after[0]):
        out.add(stem(after[0].lower()))
    if not out and not telling:
        out |= _fronted_words(text, hi)
    return frozenset(out)


def _fronted_words(text: str, hi: int) -> set[str]:
    """A date that opens its sentence set off by a comma ("On Saturday, Cheeks
    was fired") dates the clause after it: its first telling word (the subject)
    and its first verb."""
    nxt = fronted_clause(text, hi)
    if nxt is None:
        return set()
    words = [m.group(0) for m in _WORD.finditer(text, *nxt)][: _VERB_REACH + 1]
    out = {stem(w.lower()) for w in [w for w in words[:3] if _telling(w)][:1]}
    for n, w in enumerate(words):
        if _is_verb(w, words[n - 1] if n else ""):
            out.add(stem(w.lower()))
            break
    return out


def fronted_clause(text: str, hi: int) -> tuple[int, int] | None:
    """The clause after a date's own clause ending at ``hi`` in ", ", when the
    date's clause holds nothing that says what it dates ("On Saturday, ...")."""
    if text[hi : hi + 1] != ",":
        return None
    return clause_bounds(text, hi + 2, hi + 2)


# A capitalised word: a name, which two clauses of one story share whatever each dates.
# A name may open on digits: a team's ("the 76ers", "the 49ers").
_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|\d+[a-z]*(?:ers|ors)\b)")


# A word that opens a subordinate clause or phrase: what it tells is another
# happening than the one the date dates ("placed him on the injured list
# Wednesday | after he suffered a knee sprain"; "missed time | because of knee
# surgery earlier this year | and a sprain will halt his season").
_SUBORDINATE = re.compile(
    r"\b(?i:after|before|because|until|while|whereas|although|though|despite|and)\b"
)


def _own_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the date's clause between the subordinating words around it
    (one before it a word or more away: "until Monday" is the date's own)."""
    lo, hi = clause_bounds(text, start, end)
    cuts_before = [m.end() for m in _SUBORDINATE.finditer(text, lo, start)]
    if cuts_before and _WORD.search(text, cuts_before[-1], start):
        lo = cuts_before[-1]
    after = _SUBORDINATE.search(text, end, hi)
    if after is not None:
        hi = after.start()
    return lo, hi


def _words_of(text: str, lo: int, start: int, end: int, hi: int) -> frozenset[str]:
    rest = _NAME.sub(" ", text[lo:start] + " " + text[end:hi])
    return frozenset(w for w in content_tokens(rest) if w.lower() not in _WHEN)


@lru_cache(maxsize=1 << 14)
def _clause_words(text: str, start: int, end: int) -> frozenset[str]:
    lo, hi = _own_part(text, start, end)
    own = _words_of(text, lo, start, end, hi)
    if own:
        return own
    lo, hi = clause_bounds(text, start, end)
    words = _words_of(text, lo, start, end, hi)
    nxt = fronted_clause(text, hi) if not words else None
    return _words_of(text, nxt[0], nxt[0], nxt[0], nxt[1]) if nxt else words


def _alike(a: str, b: str) -> bool:
    """One word in two forms ("scorer" / "scoring": stems one of which begins the other)."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short))


def alike_clauses(a: tuple[str, int, int], b: tuple[str, int, int], least: int = 2) -> bool:
    """Whether the clauses of two dates share ``least`` words other than names
    and time words (numbers count: "scored 20 points last night" / "posting 20
    points on Thursday night")."""
    wa, wb = _clause_words(*a), _clause_words(*b)
    shared = {x for x in wa if any(_alike(x, y) for y in wb)}
    return len(shared) >= least


def figure_beside(text: str, start: int, end: int) -> bool:
    """Whether the date's own clause states a figure besides the date ("Seville
    recorded 44C on Tuesday"): the date then dates the reading of that figure."""
    lo, hi = clause_bounds(text, start, end)
    return any(ch.isdigit() for ch in _NAME.sub(" ", text[lo:start] + " " + text[end:hi]))


def fronted_stage(text: str, start: int, end: int) -> str:
    """The stage of the story (happenings.DATED) the clause after a fronted
    date names ("Today, Maurice Cheeks became the fifth coach fired" -> fired),
    "" when the date is not fronted or the clause names none."""
    lo, hi = clause_bounds(text, start, end)
    nxt = fronted_clause(text, hi)
    if nxt is None or any(_telling(m.group(0)) for m in _WORD.finditer(text, lo, hi)):
        return ""
    for m in list(_WORD.finditer(text, *nxt))[: _VERB_REACH + 2]:
        for name, rx in DATED:
            if rx.match(text, m.start()):
                return name
    return ""
