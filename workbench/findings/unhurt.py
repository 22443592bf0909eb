"""Nobody (else) was hurt: one claim in many wordings.

A report of a shooting, a fire or a crash says that nobody else came to harm,
and each outlet says it in its own words: "Fanning said no one else was
injured", "The other people at the office party were able to escape without
injury, Fanning said", "'... all the other people in the business managed to
get out safely,' Fanning said". The aligner scores the wording, and these share
almost none (lexical similarity 0.13-0.19, embedding mix 0.25-0.36 on ECB+
18_ecb): every wording started a group of its own, and development readers G4,
G5 and G9 marked the three groups one claim (``same_as``).

The claim is recognised by what it says, not by its words: a sentence whose
main statement is that no one (else) was hurt, injured, harmed or killed, that
there were no (other) injuries, or that the others escaped or got out safely,
unhurt or without injury. Two groups each of whose sentences all state it join
(``join_unhurt``): sources of only one group become members, and a source both
hold keeps the larger group's passage, the other sentence becoming its
restatement (``Member.restated``). Sentences ``apart`` (another occasion, a
side part of a sentence, ...) never join. A sentence that merely wonders
whether anyone was hurt ("it was not clear if anyone was hurt"), or that says
somebody was, does not state it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Claim, ClaimGroup, Member

Apart = Callable[[str, str], bool]

_S = r"[ \u00a0]+"
_HARM = r"(?:hurt|injured|harmed|wounded|killed|hit)"
_WHO = rf"(?:no{_S}one|no-one|nobody|none|no{_S}other{_S}(?:person|people|one|\w+s))"
_NOBODY = re.compile(
    rf"\b{_WHO}(?:{_S}else)?(?:{_S}of{_S}(?:the|them|us)(?:{_S}\w+){{0,2}})?"
    rf"{_S}(?:(?:was|were|is|are|has|had|have){_S})?"
    rf"(?:(?:appear|appears|appeared|seem|seemed|seems){_S}to{_S}(?:be|have{_S}been){_S})?"
    rf"(?:been{_S})?(?:(?:seriously|badly|critically|physically){_S})?{_HARM}\b",
    re.IGNORECASE,
)
_NONE = re.compile(
    rf"\bno{_S}(?:(?:other|further|serious|reported){_S})?(?:injuries|injury|casualties)\b",
    re.IGNORECASE,
)
_SAFE = re.compile(
    rf"\b(?:escaped|escape|escaping|got|get|getting|made|make|walked|came|were{_S}evacuated)"
    rf"(?:{_S}(?:out|it{_S}out|away))?(?:{_S}\w+){{0,2}}?{_S}"
    rf"(?:safely|unhurt|unharmed|uninjured|unscathed|without{_S}(?:an{_S})?injur(?:y|ies))\b",
    re.IGNORECASE,
)
# "the other passengers were unhurt", "everyone else was safe", "others escaped injury"
_ALL = re.compile(
    rf"\b(?:everyone|everybody|all|others|the{_S}(?:other|remaining|rest))\b[^.;,]{{0,40}}?"
    rf"(?:{_S}(?:was|were|are|is)(?:{_S}(?:all|reported|said{_S}to{_S}be))?{_S}"
    rf"(?:unhurt|unharmed|uninjured|safe|not{_S}(?:hurt|injured|harmed))|{_S}escaped{_S}injury)\b",
    re.IGNORECASE,
)
# "if no one was hurt", "whether nobody else was injured": wondered, not stated
_DOUBT = re.compile(rf"\b(?:whether|if|unless){_S}$", re.IGNORECASE)
# "most of the other workers got out safely": some did not
_SOME = re.compile(r"\b(?:most|some|many|several|few|half)\b[^,;.]*$", re.IGNORECASE)


def nobody_hurt(text: str) -> bool:
    """Does the sentence state that nobody (else) was hurt?"""
    found = [m for rx in (_NOBODY, _NONE, _SAFE, _ALL) for m in rx.finditer(text)]
    if not found:
        return False
    # a statement the sentence makes, not one it wonders about
    return any(
        not _DOUBT.search(text[max(0, m.start() - 12) : m.start()])
        and not (m.re in (_SAFE, _ALL) and _SOME.search(text[max(0, m.start() - 60) : m.start()]))
        for m in found
    )


def join_unhurt(
    groups: Sequence[ClaimGroup], claims: Sequence[Claim], apart: Apart | None = None
) -> tuple[ClaimGroup, ...]:
    """``groups`` with every two groups whose sentences all state that nobody
    (else) was hurt made one (see the module); renumbered g1, g2, … when any
    joined. ``apart``: two claims (ids) that never share a group."""
    by_id = {c.id: c for c in claims}
    position = {c.id: n for n, c in enumerate(claims)}
    told: dict[str, bool] = {}

    def states(g: ClaimGroup) -> bool:
        for c in (c for m in g.members for c in (*m.claims, *m.restated)):
            if c not in told:
                told[c] = nobody_hurt(by_id[c].text)
            if not told[c]:
                return False
        return True

    live = [g for g in groups]
    changed = False
    n = 0
    while n < len(live):
        joined = False
        if states(live[n]):
            for m in range(n + 1, len(live)):
                if states(live[m]) and not _kept_apart(live[n], live[m], apart):
                    live[n] = _join(live[n], live[m], by_id, position)
                    del live[m]
                    joined = changed = True
                    break
        if not joined:
            n += 1
    if not changed:
        return tuple(groups)
    live.sort(key=lambda g: min(position[c] for m in g.members for c in m.claims))
    return tuple(replace(g, id=f"g{k}") for k, g in enumerate(live, 1))


def _ids(g: ClaimGroup) -> list[str]:
    return [c for m in g.members for c in (*m.claims, *m.restated)]


def _kept_apart(a: ClaimGroup, b: ClaimGroup, apart: Apart | None) -> bool:
    return apart is not None and any(apart(x, y) for x in _ids(a) for y in _ids(b))


def _join(
    a: ClaimGroup, b: ClaimGroup, by_id: dict[str, Claim], position: dict[str, int]
) -> ClaimGroup:
    """One group: the larger group's members (the first on a tie) keep their
    passages; the other's sentences of a source both hold become restatements."""
    large, small = (b, a) if len(b.members) > len(a.members) else (a, b)
    extra = {m.article: (*m.claims, *m.restated) for m in small.members}
    members: list[Member] = []
    for m in large.members:
        more = extra.pop(m.article, ())
        again = sorted({*m.restated, *more}, key=lambda c: by_id[c].index)
        members.append(replace(m, restated=tuple(again)))
    members.extend(m for m in small.members if m.article in extra)
    members.sort(key=lambda m: position[m.claims[0]])
    have = {m.article for m in members}
    near = tuple(sorted((set(a.aligned) | set(b.aligned)) - have))
    return replace(large, members=tuple(members), aligned=near)
