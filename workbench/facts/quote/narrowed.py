"""Words cut after a quotation's kept clause that narrow or answer it: a
conflict, not a question (session 36, fresh readers of authored events).

- A denial the speaker narrowed: "Stewards did not open that gate without an
  instruction" / "Stewards did not open that gate"; "A fine is not justice on
  its own, …" / "A fine is not justice"; "We will not reopen until March" /
  "We will not reopen". The kept words deny flatly what the speaker denied
  only in part or until a day.
- A "but" clause that answers the kept one further on in the sentence: "A
  fine is not justice on its own, but it is a start" / "A fine is not
  justice" turns a qualified welcome into a rejection (a "but" in the first
  words after the cut was read before, ``turncut.tail_turns``). Only a "but"
  that follows the kept clause with no clause of its own between ("…, and the
  crowd was pushing, but …" answers the crowd, not the kept words), never a
  "but" of exception ("nothing but praise").
"""

from __future__ import annotations

# Words after a denial that narrow it (read at the first word cut).
_NARROWING: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "without", "until", "till", "unless", "except", "alone", "entirely", "completely",
        "fully", "wholly", "necessarily", "on its own", "on their own", "on his own",
        "on her own", "by itself", "by themselves", "in itself", "in themselves",
        "in isolation",
    )
)  # fmt: skip
# A bound that only dates the denial ("not over yet", "no evidence at this
# stage") stays the question session 35 made it (a bound in time).
_DENIAL = frozenset(
    ["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without"]
)
# Words that open a clause of its own: a "but" after one answers that clause.
_OWN_CLAUSE = frozenset(
    ["and", "or", "so", "because", "while", "when", "where", "which", "who", "as", "if"]
)
# "but" after these is "except": "no choice but to strike", "nothing but praise"
_BUT_EXCEPT = frozenset(
    ["choice", "alternative", "option", "nothing", "anything", "everything", "all", "none"]
)
_CLAUSE_JOINS = frozenset(["and", "but", "or", "so", "because", "while", "although", "though"])


def _denies(kept: list[str]) -> bool:
    """The last clause of the kept words holds a negation."""
    joins = [k for k, w in enumerate(kept) if w in _CLAUSE_JOINS]
    clause = kept[joins[-1] + 1 :] if joins else kept
    return any(w in _DENIAL or w.endswith("n't") for w in clause)


def narrowed_denial(kept: list[str], tail: list[str]) -> bool:
    """The kept words deny, and the first words cut after them narrow the denial."""
    return _denies(kept) and any(tuple(tail[: len(p)]) == p for p in _NARROWING)


def answering_but(tail: list[str]) -> int:
    """Where a "but" that answers the kept clause stands in ``tail`` (the rest
    of its sentence), -1 when there is none."""
    for k, w in enumerate(tail):
        if w in _OWN_CLAUSE:
            return -1
        if w == "but" and k and tail[k - 1] not in _BUT_EXCEPT:
            return k
    return -1


def narrowing_tail(kept: list[str], tail: list[str]) -> tuple[str, int]:
    """("a narrowed denial", 0) or ("a contrast", index of the "but") when the
    words cut after ``kept`` narrow or answer it; ("", 0) otherwise."""
    if narrowed_denial(kept, tail):
        return "a narrowed denial", 0
    if (at := answering_but(tail)) > 0:
        return "a contrast", at
    return "", 0
