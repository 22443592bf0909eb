"""Whose figures and which moment a margin is of (session 43, eng169).

Both margin checks (``margins.py``: a margin against another report's two
figures; ``own_margin.py``: against two figures of its own sentence) read a
margin and two figures as one subtraction. Fresh readers found three ways
the pairing was wrong, each a class:

- a gap at a MOMENT is not the final margin: "trailed by nine with 4:12
  remaining", "were down 12 at half-time", "led by 20 seconds at the 30km
  mark", "at one point"; nor is a score of ANOTHER occasion ("in their
  January meeting", "last season") this game's;
- endpoints of a margin are two points of one scale (two finishing times on
  a clock): a duration ("four days early") and a length ("a 12-night
  cruise") are no endpoints;
- whose gap: "35 seconds ahead of Kerubo" parts the leader from Kerubo; the
  figures must be those people's (the names beside them). When the sentence
  names whom the margin is over and the figures' owners are unknown or other,
  there is nothing to subtract: no flag (precision first).
"""

from __future__ import annotations

import re

from ..model import Claim, Fact

_S = r"[ \u00a0]+"
_PERIOD = r"(?:quarter|half|period|set|frame|innings|inning|lap|leg|stage|round|hole|over)s?"
_ORD = r"(?:first|second|third|fourth|fifth|final|opening|closing|last|\d+(?:st|nd|rd|th))"
# a moment of the contest, not its end
MOMENT = re.compile(
    rf"\bwith{_S}(?:\d+:\d\d|\d+|[a-z]+){_S}(?:[a-z]+{_S})?(?:remaining|left|to{_S}go|to{_S}play)\b"
    rf"|\b(?:remaining|to{_S}go|to{_S}play)\b"
    rf"|\bat{_S}(?:half-?time|the{_S}(?:break|interval|turn|bell|halfway|midway)|one{_S}point"
    rf"|the{_S}[\w.-]+{_S}(?:mark|split|point|checkpoint)|\d+(?:\.\d+)?{_S}?(?:km|k|mi|miles?|m)\b"
    rf"|the{_S}end{_S}of{_S}the{_S}{_ORD}|the{_S}top|times)"
    rf"|\b(?:half-?time|midway|halfway|early{_S}on|split)\b"
    rf"|\b(?:in|after|during|into|through|midway{_S}through){_S}(?:the{_S})?{_ORD}{_S}{_PERIOD}\b"
    rf"|\b(?:after|through){_S}(?:one|two|three|four|five|six|seven|eight|nine|\d+){_S}{_PERIOD}\b"
    rf"|\b(?:led|leading|leads|trail\w*|were{_S}down|was{_S}down|were{_S}up|was{_S}up)\b",
    re.IGNORECASE,
)
# another occasion: another meeting, season or leg ("in their January meeting",
# "last season", "in 2023"); not a bare month or year ("the 2024 race" is this one)
_MEETING = r"(?:season|year|meeting|game|match|leg|fixture|encounter|clash|time|month|week)"
OTHER_OCCASION = re.compile(
    rf"\b(?:last|previous|earlier|prior|reverse|return){_S}{_MEETING}\b"
    rf"|\bfirst{_S}(?:leg|meeting)\b|\bin{_S}(?:1[89]|20)\d\d\b"
    rf"|\b(?:in|at){_S}(?:their|the|a){_S}(?:[\w-]+{_S})?(?:meeting|encounter|clash|fixture)\b"
    rf"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    rf"|December){_S}{_MEETING}\b",
    re.IGNORECASE,
)
# a figure written as a point on a clock or a stopwatch: "2:05:41", "9.58 seconds"
CLOCK = re.compile(r"\d:\d\d|\d\.\d+[ \u00a0]?(?:s\b|sec|second)", re.IGNORECASE)
# a length of time, not a point: days, nights, weeks
LENGTH = re.compile(r"\b(?:day|night|week|month|year|fortnight)s?\b|-night\b|-day\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w’'-]*[A-Za-z]\b")
_NOT_NAMES = frozenset(
    re.split(
        " ",
        "The This That These Those Its Their His Her Our And But For With After Before When While "
        "Among Of In On At By From Then There Here Both All Some Most Many Last Earlier Later "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday She He They It We",
    )
)
_PLACE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|winner|"
    r"runner-up|runners-up|\d+(?:st|nd|rd|th))\b(?![ \u00a0]*(?:half|quarter|period|set|leg))",
    re.IGNORECASE,
)
_BEYOND_SECOND = re.compile(
    r"\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:rd|th))\b", re.IGNORECASE
)
_OVER_AFTER = re.compile(
    rf"^(?:{_S}[a-z]+)?{_S}(?:ahead{_S}of|clear{_S}of|in{_S}front{_S}of|behind|(?:faster|slower"
    rf"|quicker|older|younger|more|fewer)(?:{_S}[a-z]+)?{_S}than|from|over)"
    rf"{_S}(?:the{_S}|her{_S}|his{_S}|their{_S})?(?P<who>[\w’'-]+)",
    re.IGNORECASE,
)
_OVER_BEFORE = re.compile(
    rf"\b(?:beat|beats|beating|defeated|defeats?|edged|edges|outpolled|outscored|over)"
    rf"{_S}(?:the{_S})?(?P<who>[A-Z][\w’'-]+)[^,;]{{0,30}}$"
)
_BETWEEN = re.compile(
    rf"\bbetween{_S}(?:the{_S})?(?P<a>[\w’'-]+)(?:{_S}[\w’'-]+)?{_S}and{_S}(?:the{_S})?"
    rf"(?P<b>[\w’'-]+)",
    re.IGNORECASE,
)


