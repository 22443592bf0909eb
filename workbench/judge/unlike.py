"""Unlike things (issue 11, session 16): rows of the rule table that keep two
values of aligned claims from being shown as one question when their words
say they are two different facts, read on the dev2 half of real copy.

- two dates neither of which can be resolved (each needs its article's
  publication date) are a question only when they date one happening: "Bush
  underwent an MRI earlier this week" and "the Saints were eliminated over the
  weekend" date an MRI and an elimination, nothing to check;
- a multiplier ("three times the industry standard", "twice as long") is a
  ratio, never a count of things or times ("up to 1,000 recharges");
- a price stated for a named market in its currency ("will retail in Malaysia
  for RM10,099") is that market's price, not a conversion of another
  currency's price ("ships at the end of the month for $2,799");
- a norm ("the typical lifespan for laptop batteries is about three years",
  "on average", "usually") is what holds in general, never the figure of
  the one thing a story is about ("the new battery lasts five years").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts.dated_words import alike_clauses, dated_words, figure_beside, fronted_stage
from ..facts.measure import dated_event_of
from ..facts.time.weekdays_apart import two_weekdays_apart
from ..model import Claim, Fact, Verdict
from .cases import CandidateCase
from .family_helpers import TIME_KINDS
from .horizons import HORIZON_ROWS
from .stages import CANDIDATE, Outcome, Rule

_POINTS = frozenset(TIME_KINDS - {"duration"})


def _span(claim: Claim, f: Fact) -> tuple[str, int, int]:
    return claim.text, f.start - claim.start, f.end - claim.start


def dates_of_other_happenings(c: CandidateCase) -> bool:
    """Two dates left unresolved whose clauses say they date different
    happenings: not the same stage of the story, no word in common among the
    words that say what each dates (facts.dated_words), and clauses that do not
    tell one happening in other words (facts.dated_words.alike_clauses). Two
    dates whose own clauses each state a figure ("reached 111F yesterday" /
    "recorded 44C on Tuesday") date the reading or find of that figure: they
    are left to be compared. Of two sentences that state figures elsewhere
    ("A meteorite weighing 30 pounds was found, days after a fireball lit up
    the sky on Friday night" / "... 30kg ..., after a fireball was seen on 7
    June"), the dates are compared when their clauses share one word (the
    fireball); "Friday's 88-72 setback" and "the pick-up of Elton Brand over the
    summer" share none. Two bare weekdays of undated reports, a conflict since
    session 37 (facts/time/weekdays_apart.py), are read here as they were."""
    if c.claims is None or c.x.kind not in _POINTS or c.y.kind not in _POINTS:
        return False
    if c.cmp.verdict != Verdict.UNRESOLVED and not two_weekdays_apart(c.x.mention, c.y.mention):
        return False
    a, b = _span(c.claims[0], c.x), _span(c.claims[1], c.y)
    if c.figures and ((figure_beside(*a) and figure_beside(*b)) or alike_clauses(a, b, least=1)):
        return False
    stage_a = dated_event_of(*a) or fronted_stage(*a)
    stage_b = dated_event_of(*b) or fronted_stage(*b)
    if stage_a and stage_a == stage_b:
        return False
    wa, wb = dated_words(*a), dated_words(*b)
    return bool(wa) and bool(wb) and not wa & wb and not alike_clauses(a, b)


# "three times the industry standard", "twice as long", "a tenfold rise",
# "three times more", "five times higher than": how many times another amount.
_TIMES_AFTER = re.compile(
    r"[ \u00a0]*(?:-?fold\b|(?:times|x)[ \u00a0]+(?:the|as|more|less|fewer|that|what|"
    r"over|greater|higher|lower|larger|bigger|smaller|faster|slower|longer|shorter|"
    r"[a-z]+er[ \u00a0]+than)\b)",
    re.IGNORECASE,
)
_TWICE = re.compile(r"^(?:twice|thrice|double|triple|quadruple)$", re.IGNORECASE)
# "twice" and "thrice" multiply only before what they multiply ("twice as long",
# "twice the size"); alone they count occasions ("married twice": a count, as
# "married three times"; facts/quantity/adverbs.py)
_ADVERB = re.compile(r"^(?:twice|thrice)$", re.IGNORECASE)
_MULTIPLIES = re.compile(
    r"[ \u00a0]+(?:as|the|that|this|those|these|what|more|less|fewer|over|its|their|his|"
    r"her|our|my|your|greater|higher|lower|larger|bigger|smaller|faster|slower|longer|"
    r"shorter)\b",
    re.IGNORECASE,
)


# A fraction of another amount told by "what" after it: "less than half what
# investors consider healthy", "a third of what it earned" (session 37, authored
# carmaker_cuts: read as 50% against a margin of 5.6%, judged wrong, 'a ratio to
# an unstated benchmark'). "half the staff" is some of a group, and stays a share.
_FRACTION = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)$", re.IGNORECASE)
_OF_WHAT = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?what\b", re.IGNORECASE)


def multiplier(text: str, end: int, value: str) -> bool:
    """Whether the value ending at ``text[end]`` is a multiplier of another
    amount ("three times the charges", "half what it was"), not a count
    ("recharged up to 1,000 times in its life")."""
    if _ADVERB.match(value.strip()):
        return _MULTIPLIES.match(text, end) is not None
    if _FRACTION.search(value.strip()) and _OF_WHAT.match(text, end):
        return True
    return _TWICE.match(value.strip()) is not None or _TIMES_AFTER.match(text, end) is not None


def multiplier_against_count(c: CandidateCase) -> bool:
    """One value is a multiplier, the other is not."""
    if c.claims is None:
        return False
    (ta, _, ea), (tb, _, eb) = _span(c.claims[0], c.x), _span(c.claims[1], c.y)
    return multiplier(ta, ea, c.x.text) != multiplier(tb, eb, c.y.text)


# A market a price is stated for: "retail in Malaysia", "sells in the UK for",
# "Malaysian buyers", "the Indian market" (not where money is spent: "invest
# €40m in its plants in Ireland").
_IN_MARKET = re.compile(
    r"\b(?:retail\w*|sell\w*|sold|on[ \u00a0]+sale|"
    r"priced|costs?|available|launch\w*|ship\w*)"
    r"[ \u00a0]+(?:in|across|throughout)[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Z][\w'’.-]*)"
    r"(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2})"
)
_MARKET_ADJECTIVE = re.compile(
    r"\b([A-Z][a-z]+(?:ian|ese|ish|an|i))[ \u00a0]+(?:market|buyers|customers|consumers|"
    r"stores|shops|retail\w*|prices?|version|launch)\b"
)
_NOT_MARKETS = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday"),
    )
)


def _markets(text: str) -> set[str]:
    found = {m.group(1).split()[0] for m in _IN_MARKET.finditer(text)}
    found |= {m.group(1) for m in _MARKET_ADJECTIVE.finditer(text)}
    return {w for w in found if w.lower() not in _NOT_MARKETS}


def _names(market: str, text: str) -> bool:
    stem = market.lower()[:5]
    return re.search(rf"\b{re.escape(stem)}", text, re.IGNORECASE) is not None


def prices_of_different_markets(c: CandidateCase) -> bool:
    """Two amounts of money in different currencies, one stated for a market
    the other sentence never names: each is a market's own price."""
    if c.claims is None or c.x.kind != "money" or c.y.kind != "money":
        return False
    ux, uy = getattr(c.x.mention, "unit", None), getattr(c.y.mention, "unit", None)
    if not ux or not uy or ux == uy:
        return False
    ta, tb = c.claims[0].text, c.claims[1].text
    own_a = [m for m in _markets(ta) if not _names(m, tb)]
    own_b = [m for m in _markets(tb) if not _names(m, ta)]
    return bool(own_a or own_b)


