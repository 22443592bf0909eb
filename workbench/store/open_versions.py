"""A finding a decision left partly open, told by its versions, never by
pair ids (user trial 49, problem 4: after "Correct in 28_11" the LaRue
finding showed "left open, two versions neither of which is named: the
pairs 28_12ecbplus / 28_1ecbplus (63723dc2c0); …", and closing the garbled
'412 months' took four pair ids on the command line).

The pairs left open join two versions no decision names; the one stated by
fewer sources is the dissenting version, named with its value and sources,
against the versions it disagrees with, and how to decide it: name its
article too (``review F… --status needs-correction --article A``; the
window's Correct in), which decides its pairs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def letter(k: int) -> str:
    """A version's letter, as ``store.covered`` and ``review F…`` letter them."""
    return chr(ord("A") + k) if k < 26 else "?"


OpenVersion = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # letter, value, sources, against


def open_versions(
    pairs: Iterable[tuple[str, str]], versions: Sequence, named: Iterable[str] = ()
) -> list[OpenVersion]:
    """The version of each open pair (``pairs``: its two articles) still to
    decide, each once, with its sources not ``named`` yet and the letters
    of the versions it is open against, in the finding's order. Of a pair,
    the version holding an article already named (its other sources stand
    with it), else the one fewer sources state."""
    at = {a: k for k, v in enumerate(versions) for a in v.sources}
    named = set(named)
    asked = {at[a] for a in named if a in at}
    against: dict[int, set[int]] = {}
    for left, right in pairs:
        if left not in at or right not in at or at[left] == at[right]:
            continue
        two = (at[left], at[right])
        one, other = sorted(two, key=lambda k: (k not in asked, len(versions[k].sources), -k))
        against.setdefault(one, set()).add(other)
    out = []
    for k in sorted(against):
        sources = tuple(a for a in versions[k].sources if a not in named) or versions[k].sources
        letters = tuple(letter(o) for o in sorted(against[k]))
        out.append((letter(k), versions[k].value, sources, letters))
    return out


def open_words(found: list[OpenVersion], finding_id: str = "") -> str:
    """ "D ‘412 months’ (28_8ecbplus) against A, B; … — name its article
    too to decide it: workbench review F… --status needs-correction
    --article 28_8ecbplus" ('' when there is none)."""
    if not found:
        return ""
    said = "; ".join(
        f"{x} ‘{value}’ ({', '.join(sources)}) against {', '.join(against)}"
        for x, value, sources, against in found
    )
    first = found[0][2][0]
    how = f"workbench review {finding_id} " if finding_id else ""
    return (
        f"{said} — name its article too to decide it ({how}--status needs-correction "
        f"--article {first}; in the window, Correct in)"
    )
