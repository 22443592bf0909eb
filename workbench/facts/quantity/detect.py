"""Reading the quantities of one news sentence (``find_quantities``).

Detection reads numerals (``numbers``) in context: a currency before them, a
scale suffix, a unit or currency after them (``units``), a hedge ("about",
"more than", "or more"), a range ("3 to 5 km", "3-5km", "between 10 and 12"),
and the noun that says what is counted. It refuses what only looks like a
quantity, because a false number is a false flag in front of an editor:
years ("in 2001", "between 2014 and 2016"), dates ("May 2", "2021-06-23"),
clock times, ordinals ("21st"), scores ("3-1"), phone numbers, URLs, codes
glued to letters ("COVID-19", "A320", "G7", "iPhone 4", "'90s"), numbers after
a label ("No. 10", "Section 230", "Flight 370") or a capitalised name ("Boeing
737"), bare 3-4 digit numbers used as names ("the 787", "737 replacement"),
and "one" unless a counted noun follows ("one person", not "one of the").
Context decides the ambiguous forms: "5m" is million before a plural noun or
with a currency ("5m people", "£5m"), else metres ("a 5m wall"); "pounds" is
money with a scale word or money talk, mass with "of", a hyphen or weight talk;
bare "C"/"F" are temperatures only when the sentence talks about temperature;
"half", "a third", "two thirds" are shares (per cent) only before "of"/"the"
or after a hedge, but "half a mile" and "a quarter of a percentage point" are
amounts of the unit; "from 40 to 52" is two values (a change) after a verb of
change ("rose from 40 to 52") and a range otherwise ("from 50 to 80%"). A bare
number takes the unit of the number it is coordinated with ("45 and 50 mg").
Rates keep their denominator ("$15 an hour", "500,000 barrels a day") so that
an hourly wage is not compared with a yearly salary. The counted noun is the
first plural in the words that follow ("3,000 extra troops" -> troop), the
noun after "of" ("50 of 370 districts", "15% of voters"), or for one thing the
last noun before a
function word ("one Afghan soldier was") -- a heuristic, not a parser.
"""

from __future__ import annotations

import bisect
import math
import re

from workbench.facts.measure import CHANGE_AMOUNT
from workbench.facts.quantity.by_to import changed_by_to
from workbench.facts.quantity.context import (
    bad_left_context,
    bare_number_refused,
    counted_noun,
    counted_tail,
    glued_after,
    is_year,
    model_number_like,
    named_before,
    nogo_spans,
)
from workbench.facts.quantity.hedges import hedge_before
from workbench.facts.quantity.interval import read_to_the_unit, statement_interval
from workbench.facts.quantity.joined import (
    Reading,
    read_cents,
    read_plus_minus,
    read_share,
    shared_unit,
)
from workbench.facts.quantity.mention import QuantityMention
from workbench.facts.quantity.numbers import NumberSpan, find_numbers
from workbench.facts.quantity.terms import (
    CHANGE_BEFORE_RE,
    FEET_INCHES_RE,
    HEDGE_AFTER_RE,
    MINUS_RE,
    OF_RE,
    RANGE_SEP_RE,
    RANGE_WORDS_RE,
)
from workbench.facts.quantity.unitread import (
    ambiguous_scale,
    currency_before,
    per_after,
    unit_after,
)
from workbench.facts.quantity.units import UNITS, to_base
from workbench.facts.quantity.vague import find_vague
from workbench.facts.quantity.versions import version_word_before

__all__ = ["find_quantities"]


_FRACTION_OF_UNIT_RE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?an?[ \u00a0]")
_ABSOLUTE_RE = re.compile(r"(?i:\babsolute[ \u00a0]+)$")


