"""Over what period, where and in which year a figure was counted, as far
as the words of its clause say (read for ``measure.Measure``; split from
whose.py, which reads whose figure it is).

"30 homers in each of the past five seasons" and "13 home runs in 54 games"
cover two periods; "$152 million in North America" and "$214 million
worldwide" were counted in two places; "a 12-year sentence ... in 1997" and
"a five-year term in 1959" belong to two years.
"""

from __future__ import annotations

import re

from .report_period import HALF, QUARTER, YEAR
from .total_of_things import TOTAL_OF_THINGS
from .whose import clause_bounds

# A part of a series, not its whole: "completed his first 17 passes" against
# "completed 29 of 34 passes"; "his last five games".
_PART_BEFORE = re.compile(r"\b(?:first|last|final|opening|previous|past)[ \u00a0]+$", re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(
    r"[ \u00a0-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur\w*)\b",
    re.IGNORECASE,
)


# A season before this one: "his 20 points a game last season" is not this
# season's average, whatever else its clause says (session 14).
_LAST_SEASON = re.compile(
    r"\b(?:last|previous|prior|past)[ \u00a0]+(?:regular[ \u00a0]+)?season\b"
    r"|\bthe[ \u00a0]+(?:year[ \u00a0]+before|season[ \u00a0]+before)\b",
    re.IGNORECASE,
)
# The period a figure covers ("in 54 games", "this season", "so far"), the
# nearest after the figure first: "hit 13 home runs in 54 games".
_SCOPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("career", r"\b(?:career|in[ \u00a0]+(?:his|her|their)[ \u00a0]+career)\b"),
        (
            "season",
            r"\b(?:(?:this|last|next|a|per|each|every|the|regular|past)[ \u00a0]+"
            r"(?:\w+[ \u00a0]+)?seasons?|season-(?:high|long|best|low))\b",
        ),
        (
            "game",
            r"\b(?:in|per|a|each|every|during)[ \u00a0]+(?:(?:the|one|a|\d+|\w+['’]s?)[ \u00a0]+)?"
            r"(?:games?|match(?:es)?)\b",
        ),
        (
            "total",
            r"\b(?:so[ \u00a0]+far|to[ \u00a0]+date|in[ \u00a0]+total|in[ \u00a0]+all)\b"
            # "25 people altogether", "a combined 40", "the overall toll" (session 23)
            r"|\b(?:altogether|all[ \u00a0]+told|overall|cumulatively|combined(?![ \u00a0]+with))\b"
            # "fines totalling £410m", "a total of 40", "together the two won 48%" (session 24)
            r"|\b(?:totall?(?:ing|ed)|(?:a|the)[ \u00a0]+total[ \u00a0]+(?:of|to)|"
            r"together(?![ \u00a0]+with)|jointly|between[ \u00a0]+them)\b"
            # "the total value of the drugs seized", of several things (session 41)
            r"|\b" + TOTAL_OF_THINGS +
            # "eleven deaths since the outbreak began": a running total (session 10)
            r"|\bsince[ \u00a0]+the[ \u00a0]+(?:start|beginning|outbreak|onset)\b"
            # "12 deaths since January", "since last year" (session 23)
            r"|\bsince[ \u00a0]+(?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December|last[ \u00a0]+(?:year|month))\b"
            r"|\bsince[ \u00a0]+(?:the[ \u00a0]+)?\w+[ \u00a0]+"
            r"(?:began|started|erupted|struck|hit)\b",
        ),
        (
            "half",
            r"\b(?:in|during|of)[ \u00a0]+the[ \u00a0]+(?:first|second|opening)[ \u00a0]+half\b"
            r"|\bat[ \u00a0]+(?:half-?time|the[ \u00a0]+break)\b|" + HALF,  # "first-half profit"
        ),
        (
            "quarter",
            r"\b(?:in|during|of)[ \u00a0]+the[ \u00a0]+(?:first|second|third|fourth|final)"
            r"[ \u00a0]+(?:quarter|period|inning)\b|" + QUARTER,  # "Q3 revenue" (session 43)
        ),
        ("year", YEAR),  # "full-year revenue", "for the year", "annual sales" (session 43)
        (
            "weekend",
            r"\b(?:(?:its|the|this|opening|debut|first|over[ \u00a0]+the)[ \u00a0]+)+weekend\b",
        ),
        (
            "day",
            r"\b(?:(?:on|its)[ \u00a0]+)?(?:opening|first)[ \u00a0]+day\b"
            r"|\bat[ \u00a0]+midnight[ \u00a0]+(?:screenings|showings)\b",
        ),
    )
)
# Where a figure was counted, when its clause says: "$152 million in North America"
# against "$214 million worldwide"; "1,200 cases in the county" / "statewide".
_SITE = r"(?:plant|factory|works|site|mine|mill|refinery|smelter|depot|warehouse|store)\b"
PLACES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("world", r"\b(?:worldwide|globally|around[ \u00a0]+the[ \u00a0]+(?:world|globe))\b"),
        (
            "home",
            # "gross domestic product", "domestic violence" count nothing at home
            r"\b(?:domestic(?:ally)?(?![ \u00a0]+(?:product|violence|abuse|partners?|workers?|"
            r"helpers?|disputes?|affairs|politics|policy))|in[ \u00a0]+north[ \u00a0]+america|"
            r"in[ \u00a0]+the[ \u00a0]+"
            r"(?:us|u\.s\.|united[ \u00a0]+states)(?:[ \u00a0]+and[ \u00a0]+canada)?)\b",
        ),
        ("abroad", r"\b(?:overseas|abroad|internationally|foreign[ \u00a0]+markets)\b"),
        (
            "nation",
            r"\b(?:nationwide|nationally|(?:across|throughout)[ \u00a0]+the[ \u00a0]+country)\b",
        ),
        ("state", r"\b(?:statewide|(?:across|throughout)[ \u00a0]+the[ \u00a0]+state)\b"),
        # "400 homes across the region" (session 23)
        (
            "region",
            r"\b(?:region-?wide|(?:across|throughout)[ \u00a0]+the[ \u00a0]+"
            r"(?:region|province|area))\b"
            # "46 dead in the province" (session 25)
            r"|\bin[ \u00a0]+the[ \u00a0]+(?:whole[ \u00a0]+|entire[ \u00a0]+)?province\b",
        ),
        # "21 injured in the department" (session 28, eng79: a French département)
        ("county", r"\bin[ \u00a0]+the[ \u00a0]+(?:county|department)\b|\bcountywide\b"),
        # one site of a company's: "1,400 jobs at the Telford plant", "close the factory
        # in 2028 with the loss of 1,400 jobs" (session 28, eng79)
        (
            "site",
            r"\bat[ \u00a0]+(?:the|its|their|a)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}"
            + _SITE
            + r"|\b(?:clos|shut)\w*(?:[ \u00a0]+down)?[ \u00a0]+(?:the|its|a)[ \u00a0]+"
            r"(?:[\w'’-]+[ \u00a0]+){0,3}" + _SITE + r"[^,;.]*?\bwith[ \u00a0]+the[ \u00a0]+"
            r"loss[ \u00a0]+of\b",
        ),
        # "at least 50 injured in the two countries", "on both sides of the border" (eng79)
        (
            "countries",
            r"\b(?:in|across|throughout)[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+)?(?:two|three|"
            r"four|both|several)[ \u00a0]+(?:countries|nations|states)\b"
            r"|\bon[ \u00a0]+both[ \u00a0]+sides[ \u00a0]+of[ \u00a0]+the[ \u00a0]+border\b",
        ),
    )
)


