"""The facts of articles already read in this process (issue 14).

When an editor corrects one article's publication date the window analyses
all the articles again. An article's facts depend on its own text, date and
sentences and on the thresholds in force, never on the other articles, so
the articles whose date did not change are not read again: with 50 articles
reading the facts was about 60 % of a re-analysis.

The key is the whole article (its text, date, title, outlet, path and hash:
``Article`` compares them all), its claims and the thresholds; a hit hands
back the very facts (frozen values) the first reading made. Bounded: the
:data:`MAX_ARTICLES` most recently used are kept. ``WORKBENCH_FACTS_MEMO=0``
turns it off (to compare).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from .model import Article, Claim, Fact
from .thresholds import current

MAX_ARTICLES = 500  # a few MB of facts

_kept: OrderedDict[tuple, list[Fact]] = OrderedDict()
_lock = threading.Lock()  # the window analyses on worker threads


def facts(
    article: Article,
    claims: Sequence[Claim],
    read: Callable[[Article, Sequence[Claim]], list[Fact]],
) -> list[Fact]:
    """``read(article, claims)``, or what it gave for the same key before."""
    if os.environ.get("WORKBENCH_FACTS_MEMO", "1") == "0":
        return read(article, claims)
    key = (article, tuple(claims), current())
    with _lock:
        got = _kept.get(key)
        if got is not None:
            _kept.move_to_end(key)
            return list(got)
    got = read(article, claims)
    with _lock:
        _kept[key] = list(got)
        while len(_kept) > MAX_ARTICLES:
            _kept.popitem(last=False)
    return got


def clear() -> None:
    with _lock:
        _kept.clear()
