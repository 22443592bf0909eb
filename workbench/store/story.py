"""Which story a review log holds, for the two front ends' one rule on a
check that would replace another story there (``cli_story`` for the command
line, ``ui.writing`` for the window): whether the log's articles and a
check's have one in common, and how the story held is named in one line."""

from __future__ import annotations

from collections.abc import Sequence


def last_run(log) -> int:
    """The id of the last check saved into the log; 0 for none."""
    row = log.db.execute("SELECT max(id) FROM runs").fetchone()
    return int(row[0] or 0)


def shares_an_article(held: Sequence, articles: Sequence) -> bool:
    """Whether the log's articles (``held``) and this check's have one text
    or one file in common: the same story, checked again or grown."""
    now = {a.sha256 for a in articles} | {str(a.path) for a in articles if a.path}
    return any(r.sha256 in now or (r.path and r.path in now) for r in held)


def named(held: Sequence) -> str:
    """The story replaced, by its articles: 5 articles: 33_1ecb, 33_2ecb, 33_3ecb and 2 more."""
    ids = [r.id for r in held]
    shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
    return f"{len(ids)} article{'s' if len(ids) != 1 else ''}: {shown}"
