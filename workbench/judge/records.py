"""The counts of a fighter's or team's record (issue 11, trial 28): "Klitschko
(52-3, 46 KOs)" against "Klitschko, 53-3, 47 KO's". Each number of a record is
compared with its counterpart in the other record of the same owner — wins with
wins, losses with losses — and never with a count that is no record ("46 wins by
knockout") nor with another owner's record in the same sentence. Two CANDIDATE
rows: one owner's record counts go on to their fact module (their clauses share
no words: "(52-3" / ", 53-3,"), every other pairing of a record count is skipped;
one PAIRING row keeps a conflict of one owner's records though the words around
the numbers agree on nothing."""

from __future__ import annotations

import re

from ..facts.quantity.records import find_records, record_span
from ..facts.whose import owner_of
from .cases import CandidateCase, PairingCase
from .family_helpers import of_record
from .stages import CANDIDATE, PAIRING, Outcome, Rule


def _records(c: CandidateCase) -> tuple[bool, bool]:
    return of_record(c.x), of_record(c.y)


def _same_owner(c: CandidateCase) -> bool:
    """Both records name one owner, or one names its owner and the other
    sentence names that owner too ("the Ukrainian-born fighter" beside
    "Klitschko"): a record whose owner is named nowhere in the other sentence
    ("Rahman … is now 10-5-2" against "Klitschko, 53-3") is someone else's."""
    a, b = c.owners
    if a and b:
        return bool(set(a) & set(b))
    if c.claims is None:
        return False
    if not (a or b):  # "Cheeks is 122-147 …" / "Cheeks compiled a 162-139 record …"
        return bool(_names(c.claims[0].text) & _names(c.claims[1].text))
    other = (c.claims[1] if a else c.claims[0]).text.lower()
    return any(w in other for w in (a or b))


def _names(text: str) -> set[str]:
    """The capitalised words of a sentence past its first word."""
    return {w.lower() for w in re.findall(r"(?<=[ \u00a0(])[A-Z][\w'-]{2,}", text)}


def _one_record_each(c: CandidateCase) -> bool:
    """Neither sentence gives two records of one side for its owner ("the
    Jaguars (5-10) … fell to 2-6 at home": the season's and the home record —
    which of them the other sentence's record is, the words do not say)."""
    if c.claims is None:
        return False
    side = c.x.value.get("counted")
    for claim in c.claims:
        owners = [
            set(owner_of(claim.text, m.start, m.end)[0])
            for m in find_records(claim.text)
            if m.counted == side
        ]
        for i, a in enumerate(owners):
            if any(not a or not b or a & b for b in owners[i + 1 :]):
                return False
    return True


def _same_span(c: CandidateCase) -> bool:
    """Neither record covers another span than the other says: a career's
    record ("an overall record of 284-286") or the last few games' ("2-8 in
    their last ten") is not a season's or a stint's ("122-147 in three-plus
    seasons")."""
    if c.claims is None:
        return False
    ca, cb = c.claims
    return record_span(ca.text, c.x.start - ca.start) == record_span(cb.text, c.y.start - cb.start)


def one_owners_record(c: CandidateCase) -> bool:
    """Both counts of the same side of records of one owner (or of an owner one
    sentence leaves unnamed) over one span."""
    a, b = _records(c)
    return (
        a
        and b
        and c.x.value.get("counted") == c.y.value.get("counted")
        and _same_owner(c)
        and _one_record_each(c)
        and _same_span(c)
    )


def record_apart(c: CandidateCase) -> bool:
    """A record's count against a count that is no record, another side of a
    record, or another owner's record."""
    a, b = _records(c)
    return (a or b) and not one_owners_record(c)


ONE_RECORD = Rule(
    "one_owners_record",
    CANDIDATE,
    one_owners_record,
    Outcome.KEEP,
    "two records of one fighter or team ('Klitschko (52-3, 46 KOs)' / 'Klitschko, 53-3, "
    "47 KO's') compare number by number, wins with wins and losses with losses, though "
    "the words around a record's numbers are few; their fact module decides",
    "tests/test_s19_sports.py::test_one_owners_records_are_compared; ECB+ 07_ecb (trial 28: "
    "'53-3, 47 KO's' against '(52-3, 46 KOs)' never flagged)",
)

RECORD_APART = Rule(
    "record_apart",
    CANDIDATE,
    record_apart,
    Outcome.SKIP,
    "a count of a record is compared only with the same side of the same owner's record: "
    "not with another fighter's record in the same sentence, nor a count that is no "
    "record ('a remarkable 46 wins by knockout')",
    "tests/test_s19_sports.py::test_records_of_two_owners_are_not_compared",
)


def one_record_paired(c: PairingCase) -> bool:
    """Two counts of one side of records, which the CANDIDATE rows let through."""
    return (
        c.x is not None
        and c.y is not None
        and of_record(c.x)
        and of_record(c.y)
        and c.x.value.get("counted") == c.y.value.get("counted")
    )


RECORD_PAIRED = Rule(
    "one_record_paired",
    PAIRING,
    one_record_paired,
    Outcome.KEEP,
    "the numbers of two records of one owner stand among figures, not words ('improved "
    "the Ukrainian-born fighter to 52-3' / 'took Klitschko's record to 53-3'): their "
    "differing wins are a conflict though the words around them agree on little",
    "tests/test_s19_sports.py::test_one_owners_records_are_compared",
)
