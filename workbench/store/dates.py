"""An editor's date edits, saved at once (the window's date field)."""

from __future__ import annotations

import json

from .log import ReviewLog
from .saving import GIVEN_DATES, given_dates


def record_dates(log: ReviewLog, dates: dict[str, tuple[str | None, bool]]) -> None:
    """An editor's date edits, saved at once in their own transaction (the
    window's date field): the re-analysis they start takes seconds, and a
    date typed just before the program was killed was lost without a word
    (fresh editor trial 21). Each (date, given by an editor) becomes the
    article's date in the log; a given one is kept by later checks of the
    same text, as the analysis's save keeps it."""
    with log._write():
        given = given_dates(log.db)
        for article, (day, by_editor) in dates.items():
            row = log.db.execute("SELECT sha256 FROM articles WHERE id=?", [article]).fetchone()
            if row is None:
                continue
            log.db.execute("UPDATE articles SET published=? WHERE id=?", [day, article])
            if day and by_editor:
                given[row[0]] = day
            else:
                given.pop(row[0], None)
        value = json.dumps(given, sort_keys=True)
        log.db["meta"].upsert({"key": GIVEN_DATES, "value": value}, pk="key")
