"""Rules for calendar dates: days, months, years (decades and centuries: :mod:`.eras`).

"June 23, 2021", "23 June", "2021-06-23", "the 15th day of June", "January
2005", "in July", "2001", "since '82", "dates back to 1865", "Expo 2020". A month
or day written without a year takes the publication year, or the nearest one in
the direction of the verb's tense.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..lexicon import (
    AMBIGUOUS_MONTHS,
    MONTH_FULL_ALT,
    MONTH_KEYS,
    MONTH_NAMES,
    YEAR,
    YEAR_DIGITS,
    words,
)
from ..textwin import ends_before, starts_at
from .base import (
    DAYN,
    MON,
    MON_ALT,
    NEXT_YEAR_REACH_DAYS,
    PART,
    WD_REL,
    WDA,
    Builder,
    Env,
    Val,
    cap,
    month_num,
    part_of,
    pick_year,
    prev_word,
    rule,
    safe_day_iv,
    sentence_initial,
    v_day,
    v_month,
    v_unknown,
    v_year,
    with_part,
)
from .cal import add_months, fmt_day, month_iv
from .deadline import set_ahead, told_deadline
from .lex import EVENT_NOUN_AFTER, POSSESSORS
from .pastday import no_signal_past, plan_follows, told_as_done, weekday_year, with_weekday
from .signals import plan_told_before, signal_tense, stale_leeway
from .vehicles import names_a_thing
from .yearcues import year_by_neighbours

_COUNT_NOUNS = words(
    "people persons men women children kids troops soldiers votes voters units cars jobs "
    "homes houses points shares percent per cent km miles metres meters feet tonnes tons "
    "dollars pounds euros cases deaths patients employees workers members seats students "
    "passengers residents acres hectares barrels words pages copies times districts "
    "refugees civilians staff flights aircraft planes vehicles rooms beds calories "
    "customers users households families victims officers firefighters"
)

_YEAR_PREPS = words(
    "in since by until till through from before after during of for between to circa "
    "around about throughout early mid late spring summer autumn fall winter fiscal fy "
    "year as into and or than c. ca due"
)

_YEAR_DETS = words("the its his her their our a an this that whose my your")
_BACK_TO_RE = re.compile(r"\b(?:back|dat(?:e|es|ed|ing))\s+(?:back\s+)?to\s+$", re.IGNORECASE)
# a year before 1900 dating what was made, begun or ended ("built in 1847", "was
# completed in 1874", "founded in 1795"): a date, as "dates back to 1865" is
_MADE_IN_RE = re.compile(
    r"\b(?:built|rebuilt|completed|constructed|erected|founded|established|opened|"
    r"consecrated|dug|laid|begun|started|born|died|designed|restored|demolished|"
    r"closed|signed|published|written|painted|discovered|invented)\s+in\s+$",
    re.IGNORECASE,
)
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:Conference|Summit|Games|Olympics|Cup|Expo|Festival|Championships?|Awards|Elections?"
    r"|Census|Budget|Fair|Forum|Congress|Convention|Assembly|[A-Z]{3,6})\s+$"
)
_CHAIN_YEAR_RE = re.compile(
    rf"(?:{YEAR_DIGITS})s?\s*(?:,|and|or|to|through|until|till|but\s+not|and\s+not"
    r"|nor|-|–|&)\s*$"
)
_CHAIN_MONTH_RE = re.compile(
    rf"\b(?:{MONTH_FULL_ALT})\s*(?:,|and|or|to|through|until|till|-|–)\s*$",
    re.IGNORECASE,
)
_MONTH_CONTEXT = words(
    "in since by until till through throughout from before after during of early mid "
    "late last next this to between end start beginning middle for until since "
    "on around about"
)


# --- absolute dates ---------------------------------------------------------


def _lean(env: Env) -> str:
    """Which way a clause the tense did not decide may move a date to the
    nearer year: a past clause ("she succeeded him Feb. 1") only back."""
    return "back" if env.tense == "past" else "either"


def _future_only(env: Env) -> str | None:
    return "future" if env.strong_tense() == "future" else None


# the month a change is measured from ("is down 10 percent from December", "up 3% over
# January", "higher than in March", "compared with February"): a month gone by
_BASELINE = re.compile(
    r"(?:\b(?:up|down|higher|lower)\b|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b))"
    r"[^.;:]{0,40}?\b(?:from|over|than|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+)?(?:in\s+)?$",
    re.IGNORECASE,
)


@rule(
    rf"\b{WD_REL}(?:{WDA},?\s+)?{MON}(?:\s*,\s*(?=\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+[A-Z]))|\s*){DAYN}"
    rf"(?:(?:\s*,\s*|\s+)(?:of\s+)?{YEAR})?",
    1,
    keys=MONTH_KEYS,
)
def r_mdy(m: re.Match, text: str) -> Builder | None:
    if not cap(m.group("mon")):
        return None
    return _abs_date(m, month_num(m.group("mon")), int(m.group("d")))


@rule(
    rf"\b{WD_REL}(?:{WDA},?\s+)?(?:the\s+)?{DAYN}\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?",
    1,
    keys=MONTH_KEYS,
)
def r_dmy(m: re.Match, text: str) -> Builder | None:
    if not cap(m.group("mon")) or ends_before(r"[\d.,]$|[$£€]\s*$", text, m.start()):
        return None  # "5,12 May", "$12 December 27": the number is not a day
    if (
        m.group("mon").lower() in ("may", "march")
        and not m.group("y")
        and text[m.end() : m.end() + 3].strip()[:2].isalpha()
        and starts_at(
            r"\s+(?:be|have|not|also|well|still|need|take|make|see|give)\b",
            text,
            m.end(),
            re.IGNORECASE,
        )
    ):
        return None  # "10 May be", "3 March on" are rare but "may be" is a verb
    return _abs_date(m, month_num(m.group("mon")), int(m.group("d")))


_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|—|to|until|till|through|and)\s*(?:(?P<mon2>" + MON_ALT + r")(?![a-z])\.?\s*)?"
    r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:])\s*)?,?\s*(?:of\s+)?"
    rf"(?P<y2>{YEAR_DIGITS})(?!\d)",
    re.IGNORECASE,
)


def _range_year(env: Env, mon: int, day: int = 1) -> int | None:
    """Year of a range written once at its end: 'Nov 18 - Dec 19, 2015', 'May to Oct 2020'."""
    m = _RANGE_TAIL.match(env.text, env.end)
    if not m or not (m.group("mon2") or m.group("d2")):
        return None
    y = int(m.group("y2"))
    mon2 = month_num(m.group("mon2")) if m.group("mon2") else mon
    d2 = int(m.group("d2")) if m.group("d2") else 31
    return y - 1 if (mon, day) > (mon2, d2) else y


def _abs_date(m: re.Match, mon: int, day: int) -> Builder | None:
    return day_builder(int(m.group("y")) if m.group("y") else None, mon, day, m.group("wd"))


def day_builder(y: int | None, mon: int, day: int, wd: str | None = None) -> Builder | None:
    if safe_day_iv(y or 2000, mon, day) is None:  # 2000 is a leap year: rejects 31 June
        return lambda env: None  # keep the span so "February" alone is not reported
    if y is not None:
        d = date(y, mon, day)
        return lambda env: with_weekday(v_day(d), wd)

    def build(env: Env) -> Val:
        ry = _range_year(env, mon, day)
        if ry is not None and safe_day_iv(ry, mon, day):
            return v_day(date(ry, mon, day))
        if env.published is None:
            return v_unknown(
                f"XXXX-{mon:02d}-{day:02d}",
                "day",
                f"{day} {MONTH_NAMES[mon]} (year not stated)",
                (("month", mon), ("day", day)),
            )
        # no preposition: a future auxiliary or the words around it (:func:`no_signal_past`),
        # as "the year ended March 31", "was shot early Aug. 2 outside": the last such day
        tense = signal_tense(env) if env.signal or env.over else _future_only(env)
        if not env.signal and no_signal_past(env):
            tense = "past"
        if tense == "past" and (plan_follows(env) or told_deadline(env.text, env.start)):
            tense = None  # "announced a walkout from March 24 if no deal is reached"
        elif tense != "future" and set_ahead(env.text, env.start, env.end):
            tense = "future"  # "a trial date was set for October 28" (:func:`.set_ahead`)
        iv_of = lambda k: safe_day_iv(k, mon, day)  # noqa: E731
        ahead = env.prev in ("next", "coming")  # "next Aug. 7": not the one just past
        reach = NEXT_YEAR_REACH_DAYS if not env.signal and not ahead else 0  # "Aug. 7 bombings"
        soon = 0 if env.over or env.prev == "last" or told_as_done(env) else 31  # (:mod:`.pastday`)
        yy = pick_year(env.published, tense, iv_of, soon, stale_leeway(env), _lean(env), reach)
        yy = weekday_year(wd, yy, mon, day, env.published)  # "Saturday, April 25"
        if safe_day_iv(yy, mon, day) is None:  # 29 February: nearest earlier leap year
            yy = next(k for k in range(yy, yy - 8, -1) if safe_day_iv(k, mon, day))
        return with_weekday(v_day(date(yy, mon, day)), wd)

    return build


@rule(
    rf"\bthe\s+{DAYN}\s+day\s+of\s+(?:{MON}(?:,?\s+{YEAR})?|(?P<rel>this|next|last|the)"
    r"\s+month\b)",
    1,
    keys="day",
)
def r_nth_day_of(m: re.Match, text: str) -> Builder | None:
    """'the 15th day of June', 'the 15th day of next month' (the wording of notices)."""
    day = int(m.group("d"))
    if m.group("mon"):
        if not cap(m.group("mon")):
            return None
        return day_builder(
            int(m.group("y")) if m.group("y") else None, month_num(m.group("mon")), day
        )
    k = {"this": 0, "the": 0, "next": 1, "last": -1}[m.group("rel").lower()]

    def build(env: Env) -> Val | None:
        if env.published is None:
            return v_unknown(f"XXXX-XX-{day:02d}", "day", m.group(0))
        y, mon = add_months(env.published.year, env.published.month, k)
        return v_day(date(y, mon, day), True) if safe_day_iv(y, mon, day) else None

    return build


@rule(
    rf"(?<![\d/.-]){YEAR}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])",
    0,
    keys="#",
)
def r_iso(m: re.Match, text: str) -> Builder | None:
    try:
        d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("hh"):
        hh, mi = int(m.group("hh")), int(m.group("mi"))
        s = datetime(d.year, d.month, d.day, hh, mi)
        v = Val(
            "TIME",
            f"{d.isoformat()}T{hh:02d}:{mi:02d}",
            (s, s + timedelta(minutes=1)),
            "minute",
            f"{fmt_day(d)} {hh:02d}:{mi:02d}",
            clock=((hh * 60 + mi, hh * 60 + mi + 1),),
        )
        return lambda env: v
    return lambda env: v_day(d)


@rule(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])", 1, keys="#")
def r_slash(m: re.Match, text: str) -> Builder | None:
    """Numeric dates only when unambiguous: one of the first two numbers > 12."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a > 12 >= b:
        dd, mm = a, b
    elif b > 12 >= a:
        dd, mm = b, a
    elif a == b:
        dd = mm = a
    else:
        return None
    try:
        d = date(y, mm, dd)
    except ValueError:
        return None
    return lambda env: v_day(d)