# A figure stated as what holds in general: "the typical lifespan", "on average",
# "usually takes", "an industry-standard 300 cycles" (not "conventional", which
# names a kind of thing: "Apple's conventional MacBook Pro design").
_NORM = re.compile(
    r"\b(?:typical(?:ly)?|average|usual(?:ly)?|normal(?:ly)?"
    r"|industry[- \u00a0]standard)\b",
    re.IGNORECASE,
)


_NORM_REACH = 7
_ANY_WORD = re.compile(r"\S+")


def _norm(claim: Claim, f: Fact) -> bool:
    """A norm word within seven words of the figure ("the typical lifespan for
    laptop batteries is about three years", "£1,900 a year to a typical driver")."""
    return _norm_at(*_span(claim, f))


@lru_cache(maxsize=65536)
def _norm_at(text: str, s: int, e: int) -> bool:
    before = [m.start() for m in _ANY_WORD.finditer(text, 0, s)][-_NORM_REACH:]
    after = [m.end() for m in _ANY_WORD.finditer(text, e)][:_NORM_REACH]
    lo, hi = (before[0] if before else s), (after[-1] if after else e)
    return _NORM.search(text, lo, hi) is not None


def norm_against_instance(c: CandidateCase) -> bool:
    """One figure's clause states a norm, the other's does not (amounts and
    lengths of time: a day 'normally' kept is read by the day rows)."""
    if c.claims is None or c.x.kind in _POINTS or c.y.kind in _POINTS:
        return False
    return _norm(c.claims[0], c.x) != _norm(c.claims[1], c.y)


