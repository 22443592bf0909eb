"""Time expressions in news sentences: find, normalise, compare.

``find_times(sentence, published)`` returns :class:`TimeMention` values whose
``timex`` follows TimeML/ISO-8601 (``2021-07``, ``2021-W25``, ``P2D``,
``T15:45``, ``PAST_REF``; ``X`` digits where a missing publication date was
needed) and whose ``interval`` is the concrete span of time meant, resolved
against the article's publication date. ``compare(a, b, left, right)`` says
whether two sources' mentions agree. The recognition rules run
from the ordered list in :mod:`.rules` (one module per kind of expression).

Decisions worth knowing (each is a trade-off in favour of fewer false flags):

* Spans cover the value itself ("next month", "Tuesday", "48 hours"), as
  TimeML extents do; the preposition before it ("by", "since", "on") is kept
  as ``signal`` and, when it bounds the time, as ``modifier``. Hedges that
  change a length ("about", "more than") are inside duration spans.
* Weekdays: a past-tense or tenseless sentence means the most recent such
  day *on or before* the publication date (news says "on Tuesday" on a
  Tuesday for that day); a future sentence the next one on or after it;
  a present-tense copula ("the vote is on Thursday") the one in the
  publication week. "last Tuesday" / "next Tuesday" are that day of the
  previous / next ISO week, like "last week" and "next week".
* Month or day without a year: publication year, unless a temporal
  preposition puts it under a past or future verb, then the most recent /
  next occurrence ("in January" in a past sentence of a June article is
  January of that year, "in December" the previous December). With no tense
  to decide, the adjacent year's occurrence wins when it is more than three
  months nearer the publication date ("Jan. 2" in a November article); a
  past clause only moves a date back.
* "A year ago", "a year earlier", "last year" in a comparison of figures take
  the quarter, month or half named earlier in the sentence, one year back
  ("third-quarter sales fell from $1.4 billion a year ago" is Q3 of the year
  before); "the quarter" of a results sentence is the last one completed
  (:mod:`.yearago`, :mod:`.fiscal`).
* "the past N days" is a DURATION (``P5D``) whose ``interval`` is the window
  ending on the publication day; "recently", "in recent weeks", "recent
  losses", "at one point" are ``PAST_REF`` ("the current crisis" is
  ``PRESENT_REF``) with no interval and are compared only with each other.
* "N weeks ago" and "in N weeks" are a day (as TimeML corpora value them)
  with a day's leeway either side (``modifier`` "around"); days, months and
  years keep their unit's granularity.
* "The day" of a report ("ended the day up 1%", "for the day", "late in the
  day") is the publication day with a day's leeway (a morning report tells
  of the day before); "the day of/after ..." and "at the end of the day" (an
  idiom) are not times. "The following week", "the 18th" count from
  a time the text has set up and are left alone.
* Parts of a day ("Tuesday afternoon", "last night") are DATEs whose
  interval is that part of the day: the project compares them as dates.
  With no day named ("in the morning", "late in the afternoon") they are
  TIMEs (``TMO``) compared, like clock times, as a range of the day.
* Clock times stay separate from the day next to them (so "2am on Tuesday"
  vs "2am yesterday" compares the clock and the day separately) but borrow
  that day for ``timex``/``interval`` when it is resolved; a part of the day
  picks the reading ("Sunday evening at 10:00" is 22:00). A clock time with
  no day next to it takes, in ``timex`` only, the one day its clause names
  ("flew Tuesday in Everett at 18:00 UTC"), as TimeML anchors it; with no such
  day, when the sentence is read in its document, the day the lede named (a
  day or part of one within a week of publication), else the publication day
  (:mod:`.focusday`, ``day_from`` says which). That day is a reading, not a
  statement: the comparison and the aligner still read the time of day alone
  (articles published on different days date one event's clock time from
  different ledes), while clock times whose own sentences state two different
  days are not evidence for each other (:mod:`.family`).
* A race result written as a clock reading ("won in 2:05:41", "a winning
  time of 2:19:08", "clocked 3:43.13") is a DURATION, not a time of day; a
  margin ("won by 12 seconds", "finished 12 seconds clear") has the modifier
  "by" and compares only with another margin (:mod:`.race`).
* Comparing (:mod:`.compare`): intervals that overlap once bounds are applied are consistent
  ("as early as July" vs "by next month"); the same words with the same value
  are identical; a value that needs a missing publication date is unresolved,
  except that a stated month or day still compares ("July" vs "July 2021").
  A weekday without a publication date is never placed.
* Granularity adds "weekend", "half", "century" and "partofday" to the
  usual minute … decade.
"""

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from ..textwin import ends_before
from .anaphora import anchored, days_counted, one_unit_off, parts_counted
from .apposed import relative_days_named
from .base import SIGNAL_RE, WORD_RE, Builder, Env, Val, prev_word, with_part
from .bracketed import bracketed_dates
from .cal import in_safe_range
from .combine import attach_days, merge_durations
from .context import TimeContext, reported_periods, year_back_from_context
from .coord import coordinated_units
from .dated_relative import relatives_with_their_dates
from .dayoffset import counted_from_a_day
from .daypart import PREDICATE_BEFORE
from .determiner import with_determiners, without_adjective_article
from .ended import periods_ended
from .focusday import clocks_on_the_day, the_day_in_focus
from .fullyear import reporting_year_from_context
from .generic import bounds_over_an_event, editions, generic_days
from .habitual import habitual_periods
from .happened import names_a_happening_over
from .inweek import weekdays_in_weeks
from .laterby import units_later
from .mention import TimeMention
from .narrative import units_of_the_story, years_of_the_story
from .negated_bound import denied_bound
from .overnight_dated import overnight_by_the_date
from .particles import particle_signal
from .race import mark_margins
from .ranges import ordered_ends, range_ends
from .rules import ALL_KEYS, compiled
from .speechyear import said_in_another_year
from .storyweek import anchored_weekday
from .storyyear import years_of_the_thread
from .tense import tense_at, tense_cues
from .titles import without_titles
from .yearago import within_year_back, year_back_periods

