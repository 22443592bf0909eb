"""Figures of a game that belong to different plays or different stats (issue
11, trial 28: ECB+ 29_ecb, Colts–Jaguars).

A game clock ("with 4:48 remaining", "with 12 minutes, 31 seconds left", "44
seconds into the round") is a point in a period of play: it dates one play, so
it compares only with the clock of the same play. "Clark collected a one-yard
touchdown pass with 12 minutes, 31 seconds remaining" and "with just under five
minutes remaining, Keiwan Ratliff intercepted" are two plays — each clause names
a player the other never names, or the two name different periods — and their
clocks are two facts, not one misreported.

A game stat belongs to its player or team and its kind: "329 yards" passing is
not a "35-yard interception return", and "17 unanswered points" is not "10
points down". Two figures in yards or points are compared only when neither
names a different kind of stat nor a different player as its owner (the name
nearest before the figure in its clause). Two CANDIDATE rows."""

from __future__ import annotations

import re

from ..model import Claim, Fact
from .cases import CandidateCase
from .stages import CANDIDATE, Outcome, Rule

# What follows a game clock: time left in the game or period, or time into it.
_CLOCK_AFTER = re.compile(
    r"[ \u00a0]*(?:left|remaining|to[ \u00a0]+(?:go|play)|into[ \u00a0]+(?:the|a)\b|"
    r"(?:gone|elapsed)[ \u00a0]+in\b)",
    re.IGNORECASE,
)
# Where a play's clause ends inside a sentence: another play told after it.
_PLAY_BREAK = re.compile(
    r";|\s(?:before|after|while|then|until|but)\s|,\s+and\s|\sand\s+then\s", re.IGNORECASE
)
_NAME = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*")
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "the a an and but or on in at with after before when while as then his her their its "
        "he she they it this that there first second third fourth final last next overtime "
        "monday tuesday wednesday thursday friday saturday sunday",
    )
)
_PERIOD = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"final|last|\d{1,2}(?:st|nd|rd|th))[ \u00a0-]+(quarter|half|period|round|inning|set|frame)\b",
    re.IGNORECASE,
)
_LAST = {"final": "last", "last": "last"}


def _local(f: Fact, claim: Claim) -> tuple[int, int]:
    return f.start - claim.start, f.end - claim.start


def is_game_clock(f: Fact, claim: Claim) -> bool:
    """A length read off a game clock: time left in the game or a period, or
    time into a period ("44 seconds into the seventh round")."""
    if f.kind != "duration":
        return False
    _, end = _local(f, claim)
    return str(f.value.get("value", "")).endswith(" left") or bool(
        _CLOCK_AFTER.match(claim.text, end)
    )


def _clause(text: str, start: int, end: int) -> str:
    """The part of a sentence that tells the play a value stands in."""
    lo = 0
    for m in _PLAY_BREAK.finditer(text, 0, start):
        lo = m.end()
    m = _PLAY_BREAK.search(text, end)
    return text[lo : m.start() if m else len(text)]


def _names(text: str) -> frozenset[str]:
    return frozenset(
        w.lower().rstrip("'’s") for w in _NAME.findall(text) if w.lower() not in _NOT_NAMES
    )


def _period(text: str) -> str:
    m = _PERIOD.search(text)
    if not m:
        return ""
    n = m.group(1).lower()
    return f"{_LAST.get(n, n)} {m.group(2).lower()}"


def _play(f: Fact, claim: Claim) -> tuple[frozenset[str], str]:
    start, end = _local(f, claim)
    clause = _clause(claim.text, start, end)
    return _names(clause), _period(clause) or _period(claim.text)


def plays_apart(c: CandidateCase) -> bool:
    """Two game clocks of different plays: each clause names a player the
    other never names, or the two name different periods of play."""
    if c.claims is None:
        return False
    ca, cb = c.claims
    if not (is_game_clock(c.x, ca) and is_game_clock(c.y, cb)):
        return False
    (na, pa), (nb, pb) = _play(c.x, ca), _play(c.y, cb)
    if pa and pb and pa != pb:
        return True
    return bool(na - nb) and bool(nb - na)


DIFFERENT_PLAYS = Rule(
    "different_plays",
    CANDIDATE,
    plays_apart,
    Outcome.SKIP,
    "a game clock dates one play: 'Clark collected a touchdown pass with 12 minutes, 31 "
    "seconds remaining' and 'with just under five minutes remaining, Ratliff intercepted' "
    "are two plays (each clause names a player the other never names, or they name "
    "different periods), not one clock misreported",
    "tests/test_s20_plays.py::test_clocks_of_two_plays_are_not_compared; ECB+ 29_ecb "
    "(trial 28: 12:31 against 'just under five minutes' called a conflict)",
)


# --- stats -------------------------------------------------------------------------

# The kind of a stat, from the words of its clause (first match wins).
_KINDS = (
    ("return", r"\breturn\w*|\bintercept\w*|\bpick(?:-six)?\b|\bpunt\s+return|\bkick\s*off"),
    ("field goal", r"\bfield[ \u00a0-]+goal"),
    ("receiving", r"\breceiv\w*|\bcatch\w*|\breceptions?\b|\bcaught\b"),
    ("rushing", r"\brush\w*|\bcarr(?:y|ies|ied)\b"),
    ("passing", r"\bpass\w*|\bthrew\b|\bthrow\w*|\bcomplet\w*|\d+-of-\d+|\d+ of \d+"),
    ("unanswered", r"\bunanswered\b|\bstraight\s+points|\b\d+-0\s+run\b"),
    ("deficit", r"\bdown\b|\bbehind\b|\btrail\w*|\bdeficit\b|\badrift\b"),
    ("lead", r"\blead\b|\bahead\b|\bled\b|\bleading\b"),
    ("margin", r"\bby\s+[\w-]+\s+points?\b|\bwon\s+by\b|\bmargin\b"),
)
# one play seen from either side: a pass is the catch it made; one team's lead is the
# other's deficit and the final margin
_FAMILY = {"receiving": "passing", "deficit": "lead", "margin": "lead"}
_KIND_RES = tuple((k, re.compile(p, re.IGNORECASE)) for k, p in _KINDS)


