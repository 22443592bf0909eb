"""One person's age told two ways in aligned sentences (issue 11, session 31).

"a 31-year-old Brooklyn mom was shot in the arm" and "wounding Unique
Armstead, 32," (ECB+ 33_ecbplus, dev half) give one age: the quantity family
reads "31-year" as a length in years and "Armstead, 32" as a bare count, two
kinds that never met a COMPARE row, so a differing age was never shown
(``ages.py`` reads both as ages; story.py compares them across articles only
when both are named).

Here the two meet when each is the only age its sentence gives — "N-year-old"
followed by "-old", or a bare number the sentence's words make a person's age
("Name, N,": ``Measure.role`` "age") — so the alignment says they are one
person's. Only a difference is shown: ages written alike in two forms ("a
43-year-old woman" / "Yvonne Hiller, 43,") are an agreement the words tell, no
flag. The rows after COMPARE still keep two people's ages apart (two names,
a man and a woman, an age "then"). Two ages both named ("the 52-year-old
Petra Lund" / "Petra Lund, 53,") are left to story.py, whose explanation names
the person.
"""

from __future__ import annotations

import re

from ..facts.aged import subject_age
from ..facts.measure import measure_of
from ..model import Claim, Comparison, Fact, Verdict
from .ages import age_of
from .stages import COMPARE, PAIRING, Outcome, Rule

_YEAR_OLD = re.compile(r"(\d{1,3})(?:[-\u2010]|[ \u00a0]+)years?$")
_OLD = re.compile(r"(?:[-\u2010]|[ \u00a0]+)old\b")
_LONE = re.compile(r"\d{1,3}$")
_IN_YEARS = frozenset({"quantity", "duration"})  # the kinds an age in years is read as


def _age(claim: Claim, f: Fact) -> int | None:
    """The age a fact states in years, or None when it is no person's age."""
    s, e = f.start - claim.start, f.end - claim.start
    if s < 0 or e > len(claim.text):
        return None
    figure = claim.text[s:e]
    if f.kind in _IN_YEARS:  # "31-year" of "31-year-old"; "67 years" old
        m = _YEAR_OLD.fullmatch(figure)
        return int(m.group(1)) if m and _OLD.match(claim.text, e) else None
    if f.kind == "number" and _LONE.fullmatch(figure):
        return int(figure) if measure_of(claim.text, s, e).role == "age" else None
    return None


def _named(claim: Claim, f: Fact) -> bool:
    """Whether the sentence names whose age it is ("Petra Lund, 53,", "the
    52-year-old Petra Lund"): two named ages are story.py's, which names them."""
    return age_of(claim.text, f.start - claim.start, f.end - claim.start) is not None


def _only_age(claim: Claim, f: Fact, facts: list[Fact]) -> int | None:
    """``f``'s age when it is the only age its sentence gives."""
    age = _age(claim, f)
    if age is None:
        return None
    others = [g for g in facts if g.id != f.id and _age(claim, g) is not None]
    return None if others else age


def age_told_two_ways(
    x: Fact, y: Fact, fa: list[Fact], fb: list[Fact], claims, ln: str, rn: str
) -> Comparison | None:
    """A differing age told as "N-year-old" on one side and as a bare number on
    the other, each its sentence's only age (CompareCase.age); else None."""
    kinds = (x.kind in _IN_YEARS, y.kind in _IN_YEARS)
    if claims is None or kinds not in ((True, False), (False, True)):
        return None
    if "number" not in (x.kind, y.kind):
        return None
    ca, cb = claims
    ax, ay = _only_age(ca, x, fa), _only_age(cb, y, fb)
    if ax is None or ay is None or ax == ay or (_named(ca, x) and _named(cb, y)):
        return None  # both named: story.py compares the named person's age
    left, right = f"{ax} years old", f"{ay} years old"
    why = (
        f"{ax} vs {ay} years old: {ln} writes '{_written(ca, x)}', {rn} '{_written(cb, y)}' "
        "— the only age either sentence gives, one told as a length in years, the other "
        "set off as a number — conflict"
    )
    return Comparison(Verdict.CONFLICT, why, left, right)


def _written(claim: Claim, f: Fact) -> str:
    """The age as its sentence writes it: "31-year-old", "Armstead, 32"."""
    s, e = f.start - claim.start, f.end - claim.start
    old = _OLD.match(claim.text, e)
    if old:
        return claim.text[s : old.end()]
    name = _NAME_BEFORE.search(claim.text, max(0, s - 40), s)
    return claim.text[name.start() if name else s : e]


