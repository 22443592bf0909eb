"""A quotation cut in two by the sentence splitter is one passage.

A speaker's words often run over a full stop inside the quotation marks:
“It's tough. I want to get out,” she said by telephone. The splitter makes two
sentences of it, the aligner pairs each half with the same half in the other
articles, and the grouping made two groups of one statement, which readers
marked the same claim (``same_as``; two of G9's split pairs: a quote cut after
"It's tough." and one cut after "describing the suspect as 'subdued.").

Here two groups become one, each member the two sentences of its source as one
passage (``Member.claims``, as a split sentence is), when:

- they share at least one source, and for every source both hold, the first
  group's member is a single sentence that leaves a quotation open at its end
  and the second group's member is the next sentence, which closes a quotation
  before opening one (``cut``);
- the merged group keeps one member per source: a source only one group holds
  keeps its sentence (it quoted only that half).

Nothing is compared by wording: the quotation marks say the two sentences are
one utterance. A member already of two sentences takes no third, so a
quotation cut twice stays in two groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Claim, ClaimGroup, Member

_OPEN = {"“": "d", "‘": "s", "«": "d"}
_CLOSE = {"”": "d", "’": "s", "»": "d"}
_STRAIGHT = {'"': "d", "'": "s"}
_ANY = re.compile(f"[{re.escape(''.join(_OPEN) + ''.join(_CLOSE) + ''.join(_STRAIGHT))}]")


def _marks(text: str) -> list[tuple[str, bool]]:
    """The quotation marks of a text in order: (family, opens). A straight
    mark opens after a space (or at the start) and before a non-space; it
    closes after a non-space. A single mark inside a word is an apostrophe
    ("it's", "Capaldi’s"), as is a closing single mark followed by a letter."""
    out = []
    for m in _ANY.finditer(text):  # the marks only, not every character in Python
        n, ch = m.start(), m.group()
        before = text[n - 1] if n else " "
        after = text[n + 1] if n + 1 < len(text) else " "
        if ch in _OPEN:
            out.append((_OPEN[ch], True))
        elif ch in _CLOSE or ch in _STRAIGHT:
            family = _CLOSE.get(ch) or _STRAIGHT[ch]
            after_space = before.isspace() or before in "([—-"
            opens = ch in _STRAIGHT and after_space and not after.isspace()
            if family == "s" and before.isalnum() and after.isalnum():
                continue  # an apostrophe inside a word
            if family == "s" and not opens and after.isalpha():
                continue
            out.append((family, opens))
    return out


def ends_open(text: str) -> bool:
    """Does the text leave a quotation open at its end?"""
    depth: dict[str, int] = {}
    for family, opens in _marks(text):
        depth[family] = 1 if opens else 0
    return any(depth.values())


def closes_first(text: str) -> bool:
    """Does the text close a quotation before opening one?"""
    seen: set[str] = set()
    for family, opens in _marks(text):
        if opens:
            seen.add(family)
        elif family not in seen:
            return True
    return False


def cut(first: str, second: str) -> bool:
    """Are two consecutive sentences one quotation the splitter cut in two?"""
    return ends_open(first) and closes_first(second)


def join_cut_quotes(
    groups: Sequence[ClaimGroup], claims: Sequence[Claim]
) -> tuple[ClaimGroup, ...]:
    """``groups`` with each two groups holding the halves of one cut quotation
    made one (see the module); renumbered g1, g2, … when any merged."""
    by_id = {c.id: c for c in claims}
    position = {c.id: n for n, c in enumerate(claims)}
    # each sentence and the next of its article that one quotation runs over
    after = {(c.article, c.index): c for c in claims}
    cuts = {
        (c.id, nxt.id)
        for c in claims
        if (nxt := after.get((c.article, c.index + 1))) is not None and cut(c.text, nxt.text)
    }
    live = list(groups)
    changed = False
    while cuts:
        pair = _next_pair(live, cuts)
        if pair is None:
            break
        i, j = pair
        live[i] = _merge(live[i], live[j], by_id, position)
        del live[j]
        changed = True
    if not changed:
        return tuple(groups)
    live.sort(key=lambda g: min(position[c] for m in g.members for c in m.claims))
    return tuple(replace(g, id=f"g{n}") for n, g in enumerate(live, 1))


def _next_pair(live: list[ClaimGroup], cuts: set[tuple[str, str]]) -> tuple[int, int] | None:
    """The first two groups (in order) holding the halves of a cut quotation."""
    starts, ends = {a for a, _ in cuts}, {b for _, b in cuts}
    firsts = [i for i, g in enumerate(live) if any(m.claims[0] in starts for m in g.members)]
    seconds = [j for j, g in enumerate(live) if any(m.claims[-1] in ends for m in g.members)]
    for i in firsts:
        for j in seconds:
            if i != j and _halves(live[i], live[j], cuts):
                return i, j
    return None


def _halves(first: ClaimGroup, second: ClaimGroup, cuts: set[tuple[str, str]]) -> bool:
    """Does every source both groups hold say the first half of a cut
    quotation in ``first`` and its second half in ``second``?"""
    theirs = {m.article: m for m in second.members}
    shared = 0
    for m in first.members:
        other = theirs.get(m.article)
        if other is None:
            continue
        if len(m.claims) != 1 or len(other.claims) != 1:
            return False
        if (m.claims[0], other.claims[0]) not in cuts:
            return False
        shared += 1
    return shared > 0


def _merge(
    first: ClaimGroup, second: ClaimGroup, by_id: dict[str, Claim], position: dict[str, int]
) -> ClaimGroup:
    """One group: a source of both gets its two sentences as one passage;
    members in the articles' order (``position`` of each claim)."""
    theirs = {m.article: m for m in second.members}
    members: list[Member] = []
    for m in first.members:
        other = theirs.pop(m.article, None)
        if other is None:
            members.append(m)
            continue
        ids = tuple(sorted({*m.claims, *other.claims}, key=lambda c: by_id[c].index))
        again = tuple(sorted({*m.restated, *other.restated}, key=lambda c: by_id[c].index))
        members.append(Member(m.article, ids, round((m.score + other.score) / 2, 3), again))
    members.extend(theirs.values())
    members.sort(key=lambda m: position[m.claims[0]])
    have = {m.article for m in members}
    near = tuple(sorted((set(first.aligned) | set(second.aligned)) - have))
    return replace(first, members=tuple(members), aligned=near)
