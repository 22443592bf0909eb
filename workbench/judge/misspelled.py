"""Two credits whose people are the same people, one name misspelled: the
same given names (or initials) and surnames a letter or two apart
(:func:`workbench.judge.names.spelled_alike`). A claim credited to "Magdalena
Kowalczyk" and to "Magdalena Kowalcyzk" is one person's claim with a name to
correct, which the spelling rows flag; no attribution conflict as well."""

from __future__ import annotations

from ..facts.quote import Speaker
from ..facts.quote.names import name_parts
from ..facts.quote.reported import Credit
from .names import spelled_alike


def _one_person_misspelled(a: str, b: str) -> bool:
    ga, sa = name_parts(a)
    gb, sb = name_parts(b)
    if not sa or not sb or not spelled_alike(sa, sb):
        return False
    # given names written alike (or both left out): "Mark Heller" / "Mark Hellar";
    # or one side the surname alone, as a later mention writes it ("Katrin
    # Vollmer" / "Volmer": session 32, authored carmaker_cuts, judged borderline
    # as a misattribution when it is the misspelling the spelling rows flag)
    return not ga or not gb or [g.lower() for g in ga] == [g.lower() for g in gb]


def misspelled_alike(a: Credit, b: Credit) -> bool:
    """Every person each credit names is one the other names, a surname
    misspelled (at least one of them)."""
    if not a.speakers or not b.speakers or len(a.speakers) != len(b.speakers):
        return False
    return all(
        any(_one_person_misspelled(x.name, y.name) for y in b.speakers) for x in a.speakers
    ) and all(any(_one_person_misspelled(y.name, x.name) for x in a.speakers) for y in b.speakers)


def misspelled_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    """Two speakers of one quotation who are one person, a surname misspelled
    ("Jonathan Pryce" / "Jonathan Price"): no misattribution."""
    if a is None or b is None or not a.is_person or not b.is_person:
        return False
    return _one_person_misspelled(a.name or a.key, b.name or b.key)
