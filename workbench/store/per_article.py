"""Each article asked by a decision on a finding gets its own proposed
correction, or none: never another article's sentence (user trial 49,
problem 3). Trial 49 chose "Correct in 28_11" with UPI's wording ("after
serving four and a half months ..."), then named 28_12 and 28_5: the
report proposed UPI's sentence to the LA Times and the Boston Globe, whose
sentences hold none of those words, and a second ``--correction`` was
refused.

A correction is stored per pair, with the article the pair asks; an
article's correction is what its pairs hold. ``texts`` says what each pair
is to hold after a decision: the text given for its article in this
decision (``Change.corrections``, or the one ``Change.correction`` for every
article named when no article has its own), else the text the article is
owed from before, else none. Old logs need nothing: each pair already
holds one article and one text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .reviews import ASKS


def owed_texts(members: Iterable) -> dict[str, str]:
    """The correction each article is owed now: the latest text held by a
    pair that asks it (``correct_article``, a decision that asks)."""
    latest: dict[str, tuple[str, str]] = {}
    for m in members:
        if m.status in ASKS and m.correct_article and m.correction:
            seen = latest.get(m.correct_article)
            if seen is None or m.updated >= seen[0]:
                latest[m.correct_article] = (m.updated, m.correction)
    return {a: text for a, (_, text) in latest.items()}


def texts(
    members: Iterable,
    asked: Mapping[str, str],
    given: Mapping[str, str],
) -> dict[str, str]:
    """The correction each pair (by id) holds after the decision: ``asked``
    maps a pair to the article it now asks; ``given`` the texts typed in this
    decision by article. An article given nothing keeps what it was owed, and
    a pair that asked another article before loses that article's text."""
    members = list(members)
    before = owed_texts(members)
    return {
        m.id: given.get(a, before.get(a, _own(m, a)))
        for m in members
        if (a := asked.get(m.id)) is not None
    }


def _own(m, article: str) -> str:
    """A pair's text for ``article``: what it holds, unless that was
    proposed to another article (typed before any article was chosen, it
    is this one's)."""
    return m.correction if not m.correct_article or m.correct_article == article else ""


def by_article(correction: str | None, named: Iterable[str], own: Mapping[str, str]) -> dict:
    """The texts typed in a decision by article: each article's own
    (``--article A --correction T``); a correction given for no article in
    particular goes to every article named that has none of its own."""
    given = dict(own)
    if correction is not None:
        for a in named:
            given.setdefault(a, correction)
    return given
