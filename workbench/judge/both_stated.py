"""A figure its own article also states is no conflict (issue 11, session 34,
eng102; held-out authored conflict precision 0.56 against development 0.92).

"23 hospitals across the north ran on generators" / "14 hospitals in the
province" looks like a conflict, until the article with 23 goes on "…, 14 of
them in the province": that article states both values, as two things ("1.21
million still without power at 8pm" and "1.38 million at the peak"; "38% of
northern demand" and "15% of national demand"). The other article's one value
is one of them: pairing it with the other one compares two different things
in that article's own telling — no flag.

Read, for each side of a pair that differs (a conflict or a question): does
the article of that side state the other side's value with another figure of
the same kind, dimension and unit, in the same sentence or within
``REACH`` sentences of it? The number must be the same as written ("about 60
mph" does not state "about 65 mph", nor a "22-year-old" a "21-year-old",
though their readings overlap; a range is no one number), and nothing may say
it is another thing than the value it matches: its happening ("killed"
against "injured") and its counted noun, where both name one, agree. A count
below ten matches only when both name one counted noun: a small number recurs
in a story by chance ("three died" … "two others injured").

Nor when the article tells a figure revised or moved in either sentence
("initially put at 10", "up from 12", "has risen to"): then it states one
thing's two values itself, and the other report's one value may be the older
one it disagrees with; nor for one named owner's figure on both sides ("Smith,
34" / "Smith, 36"), nor a figure of another named owner ("Jones, 36").

Only when one article states both values and the other only one: two articles
that each state both, split the other way round ("2.3 million British
customers and 6.1 million in the Netherlands" / "6.1 million in Britain and
2.3 million in the Netherlands", authored development breach), disagree — a
swap, still a conflict. The row stands after the rows of a figure moving
between two moments: an update they explain ("27 at midday" … "44 by 8pm") is
still shown as one.

Conversions in parentheses ("102 mph (148 km/h)") are twins.py's: a figure of
another unit never matches here.

And only when the single report tells its figure as that part (session 34, eng105,
judge/part_told.py): its own sentence carries the part's qualifier, read from the
part's clause in the article stating both ("14 of them in the province" / "14
hospitals in the province"). Without it ("the airline cancelled 212 flights" against
"640 … Of those, 212 were at its Frankfurt hub") the single report may take the part
for the total, and the matching figure may measure another thing ("80% antibody
response" / "cut admissions by 80%"): the pair stays compared (eng102's row, reverted
in 1d04c07d, asked for no such evidence).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from ..facts.measure import Measure
from ..model import Claim, Fact, Verdict
from .cases import ValueCase
from .family_helpers import QUANTITY_KINDS, counted_key, dimension_of
from .owners_listed import listed_owners_differ
from .part_told import told_as_part
from .stages import VALUE, Outcome, Rule

REACH = 3  # sentences either side of a figure's own in which its article may state the other
_SMALL = 10  # counts below this match only with one counted noun named on both sides


def neighbours(claims: Sequence[Claim], reach: int = REACH) -> dict[str, tuple[str, ...]]:
    """Each claim's id -> the ids of its article's claims within ``reach``
    sentences of it, itself first."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    out: dict[str, tuple[str, ...]] = {}
    for cs in by_article.values():
        cs.sort(key=lambda c: c.index)
        for i, c in enumerate(cs):
            near = [d.id for d in cs[max(0, i - reach) : i + reach + 1] if d.id != c.id]
            out[c.id] = (c.id, *near)
    return out


def _unit(f: Fact) -> tuple[str, str, str]:
    v = f.value
    return (f.kind, dimension_of(f), str(v.get("unit") or v.get("si_unit") or ""))


def _one_number(z: Fact, y: Fact) -> bool:
    """The same number as written, whatever its hedge: 'about 19 miles' does not
    state '17 miles', nor '22-year-old' '21-year-old', though their readings overlap."""
    a, b = getattr(z.mention, "base_value", None), getattr(y.mention, "base_value", None)
    if a is None or b is None or any(getattr(f.mention, "value_high", None) for f in (z, y)):
        return False  # a range ('3-4%') is no one number
    return math.isclose(a(), b(), rel_tol=1e-9)


def _small(f: Fact) -> bool:
    v = getattr(f.mention, "value", None)
    return f.kind == "number" and isinstance(v, (int, float)) and abs(v) < _SMALL


_Measured = Callable[[Claim, Fact], Measure]  # pairing.measure_in (pairing imports rules)


