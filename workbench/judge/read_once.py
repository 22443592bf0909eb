"""What a judging run reads of the articles as a whole, read once (issue 14).

``judge.judge`` reads the whole article set for a handful of things: the name
explanations give each article (its outlet when unique among them all), the
exchange rates any of them states, every article's text, checksum and date (a
later count told by a third article: later_counts.py). The findings' comparer
(versus.py) asks the judge about two sentences at a time, up to ~170 times at
200 articles; each call read all 200 articles again. ``Articles.of`` reads
them once and ``judge.judge`` takes it in place of the articles, so every
small run judges its two claims against the same whole set as before: the
verdicts are the same (tests/test_versus_read_once.py). Narrowing the set to
the two sentences' articles would not be: an outlet shared by a third article
names both by id, and a rate or a later count may be stated elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..facts.quantity import rates as _rates
from ..facts.quantity.rate_consensus import sorted_out
from ..model import Article
from .ids import labels


@dataclass(frozen=True, eq=False)
class Articles:
    """The article set of one analysis as the judge reads it."""

    articles: tuple[Article, ...]
    names: dict[str, str]
    texts: dict[str, str]
    sha: dict[str, str]
    published: dict[str, date | None]
    rates: tuple[object, ...]  # every exchange rate the articles state, but a gloss out of line
    # the glosses the story's rates rule out or dispute (rate_consensus.OutOfLine)
    out_of_line: tuple[object, ...] = ()

    @classmethod
    def of(cls, articles: Sequence[Article] | Articles) -> Articles:
        if isinstance(articles, Articles):
            return articles
        named = labels(articles)
        # a gloss out of line with the rate the story agrees on is no rate (session 43)
        rates, out = sorted_out(_rates.stated_in([(named[a.id], a.text) for a in articles]))
        return cls(
            tuple(articles),
            named,
            {a.id: a.text for a in articles},
            {a.id: a.sha256 for a in articles},
            {a.id: a.published for a in articles},
            rates,
            out,
        )