CANDIDATE_ROWS: tuple[Rule, ...] = (
    *HORIZON_ROWS,  # an increment against a total, a horizon against a length (session 27)
    Rule(
        "dates_of_different_things",
        CANDIDATE,
        lambda c: c.measured_apart == "dated_thing",
        Outcome.SKIP,
        "a date in the possessive or before a noun names that thing's edition ('February's "
        "annual show', 'this year's Oscar host', 'next year's X-Men Origins', 'the 2009 "
        "Oscars'); two such dates of things that share no word, or one against the date of "
        "a happening whose sentence never names the thing, are two things, not one date "
        "misreported",
        "tests/test_dated_things.py::test_dates_of_different_things_are_not_compared; "
        "ECB+ 02_ecb, outside the judged halves (trial 29: 'February's annual show' / "
        "'this year's Oscar host' read as a conflict)",
    ),
    Rule(
        "dates_of_other_happenings",
        CANDIDATE,
        dates_of_other_happenings,
        Outcome.SKIP,
        "two dates that can be read only from each article's publication date ('earlier "
        "this week' / 'over the weekend') are a question only when they date one "
        "happening; 'underwent an MRI earlier this week' and 'eliminated from the playoffs "
        "over the weekend' date two, and their words share nothing that says what is dated",
        "tests/test_s16_unlike.py::test_unresolved_days_of_different_happenings_are_not_shown; "
        "tests/test_s20_other_happenings.py (figures elsewhere in both sentences, a fronted "
        "date, a team name written with digits; ECB+ 05_ecb outside the halves, J20g); "
        "ECB+ dev2 half in benchmarks/realcopy_data (7 unresolved dates of different "
        "events judged wrong: an MRI, a playoff elimination, a sprain, an examination)",
    ),
    Rule(
        "multiplier_against_count",
        CANDIDATE,
        multiplier_against_count,
        Outcome.SKIP,
        "a multiplier ('three times the industry standard', 'twice as long') says how many "
        "times another amount something is; it never measures the same thing as a count "
        "('up to 1,000 recharges', 'recharged 1,000 times') nor a share; nor is a fraction of "
        "what another amount is ('less than half what investors consider healthy' / a "
        "margin of 5.6%, session 37)",
        "tests/test_s16_unlike.py::test_a_multiplier_is_not_compared_with_a_count; "
        "tests/test_s37_fraction_of_what.py::test_a_fraction_of_what_is_not_a_share; "
        "ECB+ dev2 half in benchmarks/realcopy_data (two battery-life multipliers read "
        "against a count of recharges)",
    ),
    Rule(
        "prices_of_different_markets",
        CANDIDATE,
        prices_of_different_markets,
        Outcome.SKIP,
        "a price in one currency stated for a named market ('will retail in Malaysia for "
        "RM10,099') and a price in another currency ('ships for $2,799') are two markets' "
        "list prices, not one amount converted; the same amount in two currencies with no "
        "market named is still a question",
        "tests/test_s16_unlike.py::test_prices_of_different_markets_are_not_compared; "
        "ECB+ dev2 half in benchmarks/realcopy_data (a US price against a Malaysian one)",
    ),
    Rule(
        "norm_against_instance",
        CANDIDATE,
        norm_against_instance,
        Outcome.SKIP,
        "a figure stated as a norm ('the typical lifespan for laptop batteries is about "
        "three years', 'on average', 'usually') says what holds in general; the figure of "
        "the one thing a story is about ('the new battery lasts five years') is a different "
        "fact, whatever their values",
        "tests/test_s16_unlike.py::test_a_norm_is_not_compared_with_an_instance; "
        "ECB+ dev2 half in benchmarks/realcopy_data (a new battery's life against the "
        "typical life of laptop batteries)",
    ),
)