def _read(text: str, nums: list[NumberSpan], i: int) -> tuple[QuantityMention, int] | None:
    """Read the quantity that starts with number ``nums[i]``; return it and the
    index of the next unread number."""
    n = nums[i]
    r = _read_start(text, nums, i)
    if r is None:
        return None
    _read_unit(text, nums, i, r)
    _read_range(text, nums, i, r)
    if r.value_high is None and r.unit is None:
        shared_unit(text, nums, i, r)
    span_start = r.hstart if r.hedge is not None else r.start
    if r.hedge in ("between", "from") and r.value_high is None:
        r.hedge, r.hstart, span_start = None, r.start, r.start
    elif r.hedge in ("from", "between"):
        r.hedge = None  # "ranged from 5 to 10", "between 10 and 12": the range says it
    shares = read_share(text, nums, i, r)
    if shares is None:
        return None
    fraction, ratio = shares
    if not _read_post_hedge(text, r):
        return None

    # what kind of thing this is
    unit = r.unit
    if unit is None:
        kind, dimension = "number", "count"
        if r.hedge is None and r.value_high is None:
            if bare_number_refused(text, n, r.start, r.pos):
                return None
        elif is_year(n) or (r.value_high is not None and is_year(nums[r.next_i - 1])):
            return None  # "in 2001", "between 2014 and 2016"
        elif (
            r.value_high is not None
            and r.hedge is None
            and (
                model_number_like(text, n, r.start, r.pos)
                or named_before(text, r.start, labels=False)
                or version_word_before(text, r.start)
            )
        ):
            return None  # "the 737-800 range", "Boeing 737-800"
    elif unit.dimension == "currency":
        kind, dimension = "money", "currency"
    elif unit.dimension == "percent":
        kind, dimension = "percent", "percent"
    else:
        kind, dimension = "quantity", unit.dimension
    if is_year(n) and kind != "number" and unit is not None and unit.dimension == "duration":
        return None  # "2001 years" is almost never a duration in the news

    exact = kind == "number" and n.exact and (r.value_high is None or nums[r.next_i - 1].exact)
    precision = r.precision
    if fraction or ratio:  # "one in five" is rough; "88 out of 100" a score to the point
        precision = 10.0 if fraction else ratio
        exact = False
    lo, hi = statement_interval(
        r.value, r.value_high, precision, exact, r.hedge, dimension, bool(fraction or ratio)
    )
    if dimension in ("percent", "duration", "temperature") and not (fraction or ratio):
        precision = read_to_the_unit(r.value, r.value_high, precision)
    if unit is not None:
        lo = to_base(lo, unit, "low") if not math.isinf(lo) else lo
        hi = to_base(hi, unit, "high") if not math.isinf(hi) else hi
    first = r.hstart if r.hedge is not None else span_start
    end = r.pos
    counted = counted_noun(text, r.scan, r.value_high or r.value, nums, r.next_i - 1, kind)
    if ratio:
        counted = counted or counted_tail(text, end, False)
    elif kind == "percent" or kind == "quantity":
        counted = counted if OF_RE.match(text, r.scan) and dimension != "duration" else None
    mention = QuantityMention(
        start=first, end=end, text=text[first:end], kind=kind, dimension=dimension,
        unit=unit.symbol if unit else None, value=r.value, value_high=r.value_high,
        hedge=r.hedge, precision=precision, low=lo, high=hi, counted=counted, exact=exact,
        form=r.form, written=text[n.start : end].lower() if (fraction or ratio) else None,
        per=r.per,
    )  # fmt: skip
    return mention, r.next_i


def _read_start(text: str, nums: list[NumberSpan], i: int) -> Reading | None:
    """The number with what comes before it: currency, minus, hedge; and its scale."""
    n = nums[i]
    currency, start = currency_before(text, n.start)
    if bad_left_context(text, n) and not (currency is not None and start < n.start):
        return None
    if n.start >= 2 and text[n.start - 1] in "-–" and text[n.start - 2].isdigit():
        return None  # the tail of "3-1" or of a code, not a quantity of its own
    negate = False
    minus = MINUS_RE.search(text, max(0, start - 10), start)
    if minus and n.value > 0:
        negate, start = True, minus.start()
    unit = currency
    if n.text.lower() == "zero" and currency is None:
        absolute = _ABSOLUTE_RE.search(text, max(0, start - 12), start)
        if absolute:  # "absolute zero" is a temperature, not a count
            start, unit = absolute.start(), UNITS["K"]
    hedge, hstart = hedge_before(text, start)
    value = -n.value if negate else n.value
    mult, pos = ambiguous_scale(text, n, n.end, currency)
    return Reading(
        start=start, hedge=hedge, hstart=hstart, value=value * mult,
        precision=n.precision * mult, scaled=n.scaled or mult != 1.0, unit=unit, unit1=None,
        pos=pos, scan=pos, next_i=i + 1, form=n.key,
    )  # fmt: skip


