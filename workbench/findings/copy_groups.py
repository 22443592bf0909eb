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


def counting_links(sources: Iterable[str], links: Sequence[CopyLink]) -> tuple[CopyLink, ...]:
    """The links the count of independent sources stands on: those inside
    the sets ``counted_together`` makes of every source checked. A finding
    counts its versions' sources with these, so its "N independent" names
    the groups the summary names (user trial 48: a finding said "9_3 and
    9_9 counted once" while check's one line, counting all 13 sources, had
    9_3 with 9_4 and 9_11, and 9_9 alone: copying is not passed on, so a
    source linked to two groups counts in one of them)."""
    home = {a: n for n, g in enumerate(counted_together(sources, links)) for a in g}
    return tuple(x for x in links if x.left in home and home[x.left] == home.get(x.right))


def apart_links(sources: Iterable[str], links: Sequence[CopyLink]) -> tuple[CopyLink, ...]:
    """Links between two sources counted apart (each in another group, or
    one alone): said beside the groups, never left out in silence."""
    have = set(sources)
    inside = set(counting_links(have, links))
    return tuple(x for x in links if x not in inside and x.left in have and x.right in have)


def apart_line(sources: Iterable[str], links: Sequence[CopyLink], names: Mapping[str, str]) -> str:
    """ "Also linked, but counted as separate sources (copying is not passed
    on): ECB+ 9_3 and ECB+ 9_9"; "" when every link is inside a group."""
    apart = apart_links(sources, links)
    if not apart:
        return ""
    pairs = [f"{names.get(x.left, x.left)} and {names.get(x.right, x.right)}" for x in apart]
    return "Also linked, but counted as separate sources (copying is not passed on): " + "; ".join(
        pairs
    )


def group_sentences(
    sources: Iterable[str], links: Sequence[CopyLink], names: Mapping[str, str]
) -> list[str]:
    """The report's "Sources counted once", one sentence per group that the
    count stands on, then the links counted apart: the groups check's one
    line names, in the same words."""
    order = list(sources)
    out = []
    for members, kind in copy_groups(order, links, names):
        what, _, who = kind.partition(": ")  # "one newsroom: bbc.co.uk"
        what = (
            "share long passages — probably one wire story"
            if kind == PASSAGES
            else f"are {what} ({who})"
        )
        out.append(f"{members} {what}; counted once")
    if apart := apart_line(order, links, names):
        out.append(apart)
    return out


def _apart_among(
    versions: Iterable[Sequence[str]], apart: Sequence[CopyLink], names: Mapping[str, str]
) -> str:
    """A finding's links counted apart between two sources of one of its
    versions, in ``apart_line``'s words: its "2 independent" then shows why
    it is not 1."""
    pairs: list[CopyLink] = []
    for sources in versions:
        have = set(sources)
        pairs += [x for x in apart if x.left in have and x.right in have and x not in pairs]
    if not pairs:
        return ""
    said = [f"{names.get(x.left, x.left)} and {names.get(x.right, x.right)}" for x in pairs]
    return "Also linked, but counted as separate sources (copying is not passed on): " + "; ".join(
        said
    )


def copies_said(
    versions: Sequence[tuple[Sequence[str], int]],
    counted: Sequence[CopyLink],
    apart: Sequence[CopyLink],
    names: Mapping[str, str],
) -> list[str]:
    """What a finding says of its copies, in ``check`` and the window alike
    (``versions``: each one's sources and how many are independent;
    ``counted``/``apart``: ``counting_links``/``apart_links`` of every
    source): who counts once (``copies_short``), then the links counted
    apart. The window said it in ``copy_words``' long sentences, over every
    link, while check said this (user trial 48: two stories of one log)."""
    out = [copies_short(versions, counted, names)]
    if apart_words := _apart_among((v for v, _n in versions), apart, names):
        out.append(apart_words + ".")
    return [x for x in out if x]


def split_links(links: Sequence[CopyLink]) -> tuple[tuple[CopyLink, ...], tuple[CopyLink, ...]]:
    """(``counting_links``, ``apart_links``) of every source the links join:
    a source no link names counts alone whatever the order."""
    every = sorted({a for x in links for a in (x.left, x.right)})
    return counting_links(every, links), apart_links(every, links)
