"""A clause giving a reason or a consequence after a comma: quoted alone, it
stands as said.

"Both sides need to get back around the table today, not next week, because
every day this city stands still costs jobs" quoted as "every day this city
stands still costs jobs"; "We cannot keep the line open, so we are closing it
tonight" quoted as "we are closing it tonight". In "A, because B" and "A, so B"
the speaker asserts B whatever A carries: a negation or a hedge in A governs A
("not next week"), never the reason or the outcome told after the comma.
Session 41 (issue 11, unresolved precision): readers of the authored transit
strike judged every such cut left as a question wrong ("'not next week' belongs
to the dropped first clause and doesn't reach the kept 'because ...' clause").

Only with a clause break right before the word: "not because of the money but
…" or "did not resign because of the scandal" put the reason under the
negation, and nothing here applies. The words cut between the word and the kept
ones may only be a subject and an auxiliary the reporter gives in their own
words, or words the reporter writes outside the marks (conceded._restated), and
carry no turning word.
"""

from __future__ import annotations

from .conceded import restated
from .cutwords import cues

# Words that open a clause of reason or consequence after a comma
REASONS = frozenset(["because", "so"])


def after_reason(head: list[str], breaks: frozenset[int], outside: list[str]) -> bool:
    """``head`` (the words cut before the kept ones, from the quote's start;
    ``breaks``: the quote's clause breaks, token indexes) ends in "…, because"
    or "…, so" and at most words the reporter restates: what the earlier clause
    carries does not reach the kept words."""
    at = max((k for k, w in enumerate(head) if w in REASONS and k in breaks), default=-1)
    if at <= 0:
        return False
    rest = head[at + 1 :]
    return not cues(rest, False) and restated(rest, outside)
