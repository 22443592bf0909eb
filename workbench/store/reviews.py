"""Writing one decision and reading flags with their decisions.

A review is the current decision on one pair-level discrepancy; every change
is appended to ``review_history`` (append-only). A decision on a finding is
written through here to each discrepancy it contains (``store.findings``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

import sqlite_utils

from ..model import DecidedFlags, decided_key
from .disk import StoreError
from .history_events import BY_THE_LOG as BY_THE_LOG
from .history_events import REDONE as REDONE
from .history_events import UNDONE as UNDONE
from .history_events import VERDICT_CHANGED as VERDICT_CHANGED
from .links import raising_links
from .made import looks_made
from .records import DiscrepancyRecord, Review, SideRecord
from .still import still_says


class ReviewLog(Protocol):
    """What these functions use of the open log (``log.ReviewLog``), named
    here so the log's helpers do not import the log back."""

    db: sqlite_utils.Database

    def _article_names(self) -> dict[str, str]: ...

    def _current_names(
        self, sides: list[dict[str, Any]], names: dict[str, str] | None = None
    ) -> list[dict[str, Any]]: ...

    def _sides(self, did: str) -> list[dict[str, Any]]: ...

    def history(self, ident: str) -> list[Any]: ...


STATUSES = ("open", "verified", "disputed", "needs-correction", "dismissed")
SETTLED = ("verified", "dismissed")  # no article is asked to correct anything
ASKS = ("needs-correction", "disputed")  # an article is asked to correct or answer
_FIELDS = ("status", "note", "correction", "reviewer", "article", "article_sha")


@dataclass(frozen=True)
class Change:
    """What an editor changes in a decision; None leaves a field as it is.
    ``article`` names the article that needs the correction ("" clears it)."""

    status: str | None = None
    note: str | None = None
    correction: str | None = None
    reviewer: str | None = None
    article: str | None = None
    whole: bool = False  # written whole (the command line), never a save of typing
    again: bool = False  # alike, yet a change: sources joined since (``store.scope``)
    # a finding's articles each with its own correction (``store.per_article``)
    corrections: tuple[tuple[str, str], ...] = ()


def check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")


def note_verdict_change(
    db: sqlite_utils.Database, did: str, old: str, new: str, stamp: str
) -> bool:
    """Append to a decided flag's history that its verdict went from ``old``
    to ``new`` (its decision unchanged). False when nothing was decided."""
    row = db.execute(
        "SELECT status, note, correction, reviewer, article, article_sha FROM reviews "
        "WHERE discrepancy=?",
        [did],
    ).fetchone()
    if row is None or (row[0] or "open") == "open":
        return False
    db["review_history"].insert(
        {
            "discrepancy": did,
            **dict(zip(_FIELDS, [v or "" for v in row], strict=True)),
            "at": stamp,
            "event": f"{VERDICT_CHANGED}{old} to {new} after this decision",
        }
    )
    return True


def decided_under(events: list[str], verdict: str) -> str:
    """The verdict a flag had when the decision in force was made, when a
    later check changed it to another than ``verdict`` ("" otherwise).
    ``events`` are its history rows' events, oldest first. The decision in
    force is found as undo reads the history (undo.stack_of): an undo takes
    back the latest change, a redo puts it back, the log carrying a decision
    starts over; the verdict at a row is the one the next verdict change
    started from (the current one when none followed)."""
    flips = [
        (i, e[len(VERDICT_CHANGED) :].split(" to ", 1))
        for i, e in enumerate(events)
        if e.startswith(VERDICT_CHANGED)
    ]
    done: list[int] = []
    undone: list[int] = []
    for i, event in enumerate(events):
        if event.startswith(VERDICT_CHANGED):
            continue
        if event.startswith(UNDONE):
            if done:
                undone.append(done.pop())
        elif event.startswith(REDONE):
            if undone:
                done.append(undone.pop())
        elif event.startswith(BY_THE_LOG):
            done, undone = [i], []
        else:
            done.append(i)
            undone.clear()
    if not done:
        return ""
    was = next((old for at, (old, *_) in flips if at > done[-1]), verdict)
    return was if was != verdict else ""


