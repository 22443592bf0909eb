"""An editor's date edits, saved at once (the window's date field)."""

from __future__ import annotations

import json

from .date_edits import append_date_edit
from .log import ReviewLog, now
from .saving import GIVEN_DATES, given_dates


def record_dates(log: ReviewLog, dates: dict[str, tuple[str | None, bool]], by: str = "") -> None:
    """An editor's date edits, saved at once in their own transaction (the
    window's date field): the re-analysis they start takes seconds, and a
    date typed just before the program was killed was lost without a word
    (fresh editor trial 21). Each (date, given by an editor) becomes the
    article's date in the log; a given one is kept by later checks of the
    same text, as the analysis's save keeps it. A date given is kept in the
    history of date changes signed ``by`` (the window's reviewer, as its
    decisions are: trial 49), here, since the save after it finds the
    log already holding it."""
    with log._write():
        given = given_dates(log.db)
        stamp = now()
        for article, (day, by_editor) in dates.items():
            row = log.db.execute(
                "SELECT sha256, published FROM articles WHERE id=?", [article]
            ).fetchone()
            if row is None:
                continue
            if day and by_editor and given.get(row[0]) != day and (row[1] or "") != day:
                old = given.get(row[0]) or str(row[1] or "")
                append_date_edit(
                    log.db,
                    {"article": article, "sha256": row[0], "from": old, "to": day},
                    by,
                    stamp,
                )
            log.db.execute("UPDATE articles SET published=? WHERE id=?", [day, article])
            if day and by_editor:
                given[row[0]] = day
            else:
                given.pop(row[0], None)
        value = json.dumps(given, sort_keys=True)
        log.db["meta"].upsert({"key": GIVEN_DATES, "value": value}, pk="key")