# --- months, years, decades ---------------------------------------------------


@rule(rf"\b{PART}{MON},?\s+(?:of\s+)?{YEAR}", 2, keys=MONTH_KEYS)
def r_month_year(m: re.Match, text: str) -> Builder | None:
    if not cap(m.group("mon")):
        return None
    mon, y = month_num(m.group("mon")), int(m.group("y"))
    part = part_of(m)
    return lambda env: with_part(v_month(y, mon), part, env)


@rule(
    rf"\b{PART}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past)\s+)?{MON}"
    r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?",
    3,
    keys=MONTH_KEYS,
)
def r_month(m: re.Match, text: str) -> Builder | None:
    tok = m.group("mon")
    if not cap(tok) or (len(tok.rstrip(".")) <= 3 and tok.lower() not in ("may",)):
        return None  # abbreviations only next to a day or year
    if tok.lower().rstrip(".") in ("jun", "jul", "sept", "sep"):
        return None
    mon = month_num(tok)
    rel = (m.group("rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    yrel = (m.group("yrel") or "").lower()
    part = part_of(m)
    ambiguous = tok.lower() in AMBIGUOUS_MONTHS
    explicit = bool(rel or yrel or part)

    def build(env: Env) -> Val | None:
        if ambiguous and not explicit and not _month_context(env):
            return None
        ry = None if explicit else _range_year(env, mon)
        if ry is not None:
            return with_part(v_month(ry, mon), part, env)
        if env.published is None:
            label = f"{MONTH_NAMES[mon]} (year not stated)"
            return with_part(
                v_unknown(f"XXXX-{mon:02d}", "month", label, (("month", mon),)), part, env
            )
        pub = env.published
        deictic = bool(rel or yrel)
        if yrel:
            y = pub.year + {"this": 0, "last": -1, "next": 1}[yrel]
        elif rel in ("last", "this past", "past"):
            y = pub.year if mon < pub.month else pub.year - 1
        elif rel in ("next", "this coming", "coming"):
            y = pub.year if mon > pub.month else pub.year + 1
        elif rel == "this":
            y = pub.year
        else:
            ends = _PERIOD_TO.search(env.text, max(0, env.start - 30), env.start)
            tense = signal_tense(env) if env.signal or env.over or ends else None
            lean = _lean(env)
            if tense == "past" and (
                plan_told_before(env.text, env.start) or told_deadline(env.text, env.start)
            ):
                tense, lean = None, "either"  # "was to announce it in February": the nearest
            elif tense != "future" and set_ahead(env.text, env.start, env.end):
                tense = "future"  # "the trial was put back to October"
            if _BASELINE.search(env.text, max(0, env.start - 80), env.start):
                tense = "past"  # "production is down 10 percent from December"
            if tense == "past" and plan_follows(env):
                tense, lean = None, "either"  # "has not ruled out dates in April if ..."
            iv_of = lambda k: month_iv(k, mon)  # noqa: E731
            y = pick_year(pub, tense, iv_of, nearest=lean)
        return with_part(v_month(y, mon, deictic), part, env)

    return build


# the month a reported period runs to ("fell in the three months to September", "the
# year to March"): its year is the one the verb's tense points at, as after "in"
# ("July's figures", with no such word, take the nearer year)
_PERIOD_TO = re.compile(r"\b(?:months|year|quarter|half|weeks)\s+(?:to|ending)\s+$", re.I)


def _month_context(env: Env) -> bool:
    if env.signal or env.prev in _MONTH_CONTEXT:
        return True
    if env.prev in POSSESSORS and EVENT_NOUN_AFTER.match(env.text, env.end):
        return True  # "under a June agreement", "its April accord": the month it was made
    return bool(_CHAIN_MONTH_RE.search(env.text, max(0, env.start - 30), env.start))


@rule(
    rf"(?<![\w$£€#.,/-]){PART}(?:the\s+year\s+)?{YEAR}(?P<poss>['’]s)?"
    r"(?![\w%°]|[.,]\d|\s*[-–/]\s*\d|:\d)",
    4,
    keys="#",
)
def r_year(m: re.Match, text: str) -> Builder | None:
    y = int(m.group("y"))
    back = bool(_BACK_TO_RE.search(text, max(0, m.start() - 20), m.start()))
    back = back or bool(_MADE_IN_RE.search(text, max(0, m.start() - 30), m.start()))
    if not 1900 <= y <= 2099 and not m.group("p1") and not m.group("p2") and not back:
        return None
    part = part_of(m)
    explicit = bool(part or m.group("poss") or "year" in m.group(0).lower())
    after = text[m.end() : m.end() + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    nxt_word = nxt.group(1).lower() if nxt else ""
    if nxt_word in _COUNT_NOUNS or re.match(r"\s*(?:per\s*cent|percent)", after, re.IGNORECASE):
        return None
    if names_a_thing(text, m.start(), m.end()):
        return None  # "his 2013 Toyota Camry", "the 1972 Miami Dolphins": no date

    def build(env: Env) -> Val | None:
        if not explicit:
            prev = env.prev
            ok = (prev in _YEAR_PREPS and prev not in ("and", "or", "to")) or bool(env.signal)
            if prev in ("and", "or", "to", "through", "until", "not", "nor") or not prev:
                ok = ok or bool(_CHAIN_YEAR_RE.search(env.text, max(0, env.start - 20), env.start))
            det = prev in _YEAR_DETS or prev.endswith(("'s", "’s"))
            if not ok and det and nxt_word and after[:1] == " ":
                ok = True  # "the 2020 election", "its 2019 report", "the firm's 1989 results"
            if not ok and back:
                ok = True  # "dates back to 1865"
            if not ok and year_by_neighbours(env.text, env.start, env.end):
                ok = True  # "in both 1990 and 1991", "his unsuccessful 1996 campaign"
            if not ok and _EVENT_BEFORE_RE.search(env.text, max(0, env.start - 30), env.start):
                ok = True  # "Worldwide Developers Conference 2010", "Expo 2020"
            if (
                not ok
                and sentence_initial(env.text, env.start)
                and re.match(r"\s*(?:,|was|were|is|will|has|had|saw|marked|brought)\b", after)
            ):
                ok = True
            if not ok:
                return None
        return with_part(v_year(y), part, env)

    return build


@rule(r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%])", 4, keys="#")
def r_short_year(m: re.Match, text: str) -> Builder | None:
    """ "since '82", "the class of '97", "the '96 election", "fiscal '99": a year
    written with two digits after a preposition, or before a noun it dates."""
    prev = prev_word(text, m.start())
    if prev not in _SHORT_YEAR_PREPS and not _dates_a_noun(text, m, prev):
        return None
    yy = int(m.group("yy"))

    def build(env: Env) -> Val:
        return v_year(short_year(yy, env.published))

    return build, (m.start(), m.end())


_SHORT_YEAR_PREPS = words("since in of from until till by before after during through back")


def _dates_a_noun(text: str, m: re.Match, prev: str) -> bool:
    """ "the '96 election", "its '97 results", "fiscal '99": a determiner or "fiscal"
    before, a lower-case word after that is not a count ("the '96 votes" aside)."""
    if prev not in _YEAR_DETS and prev != "fiscal" and not prev.endswith(("'s", "’s")):
        return False
    nxt = re.match(r" ([a-z]+)\b", text[m.end() :])
    if prev == "fiscal":
        return not (nxt and nxt.group(1) in _COUNT_NOUNS)
    return (
        bool(nxt)
        and nxt.group(1) not in _COUNT_NOUNS
        and not names_a_thing(text, m.start(), m.end())
    )


def short_year(yy: int, published: date | None) -> int:
    """The year '98 names read from ``published``: the one in the century that puts
    it at most five years after publication ('98 in 1998 is 1998, not 2098; '02 in
    1998 is 2002; '68 in 2026 is 1968)."""
    pub = published.year if published else 2030
    year = (pub + 5) // 100 * 100 + yy
    return year if year <= pub + 5 else year - 100