def undo_event(db: sqlite_utils.Database, did: str, who: str) -> str:
    """The history event of an undo of ``did``'s latest change, worded as
    store/undo.py's stack reads it ("undone by WHO: the change at WHEN")."""
    last = db.execute(
        "SELECT at FROM review_history WHERE discrepancy=? AND event NOT LIKE ? ORDER BY id DESC",
        [did, VERDICT_CHANGED + "%"],
    ).fetchone()
    return f"{UNDONE}{who}: the change at {last[0] if last else '?'}"


def restored_sides(
    db: sqlite_utils.Database, sides: list[dict[str, Any]], article: str | None
) -> list[dict[str, Any]]:
    """A discrepancy's sides, and the article an undo puts back when it is not one
    of them: a decision made on a finding is written to each of its pairs naming
    the finding's article (a consistent pair of two other sources too), and undoing
    a later change of it failed ("not one of this discrepancy's articles")."""
    if not article or any(side["article"] == article for side in sides):
        return sides
    found = db.execute("SELECT sha256 FROM articles WHERE id = ?", [article]).fetchone()
    return [*sides, {"article": article, "article_sha": found[0] if found else ""}]


def apply_review(
    db: sqlite_utils.Database,
    did: str,
    sides: list[dict[str, Any]],
    change: Change,
    stamp: str,
    event: str = "",
) -> Review:
    """Write one decision on one discrepancy and its history row, inside the
    caller's transaction. ``sides`` are the discrepancy's sides as the
    articles are called now; the article to correct must be one of them."""
    article_sha = None
    article = change.article
    if article is not None:
        named = [side for side in sides if article and side["article"] == article]
        if article and not named:
            names = ", ".join(side["article"] for side in sides)
            raise StoreError(
                f"article {article!r} is not one of this discrepancy's articles ({names})"
            )
        article_sha = named[0].get("article_sha", "") if named else ""
    row = db.execute(
        "SELECT status, note, correction, reviewer, article, article_sha, updated FROM reviews "
        "WHERE discrepancy=?",
        [did],
    ).fetchone()
    values = [v or "" for v in (row or ("open", "", "", "", "", "", ""))]
    cur = dict(zip(_FIELDS, values[:6], strict=True))
    asked = {
        "status": change.status,
        "note": change.note,
        "correction": change.correction,
        "reviewer": change.reviewer,
        "article": article,
        "article_sha": article_sha,
    }
    new = {k: cur[k] if asked[k] is None else asked[k] for k in _FIELDS}
    history = {"discrepancy": did, **new, "at": stamp}  # who made this change
    if change.status is None and cur["status"] not in ("", "open") and cur["reviewer"]:
        # a note or correction added to someone's decision leaves the decision
        # theirs; the history says who added what
        new["reviewer"] = cur["reviewer"]
    editors = not event or event.startswith("decided on finding")  # not an undo, not a move
    if (
        editors
        and row is not None
        and new == cur
        and not change.again
        and not _looked_again(db, did)
    ):
        # asked for what is there: no change (but confirming a decision whose
        # verdict changed since is a change: the history says it was seen)
        kept = [new[k] for k in ("status", "note", "correction", "reviewer")]
        return Review(did, *kept, values[6], new["article"], changed=False)
    db["reviews"].upsert({"discrepancy": did, **new, "updated": stamp}, pk="discrepancy")
    if event:
        history["event"] = event
    if change.whole:
        history["whole"] = 1
    db["review_history"].insert(history)
    return Review(
        did,
        new["status"],
        new["note"],
        new["correction"],
        new["reviewer"],
        stamp,
        new["article"],
    )


def _looked_again(db: sqlite_utils.Database, did: str) -> bool:
    last = db.execute(
        "SELECT event FROM review_history WHERE discrepancy=? ORDER BY id DESC", [did]
    ).fetchone()
    return bool(last and (last[0] or "").startswith(VERDICT_CHANGED))


def decided_ids(db: sqlite_utils.Database) -> frozenset[str]:
    """The flags an editor decided on (any status but open), each as its id
    and the two articles' text hashes (``judge.ids.decided_key``): the
    analysis never leaves one of them out silently. The articles belong to
    the key because an id is the wording compared, not the articles: a wire
    copy's identical sentence gives its pair the same wording, and a trial
    saw such a pair "kept because an editor decided on it" while open."""
    keys = _pair_keys(db, "JOIN reviews r ON r.discrepancy = d.id WHERE r.status != 'open'")
    return DecidedFlags(keys, _decided_pairs(db))


