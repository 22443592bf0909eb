"""Cancel stops an analysis inside the reading of one article, between two
kinds of fact, not only between articles: on a 1.4 MB file one kind of fact
took 5 s and the whole article 16 s, so a window's Cancel (or closing it)
waited that long."""

from __future__ import annotations

import pytest

from workbench import analysis, facts_memo
from workbench.analysis import Cancelled
from workbench.model import Article

TEXT = (
    "Police said 12 people were hurt on Friday. "
    '"We were lucky," the mayor said of the blast, which damaged 40 homes.'
)


class Family:
    """A registry family that records when it read and then asks to stop."""

    def __init__(self, inner, seen: list[str], stop: list[bool]):
        self._inner, self._seen, self._stop = inner, seen, stop

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def find_each(self, texts, published):
        self._seen.append(self._inner.name)
        self._stop[0] = True  # the editor presses Cancel while this kind is read
        return self._inner.find_each(texts, published)

    def find(self, text, published):
        self._seen.append(self._inner.name)
        self._stop[0] = True
        return self._inner.find(text, published)


@pytest.mark.parametrize("articles", [1, 3])
def test_cancel_stops_between_two_kinds_of_fact_of_one_article(monkeypatch, articles):
    facts_memo.clear()
    seen: list[str] = []
    stop = [False]
    wrapped = tuple(Family(f, seen, stop) for f in analysis.FAMILIES)
    monkeypatch.setattr(analysis, "FAMILIES", wrapped)
    docs = [Article(f"a{i}", "", "t", "", None, "", TEXT, f"h{i}") for i in range(articles)]
    with pytest.raises(Cancelled):
        analysis.analyze(docs, cancelled=lambda: stop[0])
    assert seen == [wrapped[0].name]  # the first kind was read, no other
    facts_memo.clear()


def test_without_cancel_every_kind_of_fact_is_read(monkeypatch):
    facts_memo.clear()
    seen: list[str] = []
    stop = [False]
    wrapped = tuple(Family(f, seen, stop) for f in analysis.FAMILIES)
    monkeypatch.setattr(analysis, "FAMILIES", wrapped)
    docs = [Article(f"b{i}", "", "t", "", None, "", TEXT, f"k{i}") for i in range(2)]
    result = analysis.analyze(docs, cancelled=lambda: False)
    assert sorted(set(seen)) == sorted(f.name for f in wrapped)
    assert result.facts
    facts_memo.clear()