def _read_unit(text: str, nums: list[NumberSpan], i: int, r: Reading) -> None:
    """The unit after the number, and what completes it: feet and inches, "±",
    cents after dollars, a rate's denominator."""
    n = nums[i]
    mult_end = r.pos
    currency = r.unit if r.unit is not None and r.unit.dimension == "currency" else None
    got = unit_after(text, r.pos, n, r.value, r.scaled, currency)
    if got.unit is not None:
        r.unit = r.unit1 = got.unit
        r.pos, r.per = got.end, got.per
        if got.mult != 1.0:  # "75 USD million"
            r.value *= got.mult
            r.precision *= got.mult
            r.scaled = True
    elif n.form == "fraction" and r.unit is None:
        of_unit = _FRACTION_OF_UNIT_RE.match(text, n.end)  # "half a mile"
        if of_unit:
            got = unit_after(text, of_unit.end() - 1, n, r.value, False, None)
            if got.unit is not None and got.unit.dimension != "currency":
                r.unit = r.unit1 = got.unit
                r.pos = got.end
    if r.unit1 is not None and r.unit1.symbol == "ft":
        fi = FEET_INCHES_RE.match(text, r.pos)
        if fi and i + 1 < len(nums) and nums[i + 1].start == fi.start("n"):
            r.value += float(fi.group("n")) / 12
            r.precision = 1 / 12
            r.pos = fi.end()
            r.next_i = i + 2
    r.form = n.key + ("" if mult_end == n.end else text[n.end : r.pos].strip())
    if r.next_i == i + 1 and i + 1 < len(nums):
        read_plus_minus(text, nums, i, r) or read_cents(text, nums, i, r)
    r.scan = r.pos
    if r.per is None:
        per, per_end = per_after(text, r.pos, r.unit)
        if per is not None:
            r.per, r.scan = per, per_end
            if text[r.pos : r.pos + 1] == "/":
                r.pos = per_end  # "$15.4/hour": the unit is one token