# "six arrested in the town", "12,000 homes in the city", "17 rescued in the village":
# the story's own locality, an area below the county (judge/scopes.py nests it under
# any wider one). Read only when the clause names no other place ("visitors from
# overseas spent $4 billion in the city" counts abroad; session 34, from eng97).
LOCALITY: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "town",
        re.compile(
            r"\b(?:in|across|throughout|around)[ \u00a0]+the[ \u00a0]+(?:town|city|village|"
            r"borough|municipality|neighbou?rhood|suburb|township)\b",
            re.IGNORECASE,
        ),
    ),
)


# "raised £1.6m last year" / "£2.4m this year": two years' figures (session 24),
# read right beside the figure only ("fined £23m over an attack last year" dates
# the attack): up to two words after it, or "last year's" right before it.
_YEAR_WORDS = (
    r"(?:(?P<last>last|previous|prior)|this)[ \u00a0]+(?:(?:financial|fiscal)[ \u00a0]+)?year"
)
_YEAR_AFTER = re.compile(
    rf"(?:[ \u00a0]+[\w'’-]+){{0,2}}?[ \u00a0]+(?:{_YEAR_WORDS}\b|(?P<ago>a[ \u00a0]+year"
    r"[ \u00a0]+(?:earlier|ago|before)\b))",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    rf"\b{_YEAR_WORDS}['’]s(?:[ \u00a0]+[a-z][\w-]*){{0,3}}?[ \u00a0]+$", re.IGNORECASE
)


