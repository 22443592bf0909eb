"""Very large articles are read in time linear in their length (session 25:
a 3.9 MB article took 4 min 45 s in ``check``; a 5 MB one-line article 87.5 s
of CPU). Two passes rescanned: every capitalised name of a paragraph was
looked for in every quote of the article (a one-line article is one paragraph
holding them all), and the owned-figures pass joined each article's text
anew for every claim. Their results must not change: each is checked against
the plain reading, and the work (Python calls counted, not timed: the machine
is shared) must grow with the text, not with its square."""

from __future__ import annotations

import random
import sys
from datetime import date
from types import SimpleNamespace

import pytest

from workbench.analysis import analyze
from workbench.facts.quote import find as quote_find
from workbench.judge import owned
from workbench.model import Article

STORY = (
    'Mr Kirby said "We will rebuild the mill," and Kirby added that Obama had called. '
    '"It was a hard night," said Ms Ellery. Ellery and Kirby met Obama on Monday, '
    "when 12 people were hurt and the company offered $4 million. "
)


def _calls(fn, *args) -> int:
    """How many Python function calls (and generator steps) ``fn`` makes."""
    count = 0

    def tally(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(tally)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return count


def test_finding_quotes_in_one_long_paragraph_grows_linearly():
    small, large = STORY * 60, STORY * 240
    ratio = _calls(quote_find.find_quotes, large) / _calls(quote_find.find_quotes, small)
    assert ratio < 5.0, ratio  # 4 when linear; the rescan made it 9 here, 16 in the limit


def _inside_any(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in quotes)


def test_names_inside_quotes_are_told_as_before():
    """The bisection over the quotes' spans answers as the plain scan did,
    for nested, overlapping, touching and unsorted spans."""
    rng = random.Random(25)
    words = ["Kirby", "Obama", "Ellery", "the", "mill", "Smith"]
    people = {"kirby": "Kirby", "obama": "Barack Obama", "ellery": "Ann Ellery"}
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
        quotes = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, len(text))
            quotes.append((s, min(len(text), s + rng.randint(0, 40))))
        got = quote_find._mentions(text, 0, len(text), quotes, people)
        want = [
            (m.start(), m.group(0).lower())
            for m in quote_find._CAPITALISED.finditer(text)
            if m.group(0).lower() in people and not _inside_any(m.start(), quotes)
        ]
        assert got == want, (text, quotes)


def test_owned_figures_read_each_article_joined_once():
    """The joined text and the 600 characters before each claim are those the
    claim-by-claim join gave, for two articles read together."""

    def article(name: str, text: str) -> Article:
        return Article(name, f"{name}.md", name, "", date(2021, 6, 1), "", text, name)

    analysis = analyze([article("a", STORY * 9), article("b", STORY * 7)])
    facts: dict[str, list] = {}
    for f in analysis.facts:
        facts.setdefault(f.claim, []).append(f)
    run = SimpleNamespace(claims=analysis.claims, facts_by_claim=facts)
    seen: list[tuple[str, str]] = []
    real = owned._owned

    def spy(claim, f, before):
        seen.append((claim.id, before))
        return real(claim, f, before)

    texts: dict[str, str] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(owned, "_owned", spy)
        owned.owned_groups(run, texts)
    assert seen
    joined: dict[str, str] = {}
    want = []
    for claim in sorted(analysis.claims, key=lambda c: (c.article, c.start)):
        before = joined.get(claim.article, "")
        joined[claim.article] = before + " " + claim.text
        want += [(claim.id, before[-600:])] * len(facts.get(claim.id, ()))
    assert texts == joined
    assert seen == want