def _decided_pairs(db: sqlite_utils.Database) -> list[tuple[str, str, str, str, float]]:
    """The sentence pairs the last check compared decided flags in, with the
    score it aligned them at (``DecidedFlags.pairs``): a pair the aligner
    did not make (two quotes matched whatever their sentences) has none."""
    scores = {
        frozenset((left, right)): score
        for left, right, score in db.execute('SELECT "left", "right", score FROM alignments')
    }
    out = []
    for (sides,) in db.execute(
        # an editor's finding's pair is kept by its link, and let go with it
        "SELECT d.sides FROM discrepancies d JOIN reviews r ON r.discrepancy = d.id "
        "WHERE r.status != 'open' AND d.active AND d.verdict != 'raised' ORDER BY d.id"
    ):
        stored = json.loads(sides)
        if len(stored) != 2:
            continue
        a, b = stored
        score = scores.get(frozenset((a.get("claim"), b.get("claim"))))
        if score is not None and a.get("claim_text") and b.get("claim_text"):
            out.append((a["article"], a["claim_text"], b["article"], b["claim_text"], score))
    return out


def known_ids(db: sqlite_utils.Database) -> frozenset[str]:
    """Every flag the log holds for the articles of its last check, as
    ``decided_key`` (id and the two articles' text hashes): an analysis
    gives each pair the id the log knows it by, whichever pair of the same
    wording (a wire copy's) it meets first (a reopened review found two
    decided pairs' copies swapped ids with them, and "added since")."""
    return _pair_keys(db, "WHERE d.active")


def _pair_keys(db: sqlite_utils.Database, which: str) -> frozenset[str]:
    """``decided_key`` of the discrepancies ``which`` (a join and a WHERE
    clause over ``d``, the discrepancies) selects."""
    rows = db.execute(
        "SELECT d.id, l.sha256, rt.sha256 FROM discrepancies d "
        "JOIN articles l ON l.id = d.left_article "
        f"JOIN articles rt ON rt.id = d.right_article {which}"
    ).fetchall()
    return frozenset(decided_key(did, (a, b)) for did, a, b in rows)


def history_rows(db: sqlite_utils.Database, did: str) -> list[dict[str, Any]]:
    """One flag's history rows, oldest first, after those of the flags its
    decision moved from (a review carried to a reworded flag, or to the flag
    its article's edit raised, showed only the move: what was decided, by
    whom and why, was under an id no longer shown)."""
    ids, todo = {did}, [did]
    while todo:
        for (prev,) in db.execute("SELECT id FROM discrepancies WHERE moved_to=?", [todo.pop()]):
            if prev not in ids:
                ids.add(prev)
                todo.append(prev)
    marks = ",".join("?" * len(ids))
    return list(
        db.query(
            f"SELECT * FROM review_history WHERE discrepancy IN ({marks}) ORDER BY id", list(ids)
        )
    )


def history_events(log: ReviewLog) -> dict[str, list[str]]:
    """The history events of every decided flag, oldest first (an open one
    was decided under no verdict)."""
    out: dict[str, list[str]] = {}
    for did, event in log.db.execute(
        "SELECT discrepancy, event FROM review_history WHERE discrepancy IN "
        "(SELECT discrepancy FROM reviews WHERE status != 'open') ORDER BY id"
    ).fetchall():
        out.setdefault(did, []).append(event or "")
    return out