_MOD_WORDS = {
    "by": "by",
    "no later than": "by",
    "not later than": "by",
    "as late as": "as late as",
    "before": "before",
    "prior to": "before",
    "ahead of": "before",
    "until": "until",
    "till": "until",
    "up until": "until",
    "through": "until",
    "after": "after",
    "shortly after": "after",
    "just after": "after",
    "soon after": "after",
    "shortly before": "before",
    "just before": "before",
    "as early as": "as early as",
    "no earlier than": "as early as",
    "not earlier than": "as early as",
    "not until": "as early as",
    "not before": "as early as",
    "from": "from",
    "starting": "from",
    "beginning": "from",
    "effective": "from",
    "since": "since",
    "around": "around",
    "about": "around",
    "approximately": "around",
    "roughly": "around",
    "circa": "around",
    "at around": "around",
    "at about": "around",
    "at approximately": "around",
    "at roughly": "around",
    "some time around": "around",
    "sometime around": "around",
    "within": "within",
}

# ------------------------------------------------------------------ finding

_DIGIT_RE = re.compile(r"\d")
_DASHED_DIGITS_RE = re.compile(r"\d\s*[-–]\s*\d")
_TRAILER_RE = re.compile(r"(?:(?<!\d)['’]s?|[\s,])+$")


# Matches of one rule read per sentence. News sentences name a few times (at
# most 5 in the project's corpora); thousands of "10:30 10:30 …" are noise,
# and each match costs a look at its context.
MAX_MATCHES_PER_RULE = 64


def _non_overlapping(
    cands: list[tuple[int, int, int, Builder]],
) -> list[tuple[int, int, int, Builder]]:
    """Greedily keep candidates (in the given order of preference) that overlap
    none kept before; sorted by start. Kept spans are looked up by bisection, so
    a sentence with thousands of candidates is not compared pairwise."""
    starts: list[int] = []
    ends: list[int] = []
    taken = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_right(starts, s)
        if i and ends[i - 1] > s:
            continue  # the kept span starting at or before s reaches past it
        if i < len(starts) and starts[i] < e:
            continue  # the next kept span starts inside this one
        starts.insert(i, s)
        ends.insert(i, e)
        taken.insert(i, c)
    return taken


