"""Rules for lengths of time and for dates counted in units.

"48 hours", "two and a half years", "a fortnight", "two nights", "all day",
"several weeks", "within days", "decades-long", "a single-day fall" are
DURATIONs with the range of seconds they allow; "four years ago", "in two
weeks", "three days from today" are DATEs counted from the publication date
(weeks in days); "the past five days" is a duration anchored on the
publication day.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_TITLE_ALT, NUMWORD_RE, WEEKDAY_NAMES
from ..negbound import negated_comparative
from ..textwin import starts_at
from ..windows import length_in_noun_phrase
from .base import (
    UNIT_KEYS,
    Builder,
    Env,
    Val,
    prev_word,
    rule,
    sentence_initial,
)
from .counts import QTY, count_of
from .lengths import spread_over
from .lone import aged_end, lone_unit_is_length, not_a_length
from .particles import no_bound
from .unit_values import counted_date, length_value

_UNIT_ALIASES = {
    "sec": "second",
    "secs": "second",
    "min": "minute",
    "mins": "minute",
    "hr": "hour",
    "hrs": "hour",
    "yr": "year",
    "yrs": "year",
    "centuries": "century",
    "millennia": "millennium",
    "millenniums": "millennium",
    "night": "day",
    "nights": "day",
}

_UNIT = (
    r"(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
    r"|years?|yrs?|decades?|centur(?:y|ies)|quarters?|millenni(?:um|a)|nights?)"
)
_ADJ = (
    r"(?:(?:consecutive|straight|successive|full|whole|entire|trading|working|business"
    r"|calendar|more|additional|extra|further|long|short|solid|intervening)\s+)?"
)
_HEDGE = (
    r"(?:(?P<hedge>about|around|approximately|roughly|some|nearly|almost|just\s+under"
    r"|(?:a\s+little|slightly)\s+(?:more\s+than|over)"
    r"|just\s+over|close\s+to|more\s+than|over|less\s+than|fewer\s+than|under|up\s+to"
    r"|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|upwards\s+of"
    r"|in\s+excess\s+of|an\s+estimated|barely|only|just|the\s+(?:better|best)\s+part\s+of)\s+)?"
)
# a bound before a window ("at least the past 18 months"; not "over", "about": prepositions)
_WINDOW = (
    r"(?:(?P<hedge0>at\s+least|more\s+than|less\s+than|nearly|almost|up\s+to|at\s+most|most\s+of"
    r"|no\s+more\s+than|no\s+less\s+than|just\s+under|just\s+over)\s+(?=the\s))?"
    r"(?:(?P<win>the\s+(?:past|last|next|coming|previous)|past|next|last)\s+)?"
)

# --- durations, "ago", windows ----------------------------------------------------


# Hedges that are plain comparatives: under a negation in their clause they are
# the bound the other way ("None of the teams has offered more than eight years":
# up to eight years; "no fewer than 12 days": at least 12), as for the
# comparatives the hedge pattern leaves out ("longer than"; facts/negbound.py).
_COMPARATIVE_HEDGES = frozenset(("more than", "over", "less than", "fewer than", "under"))


def _negated_bound(m: re.Match, text: str, hedge: str, win: str) -> tuple[str, int] | None:
    """The bound the other way, and where it starts, when a negation governs the
    comparative before the figure (written in the hedge or not); else None."""
    if win and win not in ("past", "last"):
        return None  # a window; a bare "last" is the verb ("did not last more than a week")
    if not hedge:
        return negated_comparative(text, m.start())
    if hedge not in _COMPARATIVE_HEDGES or m.group("hedge0"):
        return None
    if hedge == "over" and spread_over(text, m.start("hedge")):
        return None  # "no team offered $150 million over seven years": spread across
    return negated_comparative(text, m.start("q"))


@rule(
    rf"\b{_WINDOW}{_HEDGE}{QTY}(?:\s*(?:-|–|to|or|and)\s*(?P<q2>\d+(?:\.\d+)?|{NUMWORD_RE}))?"
    rf"(?:\s+|\s*-\s*|(?<=\d)(?=(?:hrs?|mins?|secs?)\b)){_ADJ}{_UNIT}(?![\w])(?P<apos>['’]s?)?"
    r"(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter))?(?P<orso>\s+or\s+so\b)?"
    r"(?P<ortwo>\s+or\s+(?P<q3>two|three|2|3)\b(?![-\w]|\s+(?:[a-z]+\s+)?(?:of\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|times)\b))?"
    r"(?P<ago>\s+ago\b|\s+from\s+now\b|\s+hence\b|\s+(?:from|after)\s+today\b(?!['’])"
    r"|\s+earlier\b(?!\s+than\b))?",
    4,
    keys=UNIT_KEYS,
)
def r_duration(m: re.Match, text: str) -> Builder | None:
    q_text = m.group("q").lower()
    unit_tok = m.group("u").lower()
    unit = _UNIT_ALIASES.get(unit_tok) or unit_tok.removesuffix("s")
    plural = unit_tok.endswith("s") or unit_tok in ("centuries", "millennia")
    after = text[m.end() : m.end() + 20]
    if not_a_length(m, text, after, unit_tok, unit, plural):
        return None
    win = re.sub(r"\s+", " ", (m.group("win") or "").lower())
    hedge = re.sub(r"\s+", " ", (m.group("hedge") or m.group("hedge0") or "").lower())
    hedge = re.sub(r"^(?:a little|slightly) (?:more than|over)$", "just over", hedge)
    if m.group("orso") and not hedge:
        hedge = "about"  # "a week or so ago", "the next two years or so"
    ago = re.sub(r"\s+", " ", (m.group("ago") or "").strip().lower())
    if ago in ("from today", "after today"):
        ago = "from now"  # "three days from today"
    end = aged_end(text, m.end()) or m.end()  # "the 8-month-old truce": TimeML keeps "-old"
    if ago == "earlier":
        if unit not in ("month", "quarter", "year") or _ANCHOR_IN_SENTENCE.search(text):
            ago, end = "", m.start("ago")  # "in 2015 ... a year earlier": counts from 2015
        else:
            ago = "earlier"  # "from $5m a year earlier": the report's own period
    if win and ago:
        return None
    start = m.start()
    negated = None if ago else _negated_bound(m, text, hedge, win)
    if negated is not None:  # "no team has offered a contract longer than eight years"
        hedge, start = negated
    if hedge in ("over", "under") and no_bound(text, hedge, m.start("hedge"), m.end("u")):
        hedge, start = "", m.start("q")  # "$150m over seven years", "went under 14 years ago"
    if win in ("past", "last"):
        # "last two years" without "the" is not a window: "shouldn't last two hours";
        # "next three days" is one (headline style drops "the")
        win, start = "", m.start("hedge") if m.group("hedge") else m.start("q")
    fraction = 0.25 if "quarter" in (m.group("half") or "") else 0.5
    q_lo, q_hi, vague = count_of(  # "two to three weeks"; "a day or two" (1-2 days)
        q_text, m.group("q2") or m.group("q3"), fraction if m.group("half") else 0.0, plural
    )
    if q_lo is None:
        return None
    if (
        q_text in ("a", "an", "another")
        and not ago
        and not win
        and not hedge
        and not m.group("half")
        and not lone_unit_is_length(m, text, after)
    ):
        return None  # "not a day anybody can be prepared for", "$41m a year"
    if (
        q_text == "one"
        and unit == "day"
        and (sentence_initial(text, m.start()) or after.startswith(","))
    ):
        return None  # "One day, ..." / "One night, ..." is not a duration
    surface = text[start:end]

    def build(env: Env) -> Val | None:
        if ago == "earlier":
            if env.published is None:
                return None  # nothing to count from: not a claim to compare
            v = counted_date(env, unit, q_lo, q_hi, vague, hedge, "ago", surface)
            if v is not None and v.mod is None:
                v.mod = "around"  # counted from the period reported, near publication
            return v
        if ago:
            return counted_date(env, unit, q_lo, q_hi, vague, hedge, ago, surface)
        if (
            env.signal == "in"
            and env.tense == "future"
            and not length_in_noun_phrase(text, start)
            and not win
            and not vague
            and not hedge
            and unit in ("day", "week", "fortnight", "month", "year", "decade")
        ):
            return counted_date(env, unit, q_lo, q_hi, vague, hedge, "from now", surface)
        return length_value(env, unit, q_lo, q_hi, vague, hedge, win, surface)

    return build if (start, end) == m.span() else (build, (start, end))


# A date written in the sentence: "a year earlier" then counts from it, not from publication.
_ANCHOR_IN_SENTENCE = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d)\b|\b(?:{MONTH_TITLE_ALT})\b|\b(?:{'|'.join(WEEKDAY_NAMES[1:])})\b"
)


@rule(
    r"\ball[\s-](?P<u>day|night|week|month|year)(?:\s+long)?\b", 4, keys="day night week month year"
)
def r_all_unit(m: re.Match, text: str) -> Builder | None:
    """'all day', 'all night long', 'all-year': one whole unit (P1D, P1W ...)."""
    u = {"night": "day"}.get(m.group("u").lower(), m.group("u").lower())
    return lambda env: length_value(env, u, 1, 1, False, "", "", m.group(0))


@rule(
    r"\b(?P<win>(?:the\s+|this\s+)?(?:past|coming)|the\s+(?:last|next)|(?:next|last)(?=\s+fortnight))"
    r"\s+(?P<u>week|month|year|decade|century"
    r"|quarter|fortnight|day|hour)\b(?!['’]s|-|\s+centur)",
    4,
    keys=UNIT_KEYS,
)
def r_window_unit(m: re.Match, text: str) -> Builder | None:
    """'the past year', 'over the last decade', 'past month', 'next fortnight' (no calendar
    fortnight for "next" to name): a window of one unit ending or starting now;
    'the past year or so' (about one), 'the last week or two' (one to two)."""
    more = _OR_MORE.match(text, m.end())
    if more is None and starts_at(r"\s+(?:of|or)\b", text, m.end(), re.IGNORECASE):
        return None
    u = m.group("u").lower()
    win = re.sub(r"\s+", " ", m.group("win").lower())
    if more is None:
        return lambda env: length_value(env, u, 1, 1, False, "", win, m.group(0))
    hi = {"so": 1, "two": 2, "three": 3, "2": 2, "3": 3}[more.group(1).lower()]
    hedge, surface = ("about" if hi == 1 else ""), text[m.start() : more.end()]

    def build(env: Env) -> Val:
        return length_value(env, u, 1, hi, False, hedge, win, surface)

    return build, (m.start(), more.end())


# "the past year or so", "the last week or two" (not "the last week or two weeks")
_OR_MORE = re.compile(
    r"\s+or\s+(so|two|three|2|3)\b(?![-\w]|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?"
    r"|years?)\b)",
    re.IGNORECASE,
)


# a determiner before a unit or after its "of": a stretch named, not a length
_OWNED_BEFORE_ALT = "the|this|that|these|those|his|her|its|their|our|my|your|a|an|each|every|age"
_OWNED_BEFORE = frozenset(_OWNED_BEFORE_ALT.split("|"))
_OF_A_DOING = re.compile(rf"\s+of\s+(?!(?:{_OWNED_BEFORE_ALT})\b)[a-z]", re.IGNORECASE)


@rule(
    r"\b(?P<pre>within|for|over|in|after|over\s+the|takes?|took|taken|taking|lasts|lasted"
    r"|lasting)\s+(?:(?:just|only|mere)\s+)?"
    r"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia)\b"
    r"|\b(?P<u2>days|weeks|months|years|decades)(?:-long\b|(?=\s+in\s+the\s+making\b))"
    r"|\b(?P<u3>weeks|months|years|decades)(?=\s+of\s+[a-z])",
    5,
    keys=UNIT_KEYS,
)
def r_bare_plural(m: re.Match, text: str) -> Builder | None:
    """'within days', 'in just minutes', 'decades-long', 'could take weeks', 'lasted
    hours', 'months of talks', 'took years to rebuild': durations with no number (PXD)."""
    if m.group("u3") and (
        prev_word(text, m.start()) in _OWNED_BEFORE or not _OF_A_DOING.match(text, m.end())
    ):
        return None  # "the years of his rule", "months of the year": a named stretch
    if m.group("u2") or m.group("u3"):
        u2 = (m.group("u2") or m.group("u3")).lower()[:-1]
        return (
            lambda env: length_value(env, u2, 2.0, None, True, "", "", m.group(0)),
            (m.start(), m.end()),
        )
    pre = m.group("pre").lower()
    took = pre.startswith(("tak", "took"))
    after = r"off|ago|before|after|later|earlier|old|to\s+come" + ("" if took else "|to")
    if not _OF_A_DOING.match(text, m.end()):
        after += "|of"  # "after years of war" is a length, "within days of the attack" a bound
    if starts_at(rf"\s+(?:{after})\b", text, m.end(), re.IGNORECASE):
        return None  # not "took years to rebuild": a length all the same
    u = m.group("u").lower()
    if pre.startswith("over ") and u not in ("years", "decades", "centuries", "millennia"):
        return None
    u = _UNIT_ALIASES.get(u) or u[:-1]  # "for centuries": a length of its own (PXY)
    s = m.start("u") if " " not in pre else m.start("pre") + 5
    e = m.end("u")

    def build(env: Env) -> Val:
        return length_value(env, u, 2.0, None, True, "", "", m.group("u"))

    return build, (s, e)
