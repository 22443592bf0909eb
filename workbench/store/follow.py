"""Decisions that follow their content when the articles change.

A flag's id hashes its values and the words around them, so most edits keep
it. These handle the rest, always in the history, never silently: the article
to correct when it was renamed and edited at once, and a review whose flag's
id changed because the words next to a value were edited.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from ..model import Analysis
from .reviews import note_verdict_change
from .schema import insert_rows


def follow_articles(
    db: sqlite_utils.Database,
    analysis: Analysis,
    old_sides: dict[str, list[dict[str, Any]]],
    sha: dict[str, str],
    stamp: str,
) -> None:
    """Keep "the article to correct" on the same side of a flag when that
    article was renamed and edited at once (its name and its hash both
    changed): the side is found again by its value. Written to the
    history, so the editor can see the binding followed the text."""
    by_id = {d.id: d for d in analysis.discrepancies}
    rows = db.execute(
        "SELECT discrepancy, status, note, correction, reviewer, article, article_sha "
        "FROM reviews WHERE article != ''"
    ).fetchall()
    for did, status, note, correction, reviewer, art, art_sha in rows:
        d = by_id.get(did)
        if d is None or did not in old_sides:
            continue
        new_sides = [(s.article, sha.get(s.article, ""), s.text) for s in d.sides]
        if any(art_sha and art_sha == x[1] for x in new_sides):
            target = next(x for x in new_sides if x[1] == art_sha)
        elif not art_sha and any(art == x[0] for x in new_sides):
            continue  # a version-1 binding by name that still holds
        else:
            old = next(
                (
                    x
                    for x in old_sides[did]
                    if (art_sha and x.get("article_sha") == art_sha) or x["article"] == art
                ),
                None,
            )
            same_value = [x for x in new_sides if old is not None and _same_text(x[2], old["text"])]
            if len(same_value) != 1:
                continue
            target = same_value[0]
        if (target[0], target[1]) == (art, art_sha):
            continue
        db.execute(
            "UPDATE reviews SET article=?, article_sha=? WHERE discrepancy=?",
            [target[0], target[1], did],
        )
        if target[1] != art_sha:
            fields = {
                "status": status,
                "note": note or "",
                "correction": correction or "",
                "reviewer": reviewer or "",
                "article": target[0],
                "article_sha": target[1],
            }
            event = f"article to correct follows its edited text: {art} → {target[0]}"
            insert_rows(
                db,
                "review_history",
                [{"discrepancy": did, **fields, "at": stamp, "event": event}],
            )


def carry_over(
    db: sqlite_utils.Database, analysis: Analysis, known: set[str], sha: dict[str, str], stamp: str
) -> int:
    """Carry the decision on a flag that vanished to the one new flag
    that compares the same values between the same articles: the words
    around a value were edited, the claim is the same. The move is
    written to the history (``event``), never done silently; anything
    ambiguous stays an orphaned review."""
    fresh: dict[tuple[str, tuple[str, ...]], list[tuple[str, list[dict[str, str]]]]] = {}
    for d in analysis.discrepancies:
        if d.id in known:
            continue
        sides = [
            {"text": s.text, "article": s.article, "sha": sha.get(s.article, "")} for s in d.sides
        ]
        fresh.setdefault(_move_key(d.kind, sides), []).append((d.id, sides))
    if not fresh:
        return 0
    rows = db.execute(
        "SELECT d.id, d.kind, d.sides, r.status, r.note, r.correction, r.reviewer, "
        "r.article, r.article_sha, d.verdict FROM discrepancies d "
        "JOIN reviews r ON r.discrepancy = d.id "
        "WHERE d.active = 0 AND d.moved_to = '' AND (r.status != 'open' OR r.note != '' "
        "OR r.correction != '') ORDER BY d.id"
    ).fetchall()
    moved, taken = 0, set()
    verdict_of = {d.id: str(d.verdict) for d in analysis.discrepancies}
    for old_id, kind, sides_json, status, note, correction, reviewer, art, art_sha, was in rows:
        old_sides = [
            {"text": x["text"], "article": x["article"], "sha": x.get("article_sha", "")}
            for x in json.loads(sides_json)
        ]
        matches = [
            (new_id, sides)
            for new_id, sides in fresh.get(_move_key(kind, old_sides), [])
            if new_id not in taken and _same_articles(old_sides, sides)
        ]
        if len(matches) != 1:
            continue
        new_id, sides = matches[0]
        taken.add(new_id)
        target = next((x for x in sides if art_sha and x["sha"] == art_sha), None) or next(
            (x for x in sides if art and x["article"] == art), None
        )
        fields = {
            "status": status,
            "note": note or "",
            "correction": correction or "",
            "reviewer": reviewer or "",
            "article": target["article"] if target else "",
            "article_sha": target["sha"] if target else "",
        }
        db.execute(
            "UPDATE reviews SET status=?, note=?, correction=?, reviewer=?, article=?, "
            "article_sha=?, updated=? WHERE discrepancy=?",
            [*fields.values(), stamp, new_id],
        )
        insert_rows(
            db,
            "review_history",
            [
                {
                    "discrepancy": new_id,
                    **fields,
                    "at": stamp,
                    "event": f"moved from {old_id}: the words around the values changed",
                }
            ],
        )
        db.execute("UPDATE discrepancies SET moved_to=? WHERE id=?", [new_id, old_id])
        if was and was != verdict_of[new_id]:
            note_verdict_change(db, new_id, was, verdict_of[new_id], stamp)
        moved += 1
    return moved


# -- reviews ----------------------------------------------------------------


def _same_text(a: str, b: str) -> bool:
    return "".join(a.lower().split()) == "".join(b.lower().split())


def _move_key(kind: str, sides: list[dict[str, str]]) -> tuple[str, tuple[str, ...]]:
    """What a moved flag must share with the vanished one: kind and values."""
    return kind, tuple(sorted("".join(x["text"].lower().split()) for x in sides))


def _same_articles(old: list[dict[str, str]], new: list[dict[str, str]]) -> bool:
    """The same two articles: by content when neither changed, else by name."""
    if all(x["sha"] for x in old) and {x["sha"] for x in old} == {x["sha"] for x in new}:
        return True
    return {x["article"] for x in old} == {x["article"] for x in new}
