"""An age against the year its bearer was built or born (session 24).

One report writes "the 29-year-old Agia Thekla", another, in a sentence
aligned with it, "the Agia Thekla was built in Norway in 1991": an age and a
year are values of two families that never pair, so a ship, a building or a
person given the wrong age was never shown (authored ferry D9). The year
makes the age: a thing built (born, founded, launched …) in year Y is P - Y
or P - Y - 1 years old in year P, as the anniversary has passed or not; P is
the publication year of the report that gives the age.

Read from two aligned sentences of different articles, each giving one of
the two: the age as "N-year-old" with what it qualifies right after it ("the
29-year-old Agia Thekla", "the 58-year-old captain"), that thing named in the
other sentence too; the year as a lone year after "built", "born", "founded",
"launched" … ("was built in Norway in 1991", "founded in 1905") or before
"-built" ("a 1991-built ferry"). A sentence that gives both is left to the
aligned comparison of like with like; two ages or two years in one sentence
are not read (which goes with which is not said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..model import Alignment, Claim, Fact, Verdict
from ..text import STOPWORDS
from .spelled import Add, Decide, side_at
from .stages import AGE_YEAR, Outcome, Rule

_AGE = re.compile(r"(\d{1,3})-year$")
# what an age qualifies: the word after "-old", and a name's further words
# ("the 29-year-old Agia Thekla", "the 58-year-old captain"; not "man was arrested")
_AGED = re.compile(r"-old[ \u00a0]+([\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]*){0,2})")
_ORIGIN = re.compile(
    r"\b(?:built|born|founded|established|launched|commissioned|constructed|completed)\b"
    r"(?:[ \u00a0]+[\w'’-]+,?){0,4}?[ \u00a0]+in[ \u00a0]+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:in[ \u00a0]+)?(1[5-9]\d\d|20\d\d)$")
_GLUED = re.compile(r"(?<![\w-])(1[5-9]\d\d|20\d\d)-built\b")


@dataclass(frozen=True)
class AgeYearCase:
    """An age in one sentence, a year of origin in an aligned one."""

    age: int
    year: int
    published: date  # of the report that gives the age
    thing: str  # what the age qualifies, as written

    @property
    def expected(self) -> tuple[int, int]:
        return (self.published.year - self.year - 1, self.published.year - self.year)


AGE_YEAR_ROWS: tuple[Rule, ...] = (
    Rule(
        "age_against_its_year",
        AGE_YEAR,
        lambda c: c.age not in c.expected and c.year < c.published.year,
        Outcome.CONFLICT,
        "an age ('the 29-year-old Agia Thekla') and the year its bearer was built or born "
        "('built in 1991') in aligned sentences: the year makes the age, at the report's "
        "date, one of two (before or after the anniversary); any other age is wrong",
        "tests/test_s24_sizes_tolls_times.py::test_an_age_meets_the_year_it_was_built",
    ),
)


def _age(claim: Claim, f: Fact) -> tuple[int, str] | None:
    """The age a quantity states ("29-year" before "-old") and what it qualifies."""
    m = _AGE.fullmatch(f.text)
    end = f.end - claim.start
    if m is None or not claim.text.startswith("-old", end):
        return None
    thing = _AGED.match(claim.text, end)
    return (int(m.group(1)), thing.group(1)) if thing else None


Origin = tuple[int, int, str, int]  # start, end (in the claim's text), as written, year


def _origins(claim: Claim, facts: Sequence[Fact]) -> list[Origin]:
    """The years of origin a sentence states: a date after "built", "born" …
    ("built in Norway in 1991"), or a year glued to "-built" ("a 1991-built
    ferry", which the time reader leaves alone)."""
    out = []
    for f in facts:
        m = _YEAR.fullmatch(f.text)
        if f.kind != "date" or m is None:
            continue
        s, e = f.start - claim.start, f.end - claim.start
        if _ORIGIN.search(claim.text[max(0, s - 60) : s]):
            out.append((s, e, f.text, int(m.group(1))))
    for m in _GLUED.finditer(claim.text):
        out.append((m.start(), m.end(), m.group(0), int(m.group(1))))
    return out


def _named_in(thing: str, text: str) -> bool:
    words = [w for w in re.findall(r"[\w'’-]+", thing) if w.lower() not in STOPWORDS]
    return bool(words) and any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def ages_against_years(
    alignments: Sequence[Alignment],
    claim_by_id: dict[str, Claim],
    facts_by_claim: dict[str, list[Fact]],
    published: dict[str, date | None],
    names: dict[str, str],
    add: Add,
    decide: Decide,
) -> None:
    """Flag an age an aligned sentence's year of origin contradicts (module docstring)."""
    for al in alignments:
        ca, cb = claim_by_id[al.left], claim_by_id[al.right]
        for x, y in ((ca, cb), (cb, ca)):
            fx, fy = facts_by_claim.get(x.id, []), facts_by_claim.get(y.id, [])
            ages = [(f, a) for f in fx if (a := _age(x, f))]
            years = _origins(y, fy)
            if len(ages) != 1 or len(years) != 1 or published.get(x.article) is None:
                continue
            if _origins(x, fx) or any(_age(y, f) for f in fy):
                continue  # a sentence giving both: like with like
            (fa, (age, thing)), origin = ages[0], years[0]
            if not _named_in(thing, y.text):
                continue
            case = AgeYearCase(age, origin[3], published[x.article], thing)  # type: ignore[arg-type]
            rule = decide(AGE_YEAR, case)
            if rule is not None and rule.outcome != Outcome.SKIP:
                _flag(case, rule, (x, fa, names[x.article]), (y, origin, names[y.article]), add)


def _flag(case: AgeYearCase, rule: Rule, xs: tuple, ys: tuple, add: Add) -> None:
    (x, fa, na), (y, (ys_, ye, written, _), nb) = xs, ys
    low, high = case.expected
    why = (
        f"{na} gives {case.thing} as {case.age} years old; {nb} dates it to {case.year}, "
        f"which makes it {low} or {high} in {case.published.year} (published "
        f"{case.published.isoformat()}) — one of them is wrong — {rule.outcome}"
    )
    ax = fa.start - x.start
    sides = (
        side_at(x, ax, ax + len(fa.text) + 4, f"{fa.text}-old", f"{case.age} years"),
        side_at(y, ys_, ye, written, f"{low}–{high} years ({case.year})"),
    )
    add("quantity", Verdict(str(rule.outcome)), why, sides, rule.name)