# A sentence telling a figure revised or moved ("initially put at 10", "up from
# 12", "revised", "earlier"): the article tells one thing's two values itself, and
# the other report's older value may be the one it disagrees with.
_REVISED = re.compile(
    r"\b(?:initial(?:ly)?|earlier|previous(?:ly)?|revised|revision|updated|correct(?:ed|ion)"
    r"|up from|down from|had (?:said|put|reported|given)|first (?:reported|put|given)"
    r"|rose|risen|climbed|jumped|increased|fell|dropped|lowered|raised)\b",
    re.IGNORECASE,
)


def _owners(m: Measure) -> frozenset[str]:
    return frozenset(w.lower() for w in (m.owner or m.subject))


def _matches(z: Fact, cz: Claim, y: Fact, cy: Claim, measure_in: _Measured) -> bool:
    """``z`` (of the other article) states ``y``'s value, and nothing says it
    measures another thing: another happening, another counted noun, another
    named owner ("Jones, 36" does not state "Smith, 36")."""
    if not _one_number(z, y):
        return False
    mz, my = measure_in(cz, z), measure_in(cy, y)
    ez, ey = mz.event, my.event
    if ez and ey and ez != ey:
        return False
    oz, oy = _owners(mz), _owners(my)
    if oz and oy and not oz & oy:
        return False
    if listed_owners_differ(_side(cz, z), _side(cy, y)):
        return False  # "1,500 in Crayford" does not state Bexley's 1,500
    nz, ny = counted_key(z), counted_key(y)
    if nz and ny and nz != ny:
        return False
    return not (_small(y) or _small(z)) or (bool(nz) and nz == ny)


def _side(c: Claim, f: Fact) -> tuple[str, str, tuple[int, int]]:
    return c.text, f.kind, (f.start - c.start, f.end - c.start)


def states_both(
    x: Fact,
    y: Fact,
    claim_by_id: dict[str, Claim],
    facts_by_claim: dict[str, list[Fact]],
    near: dict[str, tuple[str, ...]],
    measure_in: _Measured,
) -> bool:
    """``x``'s article states ``y``'s value too, with another figure of
    ``x``'s kind, dimension and unit, in ``x``'s sentence or one near it."""
    if x.kind not in QUANTITY_KINDS or y.kind not in QUANTITY_KINDS or x.article == y.article:
        return False
    if _unit(x) != _unit(y):
        return False  # two currencies, a conversion: not read here
    cx, cy = claim_by_id[x.claim], claim_by_id[y.claim]
    ox, oy = _owners(measure_in(cx, x)), _owners(measure_in(cy, y))
    if ox & oy:
        return False  # one named owner's figure told two ways: compared
    for cid in near.get(x.claim, (x.claim,)):
        cz = claim_by_id[cid]
        if _REVISED.search(cz.text) or _REVISED.search(cx.text):
            continue  # the article itself tells a figure revised or moved
        for z in facts_by_claim.get(cid, ()):
            if z.id == x.id or z.kind not in QUANTITY_KINDS or _unit(z) != _unit(x):
                continue
            if z.start < x.end and x.start < z.end:
                continue  # one span read twice
            if _matches(z, cz, y, cy, measure_in) and told_as_part(z, cz, x, cx, y, cy):
                return True
    return False


def stated_both(c: ValueCase) -> bool:
    """A difference whose one side's article states the other side's value too."""
    return c.both_stated and c.cmp.verdict in (Verdict.CONFLICT, Verdict.UNRESOLVED)


FIGURE_ITS_ARTICLE_ALSO_STATES = Rule(
    "figure_its_article_also_states",
    VALUE,
    stated_both,
    Outcome.SKIP,
    "one article states both values, as two things ('23 hospitals across the north' … "
    "'14 of them in the province'; '1.21 million still without power at 8pm' and '1.38 "
    "million at the peak'; '38% of northern demand' and '15% of national demand'), in one "
    "sentence or within three of each other; the other article's one value matches one "
    "of them: held against the other, it pairs two different things in that article's "
    "own telling — no flag, only when the single report's own sentence carries what makes "
    "its figure the part there (the part's qualifier: 'in the province', 'at its hub', 'at "
    "the peak'; judge/part_told.py), else it may take the part for the total (eng105). "
    "Same kind, dimension, unit and number as written only; a count below ten only with "
    "one counted noun named on both sides; two articles each "
    "stating both values, split the other way round, still conflict (a swap), and so does "
    "a figure its article tells revised or moved ('initially put at 86', 'up from £3.1m') "
    "or another named owner's ('Her teammate Lucy Dunn scored 17')",
    "tests/test_s34_part_told.py::test_a_part_told_as_the_part_is_no_conflict; "
    "tests/test_s34_part_told.py::test_a_part_told_without_its_qualifier_still_conflicts; "
    "issue 11, session 34 (held-out authored conflict precision 0.56: readers named the class)",
)
