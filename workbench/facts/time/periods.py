"""Rules for parts of a year: quarters, halves, seasons and weeks.

"the first quarter of 2024", "Q1 2021", "third-quarter", "last quarter",
"the second half of 2020", "H2 2021", "this summer", "in the fall", "the last
week of March", "the week of March 10". Without a year they take the
publication year, or the nearest one in the direction of the verb's tense.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..lexicon import YEAR, YEAR_DIGITS
from ..textwin import LOOKAHEAD, ends_before, starts_at
from .base import (
    DAY,
    DAYN,
    MON,
    PART,
    Builder,
    Env,
    Val,
    cap,
    month_num,
    part_of,
    pick_year,
    rule,
    sentence_initial,
    v_half,
    v_quarter,
    v_season,
    v_unknown,
    v_week,
    v_year,
    with_part,
    year_of_rel,
)
from .cal import (
    dt,
    fmt_range,
    half_iv,
    month_iv,
    nth_weekday,
    quarter_iv,
    season_iv,
    season_of,
    year_iv,
)
from .dates import day_builder
from .lex import SEASON_NAMES, SEASONS

_QYEAR = (
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>{YEAR_DIGITS})(?!\d)|(?P<yrel>this|last"
    r"|next|the|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year))?"
)


# Words only a game report uses: there "the fourth quarter" is a period of play,
# not October to December ("a 20-yard touchdown pass in the fourth quarter").
_PLAY = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|quarterbacks?|\d+-yard|yards?\s+(?:rushing|passing)"
    r"|rushing|rebounds?|free\s+throws?|three-pointers?|innings?|kickoff|punt(?:s|ed|ing)?|"
    r"interceptions?|intercepted|fumbles?|halftime|overtime|scored|scoring\s+run|power\s+play"
    r"|\d+\s+yards|sack(?:s|ed)?|unanswered|points?\s+(?:down|behind|adrift)|buzzer|tip-off)\b"
    # a game's score or a margin in it ("a 14-0 lead", "won 31-24", "tied 24-24"): two
    # small numbers joined by a dash, not a range of money or percentages ("$3-5 billion")
    r"|(?<![\d.,$£€/-])\d{1,3}[-–]\d{1,3}(?![\d/-]|\s*(?:%|percent|per\s*cent|cents?|"
    r"million|billion|bn|m\b|p\b|[ap]\.?m\b))"
    # a game clock before it ("1:05 into the third quarter", "with 4:48 left in the fourth")
    r"|\b\d{1,2}:[0-5]\d\s+(?:into|of|left|remaining|to\s+(?:go|play))\b",
    re.IGNORECASE,
)


def play_words(text: str) -> list[str]:
    """The words only a game report uses, each with the letter before it when a
    number follows one ("A330-300": a model, :mod:`.play_periods` reads a story by them)."""
    return [text[max(0, m.start() - 1) : m.end()].strip() for m in _PLAY.finditer(text)]


REPORTING_DAYS = 60  # a quarter's results come out within about two months of its end


@rule(
    r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
    r"quarter(?!s)" + _QYEAR,
    2,
    keys="quarter",
)
def r_quarter(m: re.Match, text: str) -> Builder | None:
    if starts_at(
        r"\s+of\s+(?!this|last|next|the\s+(?:current|previous|year)|fiscal|\d|[$£€¥]|[A-Z]{1,3}\$)",
        text,
        m.end(),
        re.IGNORECASE,
    ):
        return None  # "the fourth quarter of the game"; not "the third quarter of $2 million"
    if not (m.group("y") or m.group("yrel")) and _PLAY.search(text):
        return None  # a period of play in a game report, not a quarter of the year
    ordw = m.group("ord").lower()
    return _quarter_builder(m, ordw)


_QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_QAND = r",?\s+(?:and|or|&)\s+(?:the\s+)?"


@rule(
    rf"\b(?:the\s+)?(?P<ord>{_QORD})(?=(?:,\s*{_QORD})*{_QAND}{_QORD}[\s-]+quarters\b{_QYEAR})",
    2,
    keys="quarters",
)
def r_quarter_and(m: re.Match, text: str) -> Builder | None:
    """'the second and fourth quarters (of 1988)': the first of two quarters named
    together, with the year the shared noun takes; TimeML marks the ordinal alone."""
    return _quarter_builder(m, m.group("ord").lower()), m.span("ord")


@rule(rf"\b(?P<ord>{_QORD})[\s-]+quarters\b" + _QYEAR, 2, keys="quarters")
def r_and_quarters(m: re.Match, text: str) -> Builder | None:
    """'... and fourth quarters (of 1988)': the last of the quarters named together."""
    if not re.search(rf"{_QORD}{_QAND}$", text[max(0, m.start() - 24) : m.start()], re.I):
        return None  # "fourth quarters" alone: a repetition or a plural, not this rule's
    return _quarter_builder(m, m.group("ord").lower())


@rule(
    rf"\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?:(?P<y>{YEAR_DIGITS})|['’]?(?P<y2>\d{{2}})))?"
    r"(?![\w])|\b(?P<y3>20[0-9]{2})\s*[-/]?\s*Q(?P<qn2>[1-4])\b",
    2,
    0,
    keys="#",
)
def r_qn(m: re.Match, text: str) -> Builder | None:
    q = int(m.group("qn") or m.group("qn2"))
    ys = m.group("y") or m.group("y3") or (("20" + m.group("y2")) if m.group("y2") else None)
    if ys:
        v = v_quarter(int(ys), q)
        return lambda env: v
    return _quarter_builder(m, str(q))


@rule(r"\b(?P<n>[1-4])(?P<k>[QH])[ ']?(?P<y>\d{2}|(?:19|20)\d\d)(?![\w:]|\.\d)", 2, 0, keys="#")
def r_nq_short(m: re.Match, text: str) -> Builder | None:
    """Results shorthand: '1H19', '2H 2020' (a half), '3Q19', "4Q'18" (a quarter); not a
    clock time ('1H19' is no 01:19)."""
    n, ys = int(m.group("n")), m.group("y")
    if m.group("k") == "H" and re.search(r"\b(?:at|by|until|from)\s+$", text[: m.start()]):
        return None  # "at 1H30": a clock written the French way
    y = int(ys) if len(ys) == 4 else 2000 + int(ys)
    if m.group("k") == "H":
        if n > 2:
            return None
        v = v_half(y, n)
    else:
        v = v_quarter(y, n)
    return lambda env: v


@rule(r"\bFY\s?['’]?(?P<y>(?:19|20)\d\d|\d{2})(?![\w:]|\.\d)", 2, 0, keys="#")
def r_fy(m: re.Match, text: str) -> Builder | None:
    """'FY2019', 'FY19', "FY '19": the (fiscal) year, read like 'fiscal 2019'."""
    ys = m.group("y")
    v = v_year(int(ys) if len(ys) == 4 else 2000 + int(ys))
    return lambda env: v


def _quarter_builder(m: re.Match, ordw: str) -> Builder:
    gd = m.groupdict()
    ys, yrel = gd.get("y"), re.sub(r"\s+", " ", (gd.get("yrel") or "").lower())
    q = {
        "first": 1,
        "1st": 1,
        "1": 1,
        "second": 2,
        "2nd": 2,
        "2": 2,
        "third": 3,
        "3rd": 3,
        "3": 3,
        "fourth": 4,
        "4th": 4,
        "4": 4,
        "final": 4,
        "last": 4,
    }[ordw]
    relative_last = ordw == "last" and not ys and not yrel

    def build(env: Env) -> Val:
        pub = env.published
        if ys:
            return v_quarter(int(ys), q)
        if pub is None:
            if relative_last:
                return v_unknown("XXXX-QX", "quarter", "the last quarter")
            return v_unknown(f"XXXX-Q{q}", "quarter", f"Q{q} (year not stated)")
        pq = (pub.month - 1) // 3 + 1
        if relative_last:
            y, qq = (pub.year, pq - 1) if pq > 1 else (pub.year - 1, 4)
            return v_quarter(y, qq, True)
        if yrel:
            return v_quarter(year_of_rel(yrel, pub), q, yrel != "the")
        y = pick_year(pub, env.tense, lambda k: quarter_iv(k, q), late=REPORTING_DAYS)
        return v_quarter(y, q)

    return build


@rule(
    r"\b(?:the\s+)?(?P<rel>this|last|next|current|previous|past|coming|same)\s+"
    r"(?:fiscal\s+)?quarter(?!s)\b"
    r"(?![\s-]+(?:century|centuries|of|mile|point|hour|final))",
    3,
    keys="quarter",
)
def r_rel_quarter(m: re.Match, text: str) -> Builder | None:
    rel = m.group("rel").lower()
    if rel == "same" or (rel == "previous" and not m.group(0).lower().startswith("the")):
        return None
    # "the past quarter" in business copy is the last one completed, like "last quarter"
    k = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}
    k = k[rel]

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-QX", "quarter", m.group(0))
        pub = env.published
        n = pub.year * 4 + (pub.month - 1) // 3 + k
        return v_quarter(n // 4, n % 4 + 1, True)

    return build


@rule(
    r"\b(?:the\s+)?(?:(?P<h>first|second|1st|2nd|latter|last)[\s-]+half"
    r"|(?P<q2>first|last|final)\s+two\s+quarters)\s+of\s+(?:(?:fiscal\s+)?"
    rf"(?P<y>{YEAR_DIGITS})(?!\d)|(?P<yrel>this|last|next|the|the\s+current"
    r"|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year)|\bH(?P<hn>[12])\s*(?P<y2>20\d\d)\b"
    r"|\b(?P<y3>20\d\d)-H(?P<hn3>[12])\b",
    2,
    keys="half #",
)
def r_half(m: re.Match, text: str) -> Builder | None:
    if m.group("hn") or m.group("hn3"):
        if m.group("hn") and m.group(0)[0] != "H":
            return None
        v = v_half(int(m.group("y2") or m.group("y3")), int(m.group("hn") or m.group("hn3")))
        return lambda env: v  # "H2 2021", "2019-H2"; "2030 H2" may be hydrogen
    # "the first two quarters of 1990" is that year's first half
    h = 1 if (m.group("h") or m.group("q2")).lower() in ("first", "1st") else 2
    ys, yrel = m.group("y"), re.sub(r"\s+", " ", (m.group("yrel") or "").lower())

    def build(env: Env) -> Val:
        if ys:
            return v_half(int(ys), h)
        if env.published is None:
            return v_unknown(f"XXXX-H{h}", "half", f"H{h} (year not stated)")
        return v_half(year_of_rel(yrel, env.published), h, yrel != "the")

    return build


# the half of a year results copy reports on, its year left to the reader ("profit
# fell in the first half", "second-half sales"): only beside a figure of business;
# elsewhere "the second half" is of a game, a film, a book
_BUSINESS = re.compile(
    r"\b(?:profits?|earnings|sales|revenues?|net|income|loss(?:es)?|growth|economy|output"
    r"|exports?|imports?|gdp|inflation|deficit|surplus|results|turnover|margins?|dividends?"
    r"|production|shipments|orders|deliveries|operating)\b",
    re.IGNORECASE,
)


@rule(
    r"\b(?:the\s+)?(?P<h>first|second|1st|2nd)[\s-]+half\b(?!\s+of\b|[\s-]+(?:time|century"
    r"|decade|hour|season|dozen|point|percent|per\s+cent|million|billion)\b)",
    2,
    keys="half",
)
def r_bare_half(m: re.Match, text: str) -> Builder | None:
    if _PLAY.search(text) or not _BUSINESS.search(text):
        return None
    bare = not m.group(0).lower().startswith("the") and "-" not in m.group(0)
    if bare and not _BUSINESS.match(text, len(text) - len(text[m.end() :].lstrip())):
        return None  # "the film's second half": a half of that thing; "first half profit" is one
    h = 1 if m.group("h").lower() in ("first", "1st") else 2

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown(f"XXXX-H{h}", "half", f"H{h} (year not stated)")
        pub = env.published
        if env.tense == "past":  # results told are of a half already over
            y = pub.year if half_iv(pub.year, h)[1] <= dt(pub) else pub.year - 1
        else:
            y = pick_year(pub, env.tense, lambda k: half_iv(k, h), late=REPORTING_DAYS)
        return v_half(y, h)

    return build


@rule(
    rf"\b{PART}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|the)\s+)?"
    r"(?P<s>spring|summer|autumn|fall|winter)(?![\w-])"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR_DIGITS})(?!\d))?",
    3,
    keys="spring summer autumn fall winter",
)
def r_season(m: re.Match, text: str) -> Builder | None:
    s_tok = m.group("s")
    s = SEASONS[s_tok.lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    ys = m.group("y")
    part = part_of(m)
    after = text[m.end() : m.end() + LOOKAHEAD]
    if not ys and re.match(r"\s+of\s+(?!\d)", after):
        return None  # "the fall of Kabul", "the spring of discontent"
    if (
        cap(s_tok)
        and not ys
        and not sentence_initial(text, m.start("s"))
        and m.start("s") == m.start()
    ):
        return None  # "Arab Spring", "Summer Olympics"
    if cap(s_tok) and re.match(r"\s+[A-Z]", after):
        return None
    clear = (
        ys
        or part
        or rel in ("this", "last", "next", "this past", "this coming")
        or (
            rel == "the"
            and ends_before(
                r"\b(?:in|during|by|until|since|over|through)\s+$", text, m.start(), re.IGNORECASE
            )
        )
    )
    if s_tok.lower() == "fall" and not clear:
        return None  # "a fall in prices"; "in the fall" and "this fall" are seasons

    def build(env: Env) -> Val | None:
        if not (ys or rel or part or env.signal):
            return None
        if ys:
            return with_part(v_season(int(ys), s), part, env)
        pub = env.published
        name = SEASON_NAMES[s]
        if pub is None:
            return with_part(
                v_unknown(f"XXXX-{s}", "season", f"{name} (year not stated)"), part, env
            )
        cy, cs = season_of(pub)
        if rel == "this":
            y = pub.year - 1 if s == "WI" and pub.month <= 2 else pub.year
        elif rel in ("last", "this past", "past"):
            y = next(
                k
                for k in (pub.year, pub.year - 1, pub.year - 2)
                if season_iv(k, s)[1] <= dt(pub) + DAY and (k, s) != (cy, cs)
            )
        elif rel in ("next", "this coming", "coming"):
            y = next(
                k for k in (pub.year - 1, pub.year, pub.year + 1) if season_iv(k, s)[0] > dt(pub)
            )
        else:
            y = pick_year(pub, env.tense, lambda k: season_iv(k, s))
            if s == "WI" and env.tense is None and pub.month <= 2:
                y = pub.year - 1
        return with_part(v_season(y, s, bool(rel and rel != "the")), part, env)

    return build


# --- weeks of a month or year ----------------------------------------------------

_MON2 = MON.replace("(?P<mon>", "(?P<mon2>")
_DAYN2 = DAYN.replace("(?P<d>", "(?P<d2>")


@rule(
    rf"\bthe\s+week\s+(?:of|beginning|starting(?:\s+on)?|commencing)\s+(?:the\s+)?"
    rf"(?:{MON}\s*{DAYN}|{_DAYN2}\s+(?:of\s+)?{_MON2})(?:,?\s+{YEAR})?",
    1,
    keys="week",
)
def r_week_of(m: re.Match, text: str) -> Builder | None:
    """'the week of March 10', 'the week beginning 4 February': the ISO week of that day."""
    tok = m.group("mon") or m.group("mon2")
    if not cap(tok):
        return None
    day = day_builder(
        int(m.group("y")) if m.group("y") else None,
        month_num(tok),
        int(m.group("d") or m.group("d2")),
    )
    if day is None:
        return None

    def build(env: Env) -> Val | None:
        v = day(env)
        if v is None or v.interval is None:
            return v and v_unknown("XXXX-WXX", "week", m.group(0))
        return v_week(v.interval[0].date(), deictic=False)

    return build


def _with_month_days(v: Val, lo: datetime, hi: datetime, n: int) -> Val:
    """The n-th week of a month also allows its own n-th seven days: 'the first week
    of June' takes in Saturday 1 June when the ISO week starts on the 3rd (session
    31: a day there was a conflict), 'the last week of January' its last seven days."""
    own = (lo + 7 * (n - 1) * DAY, lo + 7 * n * DAY) if n > 0 else (hi - 7 * DAY, hi)
    v.interval = (min(v.interval[0], own[0]), max(v.interval[1], own[1]))
    v.value = f"{fmt_range(v.interval[0].date(), (v.interval[1] - DAY).date())} ({v.timex})"
    return v


_ORD_WEEK = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}


@rule(
    r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
    rf"(?:{MON}(?:,?\s+(?:of\s+)?{YEAR})?|(?P<yonly>{YEAR_DIGITS})(?!\d))",
    2,
    keys="week",
)
def r_nth_week(m: re.Match, text: str) -> Builder | None:
    """'the last week of March', 'the first week of 2015': the ISO week whose Thursday is
    the first (second ...) or last Thursday of that month or year, as ISO numbers weeks."""
    tok = m.group("mon")
    if tok and (not cap(tok) or (len(tok.rstrip(".")) <= 3 and tok.lower() != "may")):
        return None
    ordw = m.group("ord").lower()
    n = _ORD_WEEK.get(ordw, -1)
    ys = m.group("y") or m.group("yonly")

    def thursday(first: date, last: date) -> date:
        if n > 0:
            return (
                nth_weekday(first.year, first.month, 4, n)
                if tok
                else first + timedelta(days=(3 - first.weekday()) % 7 + 7 * (n - 1))
            )
        return last - timedelta(days=(last.weekday() - 3) % 7)

    def build(env: Env) -> Val | None:
        if tok:
            mon = month_num(tok)
            if ys:
                y = int(ys)
            elif env.published is None:
                return v_unknown("XXXX-WXX", "week", m.group(0))
            else:
                y = pick_year(
                    env.published, env.tense if env.signal else None, lambda k: month_iv(k, mon)
                )
            lo, hi = month_iv(y, mon)
        else:
            lo, hi = year_iv(int(ys))
        v = v_week(thursday(lo.date(), (hi - DAY).date()), deictic=False)
        return _with_month_days(v, lo, hi, n) if tok else v

    return build


@rule(r"\b(?:in|into|after|by|until|till|early\s+in)\s+(?-i:the\s+new\s+year)\b", 3, keys="new")
def r_the_new_year(m: re.Match, text: str) -> Builder | None:
    """'reopens in the new year', 'talks resume after the new year': told from October
    to December, the early part of the next year; in January or February the early
    part of the one begun. Unread otherwise (session 31: it was not read at all)."""
    span = (m.end() - len("the new year"), m.end())

    def build(env: Env) -> Val | None:
        pub = env.published
        if pub is None or pub.month not in (10, 11, 12, 1, 2):
            return None
        y = pub.year + 1 if pub.month >= 10 else pub.year
        v = with_part(v_year(y, deictic=True), "early", env)
        v.value = f"{v.value} (the new year)"
        return v

    return build, span