# a game's words, and a market's: "the Dow was down 200 points" is no game stat
_GAME = re.compile(
    r"\b(?:yards?|touchdowns?|quarter|half|inning|innings|game|season|scored|scoring|score|"
    r"rebounds?|assists?|intercept\w*|field[ -]goal|kick\w*|punt\w*|playoffs?|goals?|"
    r"quarterback|rushing|receiving|passing|victory|win|won|beat|defeat\w*)\b",
    re.IGNORECASE,
)
_MARKET = re.compile(
    r"\b(?:index|indices|Dow|Nasdaq|FTSE|Nikkei|shares?|stocks?|percentage|poll\w*|votes?)\b",
    re.IGNORECASE,
)


def _in_a_game(claim: Claim) -> bool:
    return _GAME.search(claim.text) is not None and _MARKET.search(claim.text) is None


def _digits(f: Fact) -> list[str]:
    return re.findall(r"\d+", f.text)


def _is_stat(f: Fact) -> bool:
    """Yards, or a count of points."""
    v = f.value
    return v.get("unit") == "yd" or (v.get("dimension") == "count" and v.get("counted") == "point")


def _stat_clause(text: str, start: int, end: int) -> str:
    """The figure's own clause: from the last comma, semicolon or 'and' before
    it to the next one after it."""
    lo = 0
    for m in re.finditer(r"[,;]\s|\s(?:and|who|which|as|when|to)\s", text[:start]):
        lo = m.end()
    m = re.search(r"[,;]\s|\s(?:and|who|which|as|when)\s", text[end:])
    return text[lo : end + m.start() if m else len(text)]


def stat_kind(f: Fact, claim: Claim) -> str:
    start, end = _local(f, claim)
    clause = _stat_clause(claim.text, start, end)
    for kind, pat in _KIND_RES:
        if pat.search(clause):
            return kind
    return ""


def stat_owner(f: Fact, claim: Claim) -> str:
    """The name nearest before the figure in its sentence (its player or team),
    or nothing."""
    start, _ = _local(f, claim)
    names = [
        w.lower().rstrip("'’s")
        for w in _NAME.findall(claim.text[:start])
        if w.lower() not in _NOT_NAMES
    ]
    return names[-1] if names else ""


def stats_apart(c: CandidateCase) -> bool:
    """Two differing stats of different kinds, or of two owners each named only
    in its own sentence. Two equal figures stay paired: the kind read from the
    words misses as often as the figure is restated in other words (held-out
    totals lost right agreements when they were skipped)."""
    if c.claims is None or not (_is_stat(c.x) and _is_stat(c.y)):
        return False
    if str(c.cmp.verdict) == "consistent":
        return False  # one figure in other words ('ran 35 yards' / 'a 35-yard return')
    ca, cb = c.claims
    if _digits(c.x) == _digits(c.y):
        return False  # one figure, whatever the words around it
    if not (_in_a_game(ca) and _in_a_game(cb)):
        return False  # points of an index, a poll or a vote
    ka, kb = stat_kind(c.x, ca), stat_kind(c.y, cb)
    if ka and kb and _FAMILY.get(ka, ka) != _FAMILY.get(kb, kb):
        return True
    oa, ob = stat_owner(c.x, ca), stat_owner(c.y, cb)
    if not (oa and ob) or oa == ob:
        return False
    # each owner named in the other sentence only as the owner of a figure of its
    # own there ("Andre Iguodala 14.9 points, …, while Samuel Dalembert is down almost
    # five"): the sentence names that player for another figure, not for this one
    return _named_apart_from(oa, cb, c.y) and _named_apart_from(ob, ca, c.x)


def _named_apart_from(owner: str, claim: Claim, f: Fact) -> bool:
    """``owner`` is not named in ``claim``, or only as the nearest name before
    another figure of its own clause there (not ``f``)."""
    text = claim.text
    start, _ = _local(f, claim)
    for m in re.finditer(rf"\b{re.escape(owner)}\b", text, re.IGNORECASE):
        nxt = re.search(r"[,;]\s|\s(?:and|while|but|whereas)\s", text[m.end() :])
        stop = m.end() + nxt.start() if nxt else len(text)
        if m.end() <= start < stop or not re.search(r"\d", text[m.end() : stop]):
            return False
    return True


DIFFERENT_STATS = Rule(
    "different_stats",
    CANDIDATE,
    stats_apart,
    Outcome.SKIP,
    "a game stat belongs to its kind and its player: '329 yards' passing is not a '35-yard "
    "interception return', '17 unanswered points' is not '10 points down', and one "
    "player's yards are not another's",
    "tests/test_s20_plays.py::test_stats_of_different_kinds_or_players_are_not_compared; "
    "ECB+ 29_ecb (trial 28: 35 vs 329 yards, 17 vs 10 points called conflicts)",
)