def _read_range(text: str, nums: list[NumberSpan], i: int, r: Reading) -> None:
    """Ranges: "3 to 5 km", "3-5km", "between 10 and 12", "$5m-$10m", "two or three",
    "$350 per kg to $680 per kg". "from 40 to 52" after a verb of change ("rose
    from 40 to 52") is two values, not a range."""
    sep = RANGE_SEP_RE.match(text, r.scan)
    if not sep or r.next_i != i + 1 or i + 1 >= len(nums) or r.plus_minus:
        return
    n, n2 = nums[i], nums[i + 1]
    word = sep.group("sep").strip().lower().replace(" ", "")
    cur2, p2 = currency_before(text, n2.start)
    hedge, hstart = r.hedge, r.hstart
    change = (hedge == "from" and CHANGE_BEFORE_RE.search(text, max(0, hstart - 100), hstart)) or (
        hedge is None and CHANGE_AMOUNT.search(text, max(0, hstart - 60), hstart)
    )  # "has dropped $100 to $1,199": the cut and the new price, not a range
    # "cut rates by 0.25% to 4.5%": the verb's object between it and "by"
    change = change or (hedge is None and changed_by_to(text, hstart, n.value, n2.value))
    ranged = RANGE_WORDS_RE.search(text, max(0, hstart - 40), hstart)
    ok_sep = (
        (word == "and" and hedge == "between")
        or (word in ("to", "through", "-to", "–to", "—to") and (not change or ranged))
        or word in ("-", "–", "—")
        or (word == "or" and n2.value <= 2 * n.value and n.form == n2.form)
    )
    if not (ok_sep and (p2 == sep.end() or n2.start == sep.end())) or bad_left_context(text, n2):
        return
    currency = r.unit if r.unit is not None and r.unit.dimension == "currency" else None
    mult2, q = ambiguous_scale(text, n2, n2.end, currency or cur2)
    v2 = n2.value * mult2
    scale2 = n2.scale * mult2
    got2 = unit_after(text, q, n2, v2, n2.scaled or mult2 != 1, currency or cur2)
    unit1, unit2 = r.unit1, got2.unit
    v1 = r.value
    if not r.scaled and scale2 != 1 and n.value < n2.value / n2.scale:
        v1 = n.value * scale2  # "$5-10m", "3-5 million"
    same_dim = (unit1 is None or unit2 is None or unit1.base == unit2.base) and (
        cur2 is None or currency is None or cur2.symbol == currency.symbol
    )
    neg_ok = word in ("to",) and (v1 < 0 or v2 < 0)
    q2 = got2.end if unit2 is not None else q
    per2, per2_end = per_after(text, q2, unit2 or currency or cur2)
    same_per = per2 is None or r.per is None or per2 == r.per
    if not (
        same_dim
        and same_per
        and (v1 < v2 or neg_ok)
        and not (unit1 is not None and unit2 is None and word != "and")
    ):
        return
    if unit2 is not None:
        r.unit = unit2
    elif cur2 is not None:
        r.unit = cur2
    r.value, r.value_high = min(v1, v2), max(v1, v2)
    r.precision = (
        min(r.precision, n2.precision * mult2)
        if not (n2.scaled or mult2 != 1) or r.scaled
        else n2.precision * mult2
    )
    r.pos = r.scan = q2
    if per2 is not None:
        r.per = per2
        r.scan = per2_end
        if text[q2 : q2 + 1] == "/":
            r.pos = per2_end
    r.next_i = i + 2
    r.form = r.form + "-" + n2.key + text[n2.end : q].strip()
    r.scaled = r.scaled or scale2 != 1


def _read_post_hedge(text: str, r: Reading) -> bool:
    """Hedges after the number ("50 or more", "30-odd", "50+", "360-ish"); False when
    the number is glued to letters it cannot own ("21st", "737s")."""
    pos, unit = r.pos, r.unit
    post = HEDGE_AFTER_RE.match(text, r.scan)
    if post and r.hedge is None:
        if post.group("more") or post.group("more2") or post.group("plus"):
            r.hedge = "at least"
        elif post.group("so") or post.group("odd") or post.group("ish"):
            r.hedge = "about"
        else:
            r.hedge = "up to"
        if r.scan == r.pos:
            r.pos = r.scan = post.end()
        return True
    return not (
        (unit is None and glued_after(text, pos))
        or (unit is not None and unit.symbol not in ("%",) and glued_after(text, pos)
            and text[pos] != "-")
        or (unit is not None and text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isdigit())
    )  # fmt: skip


# Numerals read per sentence. News sentences hold a handful (at most 9 in the
# project's corpora); a "sentence" of thousands of numbers is a table or noise,
# and reading each with its context would make analysis crawl.
MAX_NUMERALS = 64


class _Spans:
    """Spans to test for overlap by bisection: a sentence with thousands of
    numbers and dates is not compared pairwise."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end among spans[:i + 1]
        for _, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start


def find_quantities(text: str) -> list[QuantityMention]:
    """Quantities, money, percentages and counts in one sentence, sorted, non-overlapping."""
    nums = find_numbers(text, MAX_NUMERALS)
    vague = find_vague(text)
    if not nums:
        return vague
    nogo = _Spans(nogo_spans(text))
    out: list[QuantityMention] = []
    floor = 0
    i = 0
    while i < len(nums):
        n = nums[i]
        if n.start < floor or nogo.overlaps(n.start, n.end):
            i += 1
            continue
        got = _read(text, nums, i)
        if got is None:
            i += 1
            continue
        mention, i = got
        if mention.start < floor:
            continue
        out.append(mention)
        floor = mention.end
    read = _Spans([(m.start, m.end) for m in out])
    for v in vague:  # "thousands of" where no number was read
        if not read.overlaps(v.start, v.end):
            out.append(v)
    return sorted(out, key=lambda m: m.start) if vague else out