def _year_scope(text: str, start: int, end: int, lo: int) -> str:
    """ "last-year" or "this-year" when the words beside the figure say so, else ""."""
    m = _YEAR_AFTER.match(text, end) or _YEAR_BEFORE.search(text, max(lo, start - 30), start)
    if m is None:
        return ""
    return "last-year" if m.group("last") or m.groupdict().get("ago") else "this-year"


def scope_of(
    text: str, start: int, end: int, table: tuple[tuple[str, re.Pattern[str]], ...] = _SCOPES
) -> str:
    """The period the value at ``text[start:end]`` covers (or with ``table``
    PLACES, where it was counted), or "": the nearest phrase of its clause
    after it, else before it within its coordinate clause (up to an "and")."""
    lo, hi = clause_bounds(text, start, end)
    if table is _SCOPES and _LAST_SEASON.search(text, lo, hi):
        return "last-season"  # "20 points a game last season": the rate of an earlier season
    part = table is _SCOPES and _PART_BEFORE.search(text, lo, start)
    if part and not _TIME_UNIT_AFTER.match(text, end):
        return "part"
    best: tuple[int, str] | None = None
    for name, rx in table:
        for m in rx.finditer(text, end, hi):
            if best is None or m.start() < best[0]:
                best = (m.start(), name)
            break
    if best:
        return best[1]
    if table is _SCOPES and (year := _year_scope(text, start, end, lo)):
        return year
    cut = text.rfind(" and ", lo, start)
    lo = cut + 5 if cut >= 0 else lo
    best = None
    for name, rx in table:
        for m in rx.finditer(text, lo, start):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return best[1] if best else ""


_YEAR = re.compile(
    r"(?<![\d,.$£€¥-])(?:1[89]\d\d|20\d\d)"
    r"(?![\d,%-]|s\b|[ \u00a0]*(?:-|to)[ \u00a0]*(?:1[89]|20)\d\d)"
)


def year_of(text: str, start: int, end: int) -> str:
    """The year a figure's clause places it in, or "": "a 12-year sentence for a
    conviction in 1997" / "a five-year term in 1959" are two sentences, not
    one told twice. The nearest year after the figure first, then before it
    within its coordinate clause."""
    lo, hi = clause_bounds(text, start, end)
    after = _YEAR.search(text, end, hi)
    if after:
        return after.group(0)
    cut = text.rfind(" and ", lo, start)
    before = list(_YEAR.finditer(text, cut + 5 if cut >= 0 else lo, start))
    return before[-1].group(0) if before else ""


