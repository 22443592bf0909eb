"""Rules for dates counted from the publication date.

"this week", "next month", "last year", "the end of the year", "the year to
date", "earlier this month", "yesterday", "tonight", "ended the day",
"on Tuesday", "last Friday", "this weekend", and the vague "recently",
"recent losses", "at one point", "now", "the current crisis", "soon".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..lexicon import WEEKDAY_NAMES, WEEKDAYS, words
from ..textwin import LOOKBACK, ends_before, starts_at
from .anaphora import the_time_told
from .base import (
    DAY,
    PART,
    PART_WORDS,
    WDN,
    Builder,
    Env,
    Val,
    cap,
    part_of,
    pick_year,
    prev_word,
    rule,
    sentence_initial,
    v_day,
    v_decade,
    v_month,
    v_unknown,
    v_week,
    v_weekend,
    v_year,
    with_part,
)
from .cal import add_months, day_iv, dt, fmt_interval, monday, year_iv
from .daypart import PREDICATE_BEFORE
from .deadline import told_ahead
from .fixture import untensed_ahead
from .lastday import last_weekday, or_past_days, or_this_weeks
from .lex import NAMED_DAY_WORDS, ON_SUNDAY_PAPERS, PARTS_OF_DAY, POD_NAMES
from .lone import some_day_ahead
from .planday import plan_day
from .signals import UNTIL, copula_before, day_signal

_TITLE_WORDS = words(
    "times telegraph mirror express post herald mail tribune independent "
    "star sport sports night people record observer politics club"
)


def _weekday_date(pub: date, wd: int, rel: str, tense: str | None) -> date:
    iso = pub.isoweekday()
    if rel == "last":  # the most recent, never today or yesterday (session 36)
        return last_weekday(pub, wd)
    if rel == "previous":  # "previous Monday": that day of the previous week
        return monday(pub) - timedelta(days=7) + timedelta(days=wd - 1)
    if rel == "next":
        return monday(pub) + timedelta(days=7 + wd - 1)
    if rel in ("this past", "past"):
        return pub - timedelta(days=(iso - wd - 1) % 7 + 1)
    if rel in ("this coming", "coming"):
        return pub + timedelta(days=(wd - iso - 1) % 7 + 1)
    if rel == "this" or tense == "present":
        return monday(pub) + timedelta(days=wd - 1)
    if tense == "future":
        return pub + timedelta(days=(wd - iso) % 7)
    return pub - timedelta(days=(iso - wd) % 7)


# --- relative to the publication date ------------------------------------------


@rule(
    rf"\b{PART}(?P<rel>this|next|last|the\s+coming|the\s+current|current)\s+"
    r"(?:(?:fiscal|financial)\s+(?=year))?(?P<u>week|month|year|decade|century)(?![\w-])",
    2,
    keys="week month year decade century",
)
def r_rel_unit(m: re.Match, text: str) -> Builder | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower()).replace("the ", "")
    u = m.group("u").lower()
    part = part_of(m)
    if re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE) and not part:
        return None  # "the last year" is a window (duration rule)
    k = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}[rel]
    return rel_unit_builder(u, k, part, m.group(0))


def rel_unit_builder(u: str, k: int, part: str | None, surface: str) -> Builder:
    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            x = {
                "week": "XXXX-WXX",
                "month": "XXXX-XX",
                "year": "XXXX",
                "decade": "XXX",
                "century": "XX",
            }[u]
            return with_part(v_unknown(x, u, surface), part, env)
        if u == "week":
            v = v_week(pub + timedelta(days=7 * k))
            v = or_past_days(v, pub) if k == -1 else v
        elif u == "month":
            y, mm = add_months(pub.year, pub.month, k)
            v = v_month(y, mm, True)
        elif u == "year":
            v = v_year(pub.year + k, True)
        elif u == "decade":
            v = v_decade((pub.year // 10 + k) * 10, True)
        else:
            c = pub.year // 100 + k
            v = Val(
                "DATE",
                f"{c:02d}",
                year_iv(c * 100, 100),
                "century",
                f"{c * 100}–{c * 100 + 99}",
                deictic=True,
            )
        return with_part(v, part, env)

    return build


@rule(
    r"\b(?:the\s+)?(?P<p2>start|beginning|end|close|middle|rest|remainder|first\s+half"
    r"|second\s+half)\s+of\s+(?:the\s+)?(?P<u>year|month|week|decade|century)\b"
    r"(?!\s+(?:of|before|after|in)\b|-)",
    3,
    keys="year month week decade century",
)
def r_the_unit(m: re.Match, text: str) -> Builder | None:
    part = part_of(m)
    return rel_unit_builder(m.group("u").lower(), 0, part, m.group(0))


@rule(r"\b(?:the\s+)?(?P<u>year|month)[\s-]to[\s-]date\b", 2, keys="date")
def r_to_date(m: re.Match, text: str) -> Builder | None:
    """'the year to date', 'year-to-date': from the start of the period to publication."""
    u = m.group("u").lower()

    def build(env: Env) -> Val:
        v = rel_unit_builder(u, 0, None, m.group(0))(env)
        if env.published is not None:
            lo = v.interval[0]
            v.interval = (lo, max(dt(env.published) + DAY, lo + DAY))
            v.value = f"{m.group(0)} ({fmt_interval(*v.interval)})"
            v.part = "to date"
        return v

    return build


_YEAR_END_BEFORE = re.compile(
    r"(?:^|\b(?:by|at|before|after|until|till|around|about|near|since|through|from|to|toward"
    r"|towards|of|for|the)\s+)$",
    re.IGNORECASE,
)


@rule(r"\byear(?:[\s-]|['’]s\s+)end\b(?![\s-](?:of|to)\b)", 2, keys="year")
def r_year_end(m: re.Match, text: str) -> Builder | None:
    """'by year-end', 'at year end', 'by year's end': the closing day of the publication's year (31
    December, as accounts date it), within 'the end of the year' and 'December'.
    Not a fiscal year's end, nor 'year-end bonuses' in mid-clause."""
    if prev_word(text, m.start()) == "fiscal":
        return None
    if not ends_before(_YEAR_END_BEFORE, text, m.start()):
        return None

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown(
                "XXXX-12-31", "day", "31 December (year not stated)", (("month", 12), ("day", 31))
            )
        tense = "past" if env.signal == "since" else env.tense  # "since year-end"
        y = pick_year(env.published, tense, lambda k: day_iv(date(k, 12, 31)))
        return v_day(date(y, 12, 31), True)

    return build


