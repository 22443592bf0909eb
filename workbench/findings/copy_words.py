"""Why some sources count as one, in the words an editor uses.

Trial 37: ``check`` said "5 independent sources among 6" and listed The Age as
a copy of CNN, USA Today *and* NBC News; a finding then called NBC News, The
Age and USA Today "2 independent". The numbers were right (one rewrite of wire
copy shares wording with several outlets, and counts once with each of them,
``copies.independent_sources``) but nothing said so. Every place that counts
independent sources — ``check``, the report and the window's panel — says it
with these sentences: "The Age shares long passages with CNN, USA Today and
NBC News — probably one wire story; counted once".

Links are told around the source that has the most of them (the rewrite), each
link once; a link of two sources alone is told as a pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..model import CopyLink
from .copies import SAME_OUTLET, SHARED_WORDING


def names_list(names: Sequence[str]) -> str:
    """ "CNN", "CNN and NBC News", "CNN, USA Today and NBC News"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _how(link: CopyLink) -> str:
    """What two linked sources have in common: "passages", "outlet: X" (one
    newsroom) or "agency: AP" (the same agency credited)."""
    if link.shared:
        return "passages"
    parts = link.credit.split("; ") if link.credit else []
    if any(p.startswith(SHARED_WORDING) for p in parts):
        return "passages"
    same = next((p[len(SAME_OUTLET) :] for p in parts if p.startswith(SAME_OUTLET)), "")
    if same:
        return f"outlet: {same}"
    agencies = [p for p in parts if p and not p.startswith((SAME_OUTLET, SHARED_WORDING))]
    return f"agency: {', '.join(agencies)}" if agencies else "passages"


def _said(hub: str, others: list[str], how: str) -> str:
    many = len(others) > 1
    if how.startswith("outlet: "):
        return f"{hub} and {names_list(others)} are one newsroom ({how[8:]}); counted once"
    if how.startswith("agency: "):
        verb = "do" if many else "does"
        return (
            f"{hub} credits {how[8:]}, as {verb} {names_list(others)} — "
            "one agency story; counted once"
        )
    if many:
        return (
            f"{hub} shares long passages with {names_list(others)} — probably one wire "
            "story; counted once"
        )
    return (
        f"{hub} and {others[0]} share long passages — probably one wire story; "
        "counted as one source"
    )


def counted_once(
    sources: Iterable[str], links: Sequence[CopyLink], names: Mapping[str, str]
) -> list[str]:
    """One sentence per source that copies others among ``sources`` (article
    ids; ``names`` their outlets): the links between them, each told once,
    around the source with most links first."""
    order = list(dict.fromkeys(sources))  # a newsroom's sources in the order given
    have = set(order)
    every: dict[str, int] = {}  # a tie goes to the source with most links of all (the rewrite)
    for x in links:
        for a in (x.left, x.right):
            every[a] = every.get(a, 0) + 1
    left = [x for x in links if x.left in have and x.right in have and x.left != x.right]
    lines, left = _newsrooms(order, left, names)
    while left:
        degree: dict[str, int] = {}
        for x in left:
            for a in (x.left, x.right):
                degree[a] = degree.get(a, 0) + 1
        hub = min(degree, key=lambda a: (-degree[a], -every[a], names.get(a, a), a))
        mine = [x for x in left if hub in (x.left, x.right)]
        by_how: dict[str, list[str]] = {}
        for x in mine:
            other = x.right if x.left == hub else x.left
            by_how.setdefault(_how(x), []).append(names.get(other, other))
        for how, others in by_how.items():
            lines.append(_said(names.get(hub, hub), others, how))
        left = [x for x in left if x not in mine]
    return lines


def is_newsroom(link: CopyLink) -> bool:
    """Two reports of one outlet, no passage shared: one newsroom, no copy
    (trial 45: three BBC stories of three days, the fire, the charge and the
    plea, were said to "copy one story")."""
    return _how(link).startswith("outlet: ")


def _newsrooms(
    order: list[str], links: list[CopyLink], names: Mapping[str, str]
) -> tuple[list[str], list[CopyLink]]:
    """One sentence per newsroom naming all its sources, and the links left
    to tell: trial 45 read "14_1, 14_2 and 14_3 are one newsroom" and then
    "14_2 and 14_3 are one newsroom" again (the hub took two links, the
    third was told as a pair of its own)."""
    rooms: dict[str, list[str]] = {}
    for x in (x for x in links if is_newsroom(x)):
        room = rooms.setdefault(_how(x)[8:], [])
        room += [a for a in (x.left, x.right) if a not in room]
    lines = []
    for outlet, members in rooms.items():
        told = [names.get(a, a) for a in sorted(members, key=order.index)]
        lines.append(f"{names_list(told)} are one newsroom ({outlet}); counted once")
    return lines, [x for x in links if not is_newsroom(x)]


def independent_words(
    count: int, sources: Sequence[str], links: Sequence[CopyLink], names: Mapping[str, str]
) -> str:
    """ "2 independent: The Age shares long passages with USA Today and NBC
    News — probably one wire story; counted once" for a version stated by
    ``sources`` of which ``count`` are independent; "" when all are."""
    if count >= len(set(sources)):
        return ""
    why = counted_once(sources, links, names)
    return f"{count} independent" + (f": {'; '.join(why)}" if why else "")