# The moment of a market day a move is told at (session 24): "closed down 4.2%",
# "to close 4.2% lower", "ended the day 0.4% higher" against "were down 5.3% at
# 1400 GMT", "fell as much as 7.1%", "up 1.2% in early trading" — two moments of
# one day, two measures (authored breach: 5.3% at 1400 GMT against 4.2% at the close).
_CLOSE_BEFORE = re.compile(
    r"\b(?:clos(?:ed|e|ing)|end(?:ed|ing)?(?:[ \u00a0]+the[ \u00a0]+day)?|finish(?:ed|ing)?|"
    r"settl(?:ed|e|ing))(?:[ \u00a0]+(?:down|up|lower|higher|at|by|off))?[ \u00a0]+"
    r"(?:[$€£¥]|(?:US|A|C|NZ|HK)\$)?$",
    re.IGNORECASE,
)
_CLOSE_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:lower|higher|down|up))?[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?close\b",
    re.IGNORECASE,
)
# "as much as" is a moment of the day only after a verb of a price moving ("fell
# as much as 7.1%"); "as much as 55 percent of traffic" is a share (trial 34 read
# "before the close" beside shares of internet traffic by country).
_DURING_BEFORE = re.compile(
    r"\b(?:f[ae]ll(?:s|ing)?|rose|ris(?:e|es|ing)|dropp(?:ed|ing)|drops?|slid(?:es|ing)?|"
    r"sank|sinks?|sinking|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|"
    r"los(?:t|es|ing)|slump(?:ed|s|ing)?|plung(?:ed|es|ing)|tumbl(?:ed|es|ing)|"
    r"soar(?:ed|s|ing)?|surg(?:ed|es|ing)|rall(?:ied|ies|ying)|declin(?:ed|es|ing)|"
    r"advanc(?:ed|es|ing)|down|up|lower|higher|off)[ \u00a0]+(?:by[ \u00a0]+)?"
    r"as[ \u00a0]+much[ \u00a0]+as[ \u00a0]+$",
    re.IGNORECASE,
)
_DURING_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:a|per)[ \u00a0]+(?:barrel|share|ounce|tonne|ton|bushel|gallon))?"
    r"(?:[ \u00a0]+(?:lower|higher|down|up))?[ \u00a0]+(?:at[ \u00a0]+\d{1,2}[:.]?\d{2}"
    r"(?:[ \u00a0]*(?:GMT|BST|CET|ET|EST|EDT|UTC|[ap]\.?m\.?))?|in[ \u00a0]+(?:early|late|"
    r"morning|afternoon|midday|lunchtime)[ \u00a0]+(?:trading|trade|deals)|at[ \u00a0]+one"
    r"[ \u00a0]+(?:point|stage)|at[ \u00a0]+midday|intraday|"
    # session 39: "fell 2% by midday", "was at $81 in early Asian trade", "in the afternoon"
    r"(?:by|at)[ \u00a0]+(?:midday|noon|lunchtime|mid-?morning|mid-?afternoon)|"
    r"in[ \u00a0]+the[ \u00a0]+(?:morning|afternoon)|"
    r"at[ \u00a0]+the[ \u00a0]+open(?:ing)?(?![ \u00a0]+(?:auction|market|outcry|offer|door))|"
    r"in[ \u00a0]+(?:(?:early|late)[ \u00a0]+)?(?:Asian|European|London|New[ \u00a0]+York|"
    r"Tokyo|Hong[ \u00a0]+Kong|Frankfurt|Paris|US|Wall[ \u00a0]+Street)[ \u00a0]+"
    r"(?:trading|trade|deals))\b",
    re.IGNORECASE,
)


_MOVE = re.compile(
    r"(?:[$€£¥]|(?:US|A|C|NZ|HK)\$)|[\d.,]+[ \u00a0]*(?:%|percent|per[ \u00a0]+cent|p\b|pence|"
    r"cents|points)",
    re.IGNORECASE,
)


def moment_of(text: str, start: int, end: int) -> str:
    """ "close" or "during" (a moment of the trading day before the close) when
    the words right beside a market move (a share, a price, points) say which,
    or else those beside every other move of its sentence that says one ("were
    down 5.3% at 1400 GMT, while the Amsterdam line was 3.1% lower")."""
    if not _MOVE.match(text, start, end):
        return ""
    if own := _own_moment(text, start, end):
        return own
    others = {
        _own_moment(text, m.start(), m.end())
        for m in _MOVES.finditer(text)
        if m.end() <= start or m.start() >= end
    } - {""}
    return others.pop() if len(others) == 1 else ""


_MOVES = re.compile(
    r"\d[\d.,]*[ \u00a0]*(?:%|percent\b|per[ \u00a0]+cent\b|p\b|pence\b|cents\b|points\b)",
    re.IGNORECASE,
)


def _own_moment(text: str, start: int, end: int) -> str:
    lo = max(0, start - 40)
    if _CLOSE_BEFORE.search(text, lo, start) or _CLOSE_AFTER.match(text, end):
        return "close"
    if _DURING_BEFORE.search(text, lo, start) or _DURING_AFTER.match(text, end):
        return "during"
    return ""