@rule(
    r"\b(?P<el>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>week|month|year)\b",
    2,
    keys="earlier later",
)
def r_earlier_later(m: re.Match, text: str) -> Builder | None:
    el, u = m.group("el").lower(), m.group("u").lower()

    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            v = rel_unit_builder(u, 0, None, m.group(0))(env)
            v.value = m.group(0)
            return v
        base = rel_unit_builder(u, 0, None, m.group(0))(env)
        lo, hi = base.interval
        p = dt(pub)
        iv = (lo, max(p, lo + DAY)) if el == "earlier" else (min(p + DAY, hi - DAY), hi)
        base.interval = iv
        base.value = f"{el} in {base.value} ({fmt_interval(*iv)})"
        base.part = el
        return base

    return build


# "the day" of a market or news report: the day being reported, valued as the
# publication day ("the Dow ended the day up 1%", "for the day", "late in the
# day", "the start of the day") with a day's leeway, since a morning report
# tells of the day before. "At the end of the day" is an idiom; "the day
# of/before/after ..." counts from another event.
_THE_DAY = (
    r"(?:\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed|ing)?"
    r"|open(?:s|ed|ing)?|beg(?:an|in|ins|inning))\s+|\b[Ff]or\s+)(?P<the>the\s+day)\b"
    r"|\b(?P<el>late|early|later|earlier)\s+in\s+the\s+day\b"
    r"|\b(?P<pre>the\s+)?(?P<p2>start|beginning|end|close|rest|remainder)\s+of"
    r"\s+the\s+day\b"
)


