"""The machinery behind :mod:`workbench.facts.time.find`, assembled.

The recognition rules live in one module per kind of expression and
register themselves on import; this module fixes the order they run in (it
decides which rule wins a tie between equally long, equally ranked matches)
and exposes what ``times.find_times`` needs. Only the standard library is
used.

* :mod:`.timelex` word lists and number words
* :mod:`.timecal` calendar arithmetic and the labels an editor reads
* :mod:`.timetense` the tense of the verb governing an expression
* :mod:`.timebase` what the rules share: values, patterns, registration
* :mod:`.timedates` calendar dates: days, months, years, decades, holidays
* :mod:`.timeperiods` quarters, halves, seasons and weeks of a month or year
* :mod:`.timerel` dates counted from the publication date, vague references
* :mod:`.timespans` durations, "ago", windows
* :mod:`.timerace` race and elapsed times, winning margins
* :mod:`.timeclock` clock times and parts of a day
* :mod:`.timesets` repetitions
"""

from __future__ import annotations

from . import base as timebase
from . import clock, dates, periods, race, rel, sets, spans
from .base import SIGNAL_RE, WORD_RE, Builder, Env, norm, prev_word
from .cal import fmt_day, fmt_interval, fmt_seconds
from .lex import PARTS_OF_DAY
from .race import mark_margins
from .tense import tense_at, tense_cues

_ORDER = tuple(m.__name__ for m in (dates, periods, rel, spans, race, clock, sets))
ALL_KEYS = timebase.all_keys()


def rules() -> list:
    """The compiled rules in the order they run."""
    return timebase.rules(_ORDER)


__all__ = [
    "ALL_KEYS",
    "PARTS_OF_DAY",
    "SIGNAL_RE",
    "WORD_RE",
    "Builder",
    "Env",
    "fmt_day",
    "fmt_interval",
    "fmt_seconds",
    "mark_margins",
    "norm",
    "prev_word",
    "rules",
    "tense_at",
    "tense_cues",
]
