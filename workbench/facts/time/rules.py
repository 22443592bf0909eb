"""The time-expression rules, in the one order they run.

One module per kind of expression; :data:`RULES` lists every rule explicitly
(nothing registers itself on import). The order decides which rule wins a
tie between equally long, equally ranked matches.

* :mod:`.lex` word lists and number words
* :mod:`.cal` calendar arithmetic and the labels an editor reads
* :mod:`.tense` the tense of the verb governing an expression
* :mod:`.base` what the rules share: values, patterns, the :class:`~.base.Rule` shape
* :mod:`.dates` calendar dates: days, months, years
* :mod:`.eras` decades and centuries ("the 1990s", "the 1800s", "the 20th century")
* :mod:`.spoken` years said in words ("nineteen ninety-six")
* :mod:`.holidays` named days: fixed, n-th weekday, from Easter, lunar (:mod:`.lunar`)
* :mod:`.ordinals` days named by an ordinal ("the second Monday of March")
* :mod:`.beforelast` two units back or ahead ("the week before last", "the year after next")
* :mod:`.fiscal` reporting quarters counted from publication ("the latest quarter")
* :mod:`.ended` a period named by its last day ("the quarter ended Sept. 30")
* :mod:`.monthspan` a quarter or half named by its months ("the April-June quarter")
* :mod:`.periods` quarters, halves, seasons and weeks of a month or year
* :mod:`.rel` dates counted from the publication date, vague references
* :mod:`.nextcentury` "the next century" (the 21st in 1998)
* :mod:`.overnight` "overnight" on its own (early and late parts of a day: :mod:`.daypart`)
* :mod:`.spans` durations, "ago", windows
* :mod:`.race` race and elapsed times, winning margins
* :mod:`.clock` clock times and parts of a day
* :mod:`.hours` a bare hour next to a day ("7 tonight")
* :mod:`.sets` repetitions
"""

from __future__ import annotations

import re

from . import (
    beforelast,
    clock,
    dates,
    ended,
    eras,
    fiscal,
    fullyear,
    holidays,
    hours,
    monthspan,
    nextcentury,
    ordinals,
    overnight,
    periods,
    race,
    ranges,
    rel,
    sets,
    spans,
    spoken,
)
from .base import Handler, Rule

RULES: tuple[Rule, ...] = (
    dates.r_mdy,
    dates.r_dmy,
    dates.r_nth_day_of,
    dates.r_iso,
    dates.r_slash,
    dates.r_month_year,
    dates.r_month,
    dates.r_year,
    ranges.r_year_range,
    dates.r_short_year,
    eras.r_decade,
    eras.r_century,
    spoken.r_spoken_year,
    spoken.r_spoken_decade,
    holidays.r_holiday,
    ordinals.r_nth_weekday,
    ordinals.r_weekday_the_nth,
    ordinals.r_the_nth_of,
    ordinals.r_month_nth_word,
    ordinals.r_the_nth,
    ordinals.r_weekday_after_next,
    beforelast.r_weekday_before_last,
    beforelast.r_weekday_week_before_last,
    beforelast.r_weekday_of_a_week,
    ordinals.r_nth_day_today,
    monthspan.r_month_span,
    monthspan.r_results_months,
    monthspan.r_months_to,
    monthspan.r_month_quarter,
    periods.r_quarter,
    periods.r_quarter_and,
    periods.r_and_quarters,
    fiscal.r_reported_quarter,
    fiscal.r_corresponding_quarter,
    ended.r_period_ended,
    fiscal.r_year_first_quarter,
    fiscal.r_year_reported_quarter,
    fiscal.r_split_fiscal_year,
    fiscal.r_this_quarters_results,
    periods.r_qn,
    periods.r_nq_short,
    periods.r_fy,
    periods.r_rel_quarter,
    periods.r_half,
    periods.r_bare_half,
    periods.r_season,
    periods.r_week_of,
    periods.r_nth_week,
    periods.r_the_new_year,
    beforelast.r_unit_before_last,
    rel.r_rel_unit,
    rel.r_the_unit,
    rel.r_to_date,
    rel.r_year_end,
    nextcentury.r_next_century,
    fullyear.r_reporting_year,
    rel.r_earlier_later,
    rel.r_the_day,
    rel.r_dayword,
    rel.r_weekday,
    rel.r_weekend,
    overnight.r_overnight,
    overnight.r_day_edge,
    rel.r_vague,
    spans.r_duration,
    spans.r_all_unit,
    spans.r_window_unit,
    spans.r_bare_plural,
    race.r_race_time,
    clock.r_clock12,
    clock.r_clock24,
    clock.r_clock_mil,
    clock.r_clock_hours,
    clock.r_half_hour,
    clock.r_hour_minutes_words,
    clock.r_noon,
    clock.r_oclock,
    clock.r_clock_words,
    hours.r_hour_by_day,
    clock.r_hour_of_daypart,
    clock.r_daypart,
    sets.r_set,
    sets.r_set_named,
    sets.r_set_in_month,
)

# Every key word of the rules: a sentence with none of them has no time expression.
ALL_KEYS = frozenset(w for r in RULES for w in r.keys)

Compiled = tuple[re.Pattern, int, Handler, frozenset[str]]
_COMPILED: list[Compiled] | None = None


def compiled() -> list[Compiled]:
    """:data:`RULES` with their patterns compiled, in order; built once (a second
    thread at worst compiles them twice)."""
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = [(re.compile(r.pattern, r.flags), r.prio, r.handler, r.keys) for r in RULES]
    return _COMPILED