@rule(
    rf"(?:{_THE_DAY})(?!\s+(?:of|when|that|in\s+which|on\s+which)\b|['’]"
    r"|\s+(?:before|after)\b(?!\s+\w+ing\b))",
    3,
    keys="day",
)
def r_the_day(m: re.Match, text: str) -> Builder | None:
    p2 = (m.group("p2") or "").lower()
    if p2 == "end" and ends_before(r"\bat\s+(?:the\s+)?$", text, m.start("p2"), re.IGNORECASE):
        return None  # "at the end of the day" is an idiom
    span = (m.start("the"), m.end("the")) if m.group("the") else (m.start(), m.end())
    part = PART_WORDS.get((m.group("p2") or "").lower()) or (
        {"late": "late", "early": "early", "later": "late", "earlier": "early"}.get(
            (m.group("el") or "").lower()
        )
    )
    surface = text[span[0] : span[1]]

    def build(env: Env) -> Val:
        if env.published is None:
            v = with_part(v_unknown("XXXX-XX-XX", "day", surface), part, env)
        else:
            v = with_part(v_day(env.published, True), part, env)
        v.mod = "around"  # the report's day: often the day before publication
        return v

    return build, span


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule(
    r"\b(?:(?P<el>earlier|later)\s+|(?P<p1>early|late)\s+|(?:the\s+)?(?P<p2>start|beginning"
    r"|end|close|rest|remainder)\s+of\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?P<poss>['’]s)?"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
    r"|\b(?:(?P<p3>early|late)\s+)?(?P<w2>last|this)\s+(?P<pod2>night|morning|afternoon|evening)\b"
    r"|\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b",
    2,
    keys="today yesterday tomorrow tonight night morning afternoon evening day",
)
def r_dayword(m: re.Match, text: str) -> Builder | None:
    if m.group("ba"):
        k, pod = (-2 if m.group("ba").lower().startswith("before") else 2), None
    elif m.group("w2"):
        w2 = m.group("w2").lower()
        pod = m.group("pod2").lower()
        if w2 == "last" and pod != "night":
            return None  # "last morning" is not English news; avoid odd matches
        k = -1 if w2 == "last" else 0
    else:
        w = m.group("w")
        if cap(w) and not sentence_initial(text, m.start()):
            return None  # "USA Today", "the Today programme"
        k = _DAYWORDS[w.lower()]
        pod = (m.group("pod") or "").lower() or ("night" if w.lower() == "tonight" else None)
    part = part_of(m) if not (m.group("pod") or m.group("poss")) else None
    part = part or (m.group("p3") or "").lower() or None  # "late last night"
    early_late = m.group("p1") or m.group("p3")
    if early_late and ends_before(PREDICATE_BEFORE, text, m.start()):
        part = None  # "she was late this morning": tardy, not a part of the day
    if early_late and not part:  # "late yesterday's session", "was late today"
        start = m.start("w2") if m.group("w2") else m.start("w")
    else:
        start = m.start() if part or not m.group("p2") else m.start("w")  # "end of today's game"
    surface = text[start : m.end()]

    def build(env: Env) -> Val:
        if env.published is None:
            x = "XXXX-XX-XX" + (f"T{PARTS_OF_DAY[pod][0]}" if pod else "")
            return v_unknown(x, "partofday" if pod else "day", surface)
        v = v_day(env.published + timedelta(days=k), True)
        v = _pod(v, pod) if pod else v
        # "the end of today", "late yesterday", "early this morning" (:mod:`.daypart`)
        return with_part(v, part, env) if part else v

    return build if start == m.start() else (build, (start, m.end()))


def _pod(v: Val, pod: str) -> Val:
    code, h0, h1 = PARTS_OF_DAY[pod]
    s = v.interval[0]
    v.interval = (s + timedelta(hours=h0), s + timedelta(hours=h1))
    v.timex = f"{v.timex}T{code}"
    v.gran = "partofday"
    v.value = f"{v.value}, {POD_NAMES[code]}"
    return v


def _paper_on_sunday(text: str, start: int) -> bool:
    before = ends_before(r"\b([A-Z][a-z]+)\s+on\s+$", text, start)
    return before is not None and before.group(1).lower() in ON_SUNDAY_PAPERS


