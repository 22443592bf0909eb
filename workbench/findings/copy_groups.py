"""Who counts once with whom, in a line: the short form of ``copy_words``.

User trial 47: ``check`` of 16 articles printed its 7 findings, then a
33-line "Independence" block (a sentence per source that copies others, then
every linked pair with its shared wording), and under each finding a
"Counted once: …" of up to five sentences, the same links told around each
hub. The findings must stay what an editor sees first. The sets that
``copies.independent_sources`` counts once (sources every two of which are
linked) are named instead, grouped: "ECB+ 18_13ecb, ECB+ 18_4ecb and ECB+
18_5ecb; ECB+ 18_9ecb and ECB+ 18_15ecb". Their number, with the sources
alone, is the count of independent sources, so the line and the count agree
by construction. Each pair and why it is linked stays in ``workbench
coverage`` and the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..model import CopyLink
from .copies import counted_together
from .copy_words import _how, names_list

PASSAGES = "shared passages"


def copy_groups(
    sources: Iterable[str], links: Sequence[CopyLink], names: Mapping[str, str]
) -> list[tuple[str, str]]:
    """Each set of two or more of ``sources`` that counts once: its members
    named in the order given, and what they share ("one newsroom:
    bbc.co.uk", "one agency story: AP", else ``PASSAGES``); the largest
    first; [] when every source is independent."""
    order = list(dict.fromkeys(sources))
    groups = [g for g in counted_together(order, links) if len(g) > 1]
    groups.sort(key=lambda g: (-len(g), min(order.index(a) for a in g)))
    out = []
    for g in groups:
        members = sorted(g, key=order.index)
        out.append((names_list([names.get(a, a) for a in members]), _kind(g, links)))
    return out


def counted_once_line(groups: Sequence[tuple[str, str]]) -> str:
    """ "Counted once, sharing long passages: A, B and C; D and E", or with
    each group's kind when they differ ("A and B (one newsroom: bbc.co.uk);
    C and D (shared passages)"); "" for no group."""
    if not groups:
        return ""
    if all(kind == PASSAGES for _, kind in groups):
        return "Counted once, sharing long passages: " + "; ".join(n for n, _ in groups)
    return "Counted once: " + "; ".join(f"{n} ({kind})" for n, kind in groups)


def _kind(group: Sequence[str], links: Sequence[CopyLink]) -> str:
    """What the group shares: "one newsroom: bbc.co.uk" or "one agency
    story: AP" when every link inside it says so, else ``PASSAGES``: never
    "copies" for one newsroom's own stories (trial 45: three BBC reports of
    three days were said to copy one story)."""
    have = set(group)
    hows = {_how(x) for x in links if x.left in have and x.right in have}
    for kind, words in (("outlet: ", "one newsroom"), ("agency: ", "one agency story")):
        if hows and all(h.startswith(kind) for h in hows):
            return f"{words}: {', '.join(sorted({h[len(kind) :] for h in hows}))}"
    return PASSAGES


def copies_short(
    versions: Iterable[tuple[Sequence[str], int]],
    links: Sequence[CopyLink],
    names: Mapping[str, str],
) -> str:
    """A finding's "Counted once, sharing long passages: A, B and C; D and
    E." for the versions (each one's sources and how many are independent)
    whose sources do not all count; each group said once; "" when every
    source is independent."""
    said: list[tuple[str, str]] = []
    for sources, independent in versions:
        have = list(dict.fromkeys(sources))
        if independent < len(have):
            said += [g for g in copy_groups(have, links, names) if g not in said]
    return counted_once_line(said) + "." if said else ""