def discrepancy_records(
    log: ReviewLog, include_orphaned: bool, events: dict[str, list[str]] | None = None
) -> list[DiscrepancyRecord]:
    """Discrepancies joined with their reviews, inside the caller's snapshot.
    Inactive ones appear only when an editor touched them (orphaned reviews).
    ``events``: ``history_events(log)`` when the caller has read them."""
    names = log._article_names()
    rows = list(
        log.db.query(
            "SELECT d.*, r.status, r.note, r.correction, r.reviewer, r.updated, "
            "r.article AS correct_article, r.article_sha AS correct_article_sha "
            "FROM discrepancies d LEFT JOIN reviews r ON r.discrepancy = d.id "
            "ORDER BY d.active DESC, d.left_article, d.id"
        )
    )
    moved_from = {r["moved_to"]: r["id"] for r in rows if r["moved_to"]}
    events = history_events(log) if events is None else events
    checked = {ident for (ident,) in log.db.execute("SELECT id FROM articles")}
    runs = _run_stamps(log.db)
    out = []
    raising = raising_links(log.db)
    for r in rows:
        status = r["status"] or "open"
        touched = status != "open" or r["note"] or r["correction"]
        if r["verdict"] == "raised":  # an editor's finding stands while its link says so,
            touched = r["id"] in raising  # orphaned or not; withdrawn, its reviews stay in the log
            if not touched:
                continue
        if not (r["active"] or (include_orphaned and touched and not r["moved_to"])):
            continue
        stored = json.loads(r["sides"])
        out.append(
            DiscrepancyRecord(
                id=r["id"],
                kind=r["kind"],
                verdict=r["verdict"],
                explanation=r["explanation"],
                sides=tuple(
                    SideRecord.from_stored(side) for side in log._current_names(stored, names)
                ),
                left_article=r["left_article"],
                right_article=r["right_article"],
                active=bool(r["active"]),
                first_seen=r["first_seen"] or "",
                last_seen=r["last_seen"] or "",
                moved_to=r["moved_to"] or "",
                moved_from=moved_from.get(r["id"], ""),
                status=status,
                note=r["note"] or "",
                correction=r["correction"] or "",
                reviewer=r["reviewer"] or "",
                updated=r["updated"] or "",
                correct_article=names.get(
                    r["correct_article_sha"] or "", r["correct_article"] or ""
                ),
                orphaned=not r["active"] and not r["moved_to"],
                gone_at="" if r["active"] else _next_run(runs, r["last_seen"] or ""),
                decided_under=decided_under(events.get(r["id"], []), r["verdict"])
                if status != "open"
                else "",
                # gone although both texts are still checked: a date or what
                # is compared changed, not the articles (fresh trial)
                uncompared=not r["active"]
                and not r["moved_to"]
                and all(side.get("article_sha", "") in names for side in stored),
                edited_since=(edited := _edited_since(r, names, checked)),
                correct_checked=names.get(
                    r["correct_article_sha"] or "", r["correct_article"] or ""
                )
                in checked,
                made_as_asked=edited
                and status == "needs-correction"
                and _made_as_asked(r, stored, log),
                still_says=still_says(r, stored, log.db)
                if edited and status == "needs-correction"
                else "",
            )
        )
    return out


def _edited_since(row: dict[str, Any], names: dict[str, str], checked: set[str]) -> bool:
    """The article to correct is checked under its name, with another text
    than the one decided on (its hash is no current article's; by id, not
    by ``names``: corrected word for word, it may be another's copy now)."""
    sha = row["correct_article_sha"] or ""
    return bool(sha) and sha not in names and (row["correct_article"] or "") in checked


def _made_as_asked(row: dict[str, Any], stored: list[dict[str, Any]], log: ReviewLog) -> bool:
    """The article's text now holds the proposed correction and no longer
    the sentence its side was compared in (an edit elsewhere, or a partial
    one, is not the correction asked for). The text is read only here: an
    edited article to correct is rare, every article's text is not."""
    found = log.db.execute(
        "SELECT text FROM articles WHERE id = ?", [row["correct_article"] or ""]
    ).fetchone()
    was = [
        (side.get("claim_text", ""), side.get("text", ""))
        for side in stored
        # by name too: a decision that followed its edited value keeps the
        # text decided on, while the flag's side holds the edited one
        if side.get("article_sha") == row["correct_article_sha"]
        or side.get("article") == row["correct_article"]
    ]
    return looks_made(found[0] if found else "", row["correction"] or "", was)


def _run_stamps(db: sqlite_utils.Database) -> list[str]:
    if "runs" not in db.table_names():
        return []
    return sorted(at for (at,) in db.execute("SELECT started FROM runs") if at)


def _next_run(runs: list[str], last_seen: str) -> str:
    """The first check after ``last_seen``: the one that no longer found it."""
    return next((at for at in runs if at > last_seen), "")