@rule(
    rf"\b{PART}(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|coming|past|previous)\s+)?"
    rf"(?P<wd>{WDN})(?![a-z])(?P<poss>['’]s)?"
    r"(?:\s+(?:(?P<podm>early|late)\s+)?(?P<pod>morning|afternoon|evening|night))?",
    3,
    keys="monday tuesday wednesday thursday friday saturday sunday",
)
def r_weekday(m: re.Match, text: str) -> Builder | None:
    tok = m.group("wd")
    if not cap(tok):
        return None
    pw = prev_word(text, m.start())
    if (
        pw in NAMED_DAY_WORDS
        and text[max(0, m.start() - LOOKBACK) : m.start()].rstrip()[-len(pw) :][:1].isupper()
    ):
        return None  # "Black Friday", "Super Tuesday"
    if tok.lower() == "sunday" and _paper_on_sunday(text, m.start()):
        return None  # "the Herald on Sunday reported"
    nxt = starts_at(r"\s+([A-Z][a-z]+)", text, m.end("wd"))
    if nxt and nxt.group(1).lower() in _TITLE_WORDS:
        return None  # "Sunday Times", "Monday Night Football"
    wd = WEEKDAYS[tok.lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    previous = rel == "previous"
    if previous:
        if re.search(r"\bthe\s+$", text[max(0, m.start() - 5) : m.start()], re.IGNORECASE):
            return None  # "the previous Monday" counts from another event
        rel = "last"
    pod = (m.group("pod") or "").lower() or None
    part = part_of(m) or (m.group("podm") or "").lower() or None  # "Sunday early morning"
    surface = m.group(0)

    def build(env: Env) -> Val:
        if env.published is None:
            code = f"T{PARTS_OF_DAY[pod][0]}" if pod else ""
            label = WEEKDAY_NAMES[wd] + (f" {pod}" if pod else "")
            return with_part(
                v_unknown(
                    f"XXXX-WXX-{wd}{code}",
                    "partofday" if pod else "day",
                    surface if rel else label,
                    () if rel else (("weekday", wd),),
                ),
                part,
                env,
            )
        tense = env.tense
        if tense == "present" and not copula_before(env.text, env.start):
            tense = None  # only a copula right before makes "present" mean "this week"
        signal, granted = day_signal(env.text, env.start, env.signal, tense)
        if (
            granted
            or (signal in UNTIL and env.strong_tense() != "past")
            or (tense is None and untensed_ahead(signal, env.text, env.start))
        ):
            tense = "future"  # "closed until Friday": an end point is ahead unless "was"
        d = _weekday_date(env.published, wd, "previous" if previous else rel, tense)
        if not rel and (env.signal == "ahead of" or told_ahead(env.text, env.start)):
            d = plan_day(env.published, wd, signal)  # "sold ahead of Monday's data"
        v = v_day(d, bool(rel))
        if rel == "last" and not pod:
            v = or_this_weeks(v, d, env.published, wd)
        return with_part(_pod(v, pod) if pod else v, part, env)

    return build


@rule(
    rf"\b{PART}(?:(?P<the>the\s+(?=(?:past|last|coming)\s))?(?P<rel>this\s+past|this\s+coming"
    r"|this|last|next|coming|past|the)\s+)?weekend(?P<poss>['’]s)?(?!s)\b",
    3,
    keys="weekend",
)
def r_weekend(m: re.Match, text: str) -> Builder | None:
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if m.group("the") and starts_at(r"\s+(?:of|in)\b", text, m.end()):
        return None  # "the last weekend of August": the month's, not publication's
    part = part_of(m)
    if not rel and not part:
        return None
    surface = m.group(0)

    def build(env: Env) -> Val:
        pub = env.published
        if pub is None:
            return with_part(v_unknown("XXXX-WXX-WE", "weekend", surface), part, env)
        if rel == "this":
            d = pub
        elif rel in ("last", "this past", "past"):
            d = pub - timedelta(days=7) if pub.isoweekday() < 6 or rel == "last" else pub
            if rel == "last" and pub.isoweekday() < 6:
                d = pub - timedelta(days=7)
        elif rel in ("next",):
            d = pub + timedelta(days=7)
        elif rel in ("coming", "this coming"):
            d = pub
        elif env.signal == "ahead of":  # the weekend nearest publication, either side
            d = pub if pub.isoweekday() >= 3 else pub - timedelta(days=7)
        else:  # "the weekend": tense decides which one
            tense = env.tense
            if tense == "future" or tense == "present":
                d = pub
            else:
                d = pub if pub.isoweekday() >= 6 else pub - timedelta(days=7)
        return with_part(v_weekend(d), part, env)

    return build


# --- vague references -----------------------------------------------------------------


# what "the past" measures when it is a window ("the past three years"), not the past
_SPAN_WORDS = (
    r"\d+|few|several|couple|many|some|two|three|four|five|six|seven|eight|nine|ten|dozen"
    r"|twelve|fifteen|twenty|thirty|fifty|hundred|decades?|centur(?:y|ies)|years?|months?"
    r"|weeks?|days?|hours?|quarters?|seasons?|summers?|winters?|springs?|autumns?|falls?"
    r"|nights?|weekends?|generations?|half|week's|year's|month's"
)


@rule(
    r"\b(?:(?P<past>recently|lately|in\s+recent\s+(?:days|weeks|months|quarters|years|decades|times)"
    r"|in\s+(?:the\s+)?past\s+(?:weeks|months|quarters|years|decades)(?![-\w])"
    r"|(?:days|weeks|months|years|decades|centuries)\s+ago|(?<=\bthe\s)then[\s-]current(?=\s+[a-z])"
    r"|in\s+the\s+recent\s+past|the\s+other\s+day|at\s+one\s+point|(?:in|of)\s+the\s+past"
    rf"(?!\s+(?:{_SPAN_WORDS})\b|[-\w])|(?<!most\s)(?<!more\s)recent(?=\s+[a-z])"
    # "saying at the time he was willing", "At that time, no one knew": the time told of
    r"|(?<=\bat\s)(?:the|that)\s+time(?=\s*[,.;:)]|\s+(?!of\b|when\b|that\b|being\b|to\b|"
    r"for\b|than\b|and\b|in\b)[a-z]))"
    r"|(?P<present>right\s+now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days"
    r"|for\s+the\s+time\s+being|(?<![-\w])now(?![-\w])"
    r"|(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bour\s)"
    r"|(?<=['’]s\s)|(?<=\bof\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\bunder\s))"
    r"current(?=\s+[a-z])(?!\s+(?:account|affairs)\b))"
    r"|(?P<future>soon(?![-\w]|\s+(?:after|afterwards|before|thereafter))"
    r"|(?:in|for|over)\s+the\s+(?:long|short|medium|near)\s+term"
    r"|of\s+the\s+(?:long|short|medium|near)\s+term(?=\s*[.,;:!?)\"'”’]|\s*$)|in\s+the\s+(?:near\s+|"
    r"not[\s-]too[\s-]distant\s+)?future|(?:into|about)\s+the\s+future(?!\s+of\b|[-\w])"
    r"|(?:in|over|for)\s+(?:the\s+)?(?:coming|future)\s+(?:days|weeks|months|quarters|years"
    r"|decades)|in\s+(?:the\s+)?(?:days|weeks|months|years)\s+ahead|in\s+the\s+near\s+term"
    r"|(?:the\s+)?coming\s+(?:days|weeks|months|years)(?=\s+(?:will|could|may|might|are)\b)"
    r"|before\s+long|at\s+(?:a|some)\s+(?:later|future|subsequent)\s+(?:date|time)(?!\s+than\b)"
    r"|(?P<oneday>(?:one|some)\s+day)(?![-\w'’])))\b",
    6,
    keys="recently lately recent past other point now current currently "
    "present presently moment nowadays days time being soon future coming ahead term long "
    "day later subsequent ago",
)
def r_vague(m: re.Match, text: str) -> Builder | None:
    if re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()], re.I) and (
        m.group("future") or re.match(r"\s+as\b", text[m.end() : m.end() + 4])
    ):
        return None  # "as soon as"; "as recently as last week": the time is what follows
    if m.group(0).lower().endswith(" time") and not the_time_told(text, m.start(), m.end()):
        return None  # "At the time Howes was captured": the time of that clause
    if m.group("oneday") and not some_day_ahead(text, m.start(), m.end()):
        return None  # "one day" is a length or a past day unless a modal or a subject leads it
    ref = "PAST_REF" if m.group("past") else "PRESENT_REF" if m.group("present") else "FUTURE_REF"
    label = {
        "PAST_REF": "the past (unspecified)",
        "PRESENT_REF": "the present",
        "FUTURE_REF": "the future (unspecified)",
    }[ref]
    gran = "day" if ref == "PRESENT_REF" else "year"
    build = lambda env: Val("DATE", ref, None, gran, label)  # noqa: E731
    lead = re.match(
        r"(?:in|for|over|of|into|about|at)\s+(?=(?:the\s+|a\s+|some\s+)?(?:recent|coming|long"
        r"|short|medium|near|not|future|past|days|weeks|months|years|later|subsequent))",
        m.group(0),
        re.I,
    )
    if lead:  # "in recent years": TimeML's extent leaves the preposition out
        return build, (m.start() + lead.end(), m.end())
    return build