def find_times(
    text: str, published: date | None, context: TimeContext | None = None
) -> list[TimeMention]:
    """Time expressions of one sentence, non-overlapping and sorted by start.

    ``context`` is what earlier sentences of the same document set up (the
    reporting period "the quarter" and "a year earlier" refer to): see
    :func:`find_times_in_document`."""
    taken = _candidates(text)
    if not taken:
        if context is None:
            return days_counted(text, [], None)
        if context.period is not None:
            found = year_back_from_context(text, [], context)  # "the year-ago results"
            if found:
                return found
        day = context.narrative_day
        out = units_later(text, anchored(text, [], context.dates), context.dates, day)
        return parts_counted(text, days_counted(text, out, day), day)  # "A week earlier, ..."
    tense_for = _tense_lookup(text)
    out: list[TimeMention] = []
    prev_end = 0
    for s, e, _prio, builder in taken:
        sm = SIGNAL_RE.search(text, max(prev_end, s - 30), s)
        if sm and particle_signal(text, sm.start("sig"), text[s:e]):
            sm = None  # "took over | two years ago": the verb's particle (:mod:`.particles`)
        signal = re.sub(r"\s+", " ", sm.group("sig")) if sm else ""
        prev = prev_word(text, sm.start() if sm else s)
        if sm:
            prev = signal.split()[-1].lower()
        over = names_a_happening_over(text, s, e)  # "the Oct. 3 attack": the latest such day
        tense, strong = (_PAST, _PAST) if over else (tense_for(s, e), tense_for(s, e, True))
        env = Env(text, s, e, published, signal.lower(), prev, tense, strong, over=over)
        try:
            v = builder(env)
        except (ValueError, OverflowError, StopIteration):
            v = None  # an impossible calendar value: not a time expression we can use
        if v is None:
            continue
        if (
            env.signal in ("early on", "late on")
            and v.part is None
            and v.gran == "day"
            and not ends_before(PREDICATE_BEFORE, text, sm.start())
        ):
            v = with_part(v, env.signal.split()[0], env)  # "late on Monday" (:mod:`.daypart`)
        out.append(_mention(env, v, signal))
        prev_end = e
    out = periods_ended(text, coordinated_units(text, merge_durations(text, out)))
    if context is not None and context.period is not None:
        out = reported_periods(text, out, context)
    out = weekdays_in_weeks(text, within_year_back(text, year_back_periods(text, out)))
    out = counted_from_a_day(text, out)  # "a week on Monday", "Tuesday week"
    if context is not None and context.period is not None:
        out = year_back_from_context(text, out, context)
        out = reporting_year_from_context(out, context.period)  # "for the full year"
    before = context.dates if context is not None else ()
    out = anchored(text, without_titles(text, out), before)
    out = years_of_the_story(out, before)  # "In 1996, he was arrested in April"
    told = context.told if context is not None else None
    out = years_of_the_thread(out, told)  # "in September 2025 ... on Tuesday ... 2 October"
    out = said_in_another_year(text, out)  # "In 1996, he said ... this year" (1996)
    out = units_of_the_story(text, out, before)  # "On Oct. 3 ... by the end of the month"
    out = one_unit_off(text, out, published)  # "on Aug. 12 ... a year earlier"
    narrative = context.narrative_day if context is not None else None
    just = context is not None and context.told is not None and context.told_ago == 0
    out = units_later(text, out, before, narrative, just)  # "on Monday ... two days later"
    out = without_adjective_article(with_determiners(text, out))  # "the first nine months"
    out = generic_days(text, habitual_periods(text, out))  # "usually in December", "today's world"
    out = bounds_over_an_event(text, editions(text, out))  # "this year's Oscars"
    out = the_day_in_focus(out, context.day if context is not None else None)
    day = context.narrative_day if context is not None else None
    out = parts_counted(text, days_counted(text, out, day), day)  # "the day after", "that night"
    out = relatives_with_their_dates(text, bracketed_dates(text, out))  # "tonight's (August 4)"
    out = overnight_by_the_date(text, out)  # "held overnight, but on the afternoon of Aug. 11"
    out = attach_days(text, ordered_ends(text, range_ends(text, mark_margins(text, out))))
    out = relative_days_named(text, out)  # "Yesterday, on Friday," in an undated report
    if context is None:
        return out  # a sentence read alone: a clock time with no day stays a time of day
    return clocks_on_the_day(anchored_weekday(out, *context.week), context.clock_day)