def _key(word: str) -> str:
    return re.sub(r"(?:['’]s|s['’]|['’])$", "", word).lower()


def names(text: str) -> set[str]:
    return {_key(w) for w in _NAME.findall(text) if w not in _NOT_NAMES}


def around(text: str, s: int, e: int, reach: int = 60) -> str:
    """The words around ``text[s:e]`` up to a clause stop, either side."""
    before = re.split(r"[;,—–(]|\.\s", text[max(0, s - reach) : s])[-1]
    after = re.split(r"[;,—–)]|\.(?:\s|$)", text[e : e + reach])[0]
    return f"{before} {text[s:e]} {after}"


def clause_of(claim: Claim, f: Fact, reach: int = 60) -> str:
    return around(claim.text, f.start - claim.start, f.end - claim.start, reach)


def stamped(words: str) -> bool:
    """``words`` tell a moment of the contest or another occasion."""
    return bool(MOMENT.search(words) or OTHER_OCCASION.search(words))


def at_a_moment(claim: Claim, f: Fact) -> bool:
    """``f`` is stamped with a moment of the contest or another occasion."""
    return stamped(clause_of(claim, f))


def over_whom(claim: Claim, f: Fact) -> set[str] | None:
    """Whom the margin ``f`` is told over or between, None when not told."""
    s, e = f.start - claim.start, f.end - claim.start
    after = _OVER_AFTER.match(claim.text[e : e + 60])
    between = _BETWEEN.search(clause_of(claim, f))
    before = _OVER_BEFORE.search(re.split(r"[;,]", claim.text[max(0, s - 60) : s])[-1])
    if between and _party(between.group("a")) and _party(between.group("b")):
        return {_key(between.group("a")), _key(between.group("b"))}
    if after and _party(after.group("who")):
        return {_key(after.group("who"))}
    return {_key(before.group("who"))} if before and _party(before.group("who")) else None


def _party(word: str) -> bool:
    """A name ("Kerubo", "the Lions") or a place ("third"): someone a margin is over."""
    named = bool(_NAME.fullmatch(word)) and word not in _NOT_NAMES
    return named or bool(_PLACE.fullmatch(word))


def owner(claim: Claim, f: Fact, since: int = 0) -> set[str]:
    """The name and place beside ``f`` ("Patel's 13,980", "Lokedi second in
    2:22:01"), read back from ``f`` to ``since`` (a text offset of the claim)
    or a clause stop; empty when none."""
    s = f.start - claim.start
    window = claim.text[max(since, s - 60) : s]
    window = re.split(r"[;]|\.\s|\bwhile\b|\bwhereas\b", window)[-1]
    got = [w for w in _NAME.findall(window) if w not in _NOT_NAMES]
    places = {p.lower() for p in _PLACE.findall(window)}
    return ({_key(got[-1])} if got else set()) | places


def beyond_second(who: set[str]) -> bool:
    return any(_BEYOND_SECOND.fullmatch(w) for w in who)


def parties_fit(over: set[str] | None, first: set[str], second: set[str], told: set[str]) -> bool:
    """The margin's parties are the figures' owners.

    ``over``: whom the margin is told over (None when not told); ``first``,
    ``second``: the figures' owners; ``told``: the names the margin's
    sentence gives.
    """
    if over is None:
        return not (beyond_second(first) or beyond_second(second))
    if not first or not second:
        return False
    hit = [o for o in (first, second) if over & o]
    if not hit:
        return False
    if len(over) == 2:
        return over <= first | second
    other = second if hit[0] is first else first
    return bool(other & (told | {"winner", "first"})) or not (names_only(other) - told)


def names_only(who: set[str]) -> set[str]:
    return {w for w in who if not _PLACE.fullmatch(w)}