_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]+,[ \u00a0]+$")


def only_ages(c) -> bool:
    """An age told as a length in years against one told as a bare number —
    the pair AGE_TOLD_TWO_WAYS admits —, both read as ages (``Measure.role``),
    each the only figure of its family in its sentence (CandidateCase): what
    they measure is one person's age, whatever words stand around them ("a
    31-year-old mother was shot" / "Unique Armstead, 32, was shot": an age set
    off between commas has no words of its own). Two people's ages were kept
    apart before (different_owners: two names, a man and a woman, an age
    "then"). Two bare numbers keep their words' say."""
    if _subject_ages(c):
        return True
    kinds = (c.x.kind in _IN_YEARS, c.y.kind in _IN_YEARS)
    if kinds not in ((True, False), (False, True)) or "number" not in (c.x.kind, c.y.kind):
        return False  # two bare numbers ("Denise Pryce, 58" / "would have turned eight")
    return c.lone and c.measures is not None and all(m.role == "age" for m in c.measures)


def _subject_ages(c) -> bool:
    """Two bare numbers each told as an obituary tells its subject's age —
    "She was 91." / "She was 92.", "died at 91" (``aged.subject_age``) —, each
    the only figure of its family in its aligned sentence, the pronouns not
    resolved to two different people: one person's age (session 35, user
    trial 41)."""
    claims = getattr(c, "claims", None)
    if claims is None or not c.lone or (c.x.kind, c.y.kind) != ("number", "number"):
        return False
    for claim, f in zip(claims, (c.x, c.y), strict=True):
        if not subject_age(claim.text, f.start - claim.start, f.end - claim.start):
            return False
    return not c.pronoun_owners_differ


AGE_TOLD_TWO_WAYS = Rule(
    "one_age_told_two_ways",
    COMPARE,
    lambda c: c.age is not None,
    Outcome.KEEP,
    "'a 31-year-old Brooklyn mom was shot' / 'wounding Unique Armstead, 32,': the only "
    "age of each aligned sentence, told as 'N-year-old' (a length in years) on one side "
    "and as a bare number set off after a name on the other, is one person's age; two "
    "kinds that never met. Only a difference is shown; the rows after still keep two "
    "people's ages apart",
    "tests/test_s31_compare_rows.py::test_one_age_told_two_ways_is_compared; "
    "ECB+ 33_ecbplus (dev: age of the wounded mother Unique Armstead)",
)


def _one_age_in_other_words(c) -> bool:
    """Two differing ages, each the only value of its family left in its aligned
    claim, let through the CANDIDATE rows (one person's, ``only_ages``): the
    words around an age are few ("She was 91." / "She was 92."), so how much
    they agree says nothing of whether the two are one person's."""
    return c.ages and c.cmp.verdict == Verdict.CONFLICT and c.lone()


ONE_AGE_IN_OTHER_WORDS = Rule(
    "one_age_in_other_words",
    PAIRING,
    _one_age_in_other_words,
    Outcome.KEEP,
    "'She was 91.' / 'She was 92.': two ages the CANDIDATE rows kept as one person's, "
    "each the only value of its family left in its aligned claim, are compared however "
    "few words stand around them (conflict_context weighs words an age has none of)",
    "tests/test_s35_subject_ages.py::test_an_obituary_age_told_two_ways_is_a_conflict; "
    "user trial 41 (an obituary's age told two ways)",
)


AGE_BEFORE_ITS_BIRTHDAY = Rule(
    "age_before_its_birthday",
    COMPARE,
    lambda c: c.birthday is not None,
    Outcome.KEEP,
    "'Brankov, who turns 64 in June' in a piece of April is 63 now: an age told by a "
    "birthday later than its report's date is one less than written, and that age is "
    "compared with the other report's ('Brankov, 63,': consistent); a birthday past or "
    "today is the age as written",
    "tests/test_s36_birthday.py::test_a_birthday_ahead_is_the_age_before_it; "
    "authored development election T19 (R28e: 'turns 64 in June' against 63)",
)
AGE_ROWS = (AGE_BEFORE_ITS_BIRTHDAY, AGE_TOLD_TWO_WAYS)  # COMPARE, before fact_module
