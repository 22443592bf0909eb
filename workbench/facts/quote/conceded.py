"""A clause conceded before a 'but': the words quoted after it stand as said.

"A protection relay operated as it was designed to, but the system did not hold
together" quoted as "the system did not hold together"; "We have not dismantled
this network entirely, but we have taken out its leadership" quoted as "taken
out its leadership". Both clauses of "A, but B" are asserted: what the first
carries (its negation, its hedge) governs it, never the second, and the 'but'
only sets B against A. Session 40 (issue 11): readers of the authored blackout,
transit strike and police raids events judged every such cut, left as a
question, wrong or borderline: the text settles it. The words cut between the
'but' and the kept ones may only be a subject and an auxiliary the reporter
gives in their own words ('police had "taken out …"'), or words the reporter
writes outside the marks ('said an offer below inflation was "a pay cut …"'),
and carry no turning word. Without a clause break before the 'but' ("not the
relay but the software") the 'but' corrects, and nothing here applies; nor
after a few words that answer for the kept ones ("Not yet, but the line will
reopen soon"), nor when the conceded clause speaks of the speaker's certainty
("I cannot promise anything, but …", "I may be wrong, but …"): those reach
what follows.
"""

from __future__ import annotations

from .cutwords import cues

# The fewest words of a conceded clause: "Not yet, but …", "Maybe not, but …"
# answer for the kept words, no statement of their own
CLAUSE_WORDS = 4
# Words that open the second clause of "A, but B"
_CONCEDING = frozenset(["but", "yet"])
# A subject and an auxiliary the reporter may restate in their own words
_SUBJECTS = frozenset(["i", "we", "you", "he", "she", "they", "it"])
# A conceded clause about how sure the speaker is: it hedges the kept words too
_SURETY_TEXT = "promise promised guarantee guaranteed sure certain know knows say tell predict rule"
_SURETY = frozenset((_SURETY_TEXT + " speculate pretend claim").split())
_BEING = frozenset(["be", "am", "i'm", "been"])  # "I may be wrong, but …"
_AUXILIARIES_TEXT = "have has had will is are was were am do does did we've i've they've we'll"
_AUXILIARIES = frozenset((_AUXILIARIES_TEXT + " i'll they'll it's we're they're").split())


def restated(words: list[str], outside: list[str]) -> bool:
    """The words between the 'but' and the kept ones are none, a pronoun and/or
    an auxiliary, or words the reporter writes outside the marks."""
    if not words:
        return True
    if len(words) <= 2 and all(w in _SUBJECTS | _AUXILIARIES for w in words):
        return words[-1] in _AUXILIARIES or len(words) == 1
    return any(w in outside for w in words if len(w) >= 4)


def after_concession(head: list[str], breaks: frozenset[int], outside: list[str]) -> bool:
    """``head`` (the words cut before the kept ones, from the quote's start;
    ``breaks``: the quote's clause breaks, token indexes) ends in "…, but" and
    at most words the reporter restates: whatever the earlier clause carries
    does not reach the kept words."""
    at = max((k for k, w in enumerate(head) if w in _CONCEDING and k in breaks), default=-1)
    if at <= 0:
        return False
    said = head[max((k for k in breaks if k < at), default=0) : at]
    if len(said) < CLAUSE_WORDS:  # "Not yet, but the line will reopen": no clause of its own
        return False
    if any(
        w in _SURETY or (w == "wrong" and k and said[k - 1] in _BEING) for k, w in enumerate(said)
    ):
        return False
    rest = head[at + 1 :]
    return not cues(rest, False) and restated(rest, outside)