def find_times_in_document(
    sentences: Iterable[str], published: date | None
) -> list[list[TimeMention]]:
    """The time expressions of each sentence of one document, in order, each
    sentence read with what the sentences before it set up (:mod:`.context`)."""
    context = TimeContext()
    out = []
    for sentence in sentences:
        found = find_times(sentence, published, context)
        out.append(found)
        context = context.after(sentence, found)
    return out


Candidate = tuple[int, int, int, Builder]


def _candidates(text: str) -> list[Candidate]:
    """Matches of every rule whose key words the sentence holds, longest first,
    then by rule priority; those overlapping a preferred one are dropped."""
    words = set(WORD_RE.findall(text.lower()))
    if _DIGIT_RE.search(text):
        words.add("#")
        if _DASHED_DIGITS_RE.search(text):
            words.add("#-")
    if not words & ALL_KEYS:
        return []
    cands = []
    for rx, prio, handler, keys in compiled():
        if not keys & words:
            continue
        for k, m in enumerate(rx.finditer(text)):
            if k >= MAX_MATCHES_PER_RULE:
                break
            if m.end() == m.start():
                continue
            try:
                got = handler(m, text)
            except (ValueError, OverflowError):
                got = None  # a calendar value out of datetime's range ("year 0")
            if got is None:
                continue
            if isinstance(got, tuple):
                builder, (s, e) = got
            else:
                builder, s, e = got, m.start(), m.end()
            e = s + len(_TRAILER_RE.sub("", text[s:e]))  # "Tuesday's" -> "Tuesday"
            cands.append((s, e, prio, builder))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    return _non_overlapping(cands)


def _PAST() -> str:
    return "past"


# how far a governing verb may lie when none is within the usual reach ("Salvors hope
# to begin pumping the remaining 85,600 tonnes of cargo into a tanker at the weekend")
FAR_REACH = 140


def _far_plan(text: str, cues: list, s: int) -> str | None:
    """ "future" when the last verb before ``s`` within :data:`FAR_REACH` is a future
    cue and only words, no punctuation, lie between: one clause with a long object.
    A far past verb is not taken (measured: it cost TimeBank and MEANTIME), nor a
    future one across a comma ("will pay 640p, a premium to the closing price on
    Friday": the price was Friday's)."""
    before = [c for c in cues if s - FAR_REACH <= c[1] <= s]
    if not before or before[-1][2] != "future":
        return None
    return "future" if not _PUNCT.search(text, before[-1][1], s) else None


_PUNCT = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]—–\"“”]")  # not "85,600"


def _tense_lookup(text: str) -> Callable[..., Callable[[], str | None]]:
    """``tense_for(s, e, strong=False)``: a function giving the tense governing
    s..e, reading the sentence's tense cues once, on first use."""
    cues: list | None = None

    def tense_for(s: int, e: int, strong: bool = False) -> Callable[[], str | None]:
        def get() -> str | None:
            nonlocal cues
            if cues is None:
                cues = tense_cues(text)
            near = tense_at(text, cues, s, e, strong=strong)
            if near is None:  # a plan's verb before a long object ("hope to begin pumping ...")
                near = _far_plan(text, cues, s)
            return near

        return get

    return tense_for


def _mention(env: Env, v: Val, signal: str) -> TimeMention:
    """The mention a rule's resolved value makes, with its bound."""
    if v.interval is not None and not in_safe_range(v.interval):
        v = replace(v, interval=None)  # "2020 years ago": kept, unresolved
    mod = _MOD_WORDS.get(signal.lower())
    denied = denied_bound(env.text, env.start, mod)  # "will not be restored before 31 December"
    if denied:
        mod = None if denied == "point" else denied
    if v.mod:
        mod = v.mod
    elif v.type == "DURATION" and mod not in ("within",):
        mod = None
    s, e = env.start, env.end
    return TimeMention(
        start=s,
        end=e,
        text=env.text[s:e],
        type=v.type,
        timex=v.timex,
        interval=v.interval,
        granularity=v.gran,
        needs_published=v.needs_pub,
        modifier=mod or (v.part if v.type != "DURATION" else None),
        published=env.published,
        part=v.part,
        signal=signal,
        value=v.value,
        tense=env.seen_tense,
        deictic=v.deictic,
        fields=v.fields,
        clock=v.clock,
        tz=v.tz,
        amount=v.amount,
    )
