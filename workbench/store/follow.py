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
from ..naming import norm
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
        if target[0] == art:
            # the same article edited: the binding by name holds, and the hash
            # stays the text decided on (so the report can say it was edited
            # since; rebinding it wrote "follows its edited text: a → a")
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
    db: sqlite_utils.Database,
    analysis: Analysis,
    active_before: set[str],
    sha: dict[str, str],
    stamp: str,
) -> int:
    """Carry the decision on a flag that vanished to the one new flag
    that compares the same values between the same articles: the words
    around a value were edited, the claim is the same. The move is
    written to the history (``event``), never done silently; anything
    ambiguous stays an orphaned review."""
    fresh: dict[tuple[str, tuple[str, ...]], list[tuple[str, list[dict[str, str]]]]] = {}
    decided = _decided_here(db)
    for d in analysis.discrepancies:
        if d.id in active_before or d.id in decided:
            continue
        sides = _sides(d, sha)
        fresh.setdefault(_move_key(d.kind, sides), []).append((d.id, sides))
    if not fresh:
        return 0
    rows = _vanished(db, _TOUCHED)
    moved, taken = 0, set()
    verdict_of = {d.id: str(d.verdict) for d in analysis.discrepancies}
    for row in rows:
        old_id, kind, sides_json, was = row[0], row[1], row[2], row[9]
        old_sides = [
            {"text": x["text"], "article": x["article"], "sha": x.get("article_sha", "")}
            for x in json.loads(sides_json)
        ]
        matches = [
            (new_id, sides)
            for new_id, sides in fresh.get(_move_key(kind, old_sides), [])
            if new_id not in taken and _same_articles(old_sides, sides)
        ]
        if not matches and kind == "quote":  # a quote's shown words may narrow or widen
            matches = [
                (new_id, sides)
                for (k, _), found in fresh.items()
                if k == kind
                for new_id, sides in found
                if new_id not in taken
                and _same_articles(old_sides, sides)
                and _quote_within(old_sides, sides)
            ]
        if len(matches) != 1:
            continue
        new_id, sides = matches[0]
        taken.add(new_id)
        why = "the words around the values changed"
        _move(
            db, (old_id, was), (new_id, verdict_of[new_id]), sides, row[3:9], why, (stamp, row[10])
        )
        moved += 1
    return moved


def _move(
    db: sqlite_utils.Database,
    old: tuple[str, str],
    new: tuple[str, str],
    sides: list[dict[str, str]],
    review: tuple[Any, ...],
    why: str,
    when: tuple[str, str],
) -> None:
    """Move one decision from a vanished flag to a new one, in the history
    (at ``when[0]``); the decision keeps the time it was made (``when[1]``:
    a trial's report dated it when the check moved it). The article to
    correct keeps the hash of the text it was decided on when that article
    was edited (found again by name)."""
    stamp, decided_at = when
    (old_id, was), (new_id, now) = old, new
    status, note, correction, reviewer, art, art_sha = review
    target = next((x for x in sides if art_sha and x["sha"] == art_sha), None) or next(
        (x for x in sides if art and x["article"] == art), None
    )
    fields = {
        "status": status,
        "note": note or "",
        "correction": correction or "",
        "reviewer": reviewer or "",
        "article": target["article"] if target else "",
        "article_sha": (art_sha or target["sha"]) if target else "",
    }
    db.execute(
        "UPDATE reviews SET status=?, note=?, correction=?, reviewer=?, article=?, "
        "article_sha=?, updated=? WHERE discrepancy=?",
        [*fields.values(), decided_at or stamp, new_id],
    )
    event = f"moved from {old_id}: {why}"
    insert_rows(
        db, "review_history", [{"discrepancy": new_id, **fields, "at": stamp, "event": event}]
    )
    db.execute("UPDATE discrepancies SET moved_to=? WHERE id=?", [new_id, old_id])
    # a flag that comes back takes the decision back: it no longer points on
    db.execute("UPDATE discrepancies SET moved_to='' WHERE id=?", [new_id])
    if was and was != now:
        note_verdict_change(db, new_id, was, now, stamp)


# -- reviews ----------------------------------------------------------------


def _same_text(a: str, b: str) -> bool:
    return "".join(a.lower().split()) == "".join(b.lower().split())


def _quote_within(old: list[dict[str, str]], new: list[dict[str, str]]) -> bool:
    """Each article's quoted words then and now, one within the other: the same
    quote shown over more or fewer of its words (session 20 shows each side's
    like span), not another quote."""
    by_article = {x["article"]: "".join(x["text"].lower().split()) for x in new}
    for x in old:
        then, now = "".join(x["text"].lower().split()), by_article.get(x["article"], "")
        if not then or not now or (then not in now and now not in then):
            return False
    return True


def _move_key(kind: str, sides: list[dict[str, str]]) -> tuple[str, tuple[str, ...]]:
    """What a moved flag must share with the vanished one: kind and values."""
    return kind, tuple(sorted("".join(x["text"].lower().split()) for x in sides))


def _same_articles(old: list[dict[str, str]], new: list[dict[str, str]]) -> bool:
    """The same two articles: by content when neither changed, else by name."""
    if all(x["sha"] for x in old) and {x["sha"] for x in old} == {x["sha"] for x in new}:
        return True
    return {x["article"] for x in old} == {x["article"] for x in new}


def follow_edited_values(
    db: sqlite_utils.Database,
    analysis: Analysis,
    active_before: set[str],
    sha: dict[str, str],
    stamp: str,
) -> int:
    """Carry a decision to the new flag its article's edit raised: a
    needs-correction on "killed 30" (correction: 24) and the article edited
    to "killed 25" — a partial correction — left the decision orphaned and
    the new difference open, unlinked to the request (fresh trial 19). The
    decision follows only to the one new flag of the same kind between the
    same two articles whose other side is word for word as decided, and
    whose edited side has the same words around a changed value in the
    edited article. In the history; the text decided on is kept, so the
    correction is still asked and is seen to be not yet made. Only a
    decision that asks something follows (needs correction, disputed): a
    value verified or dismissed is not the new value, which is decided anew."""
    claims = {c.id: c for c in analysis.claims}
    decided = _decided_here(db)
    fresh = [d for d in analysis.discrepancies if d.id not in active_before and d.id not in decided]
    if not fresh:
        return 0
    rows = _vanished(db, "r.status IN ('needs-correction', 'disputed')")
    candidates: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        old = json.loads(row[2])
        for d in fresh:
            if d.kind == row[1] and (edit := _edited_value(old, d, claims, sha)) is not None:
                candidates.setdefault(row[0], []).append((d.id, edit))
    wanted: dict[str, int] = {}
    for found in candidates.values():
        for new_id, _ in found:
            wanted[new_id] = wanted.get(new_id, 0) + 1
    by_id = {d.id: d for d in fresh}
    moved = 0
    for row in rows:
        found = candidates.get(row[0], [])
        if len(found) != 1 or wanted[found[0][0]] != 1:
            continue  # ambiguous either way: stays an orphaned review
        new_id, edit = found[0]
        d = by_id[new_id]
        sides = _sides(d, sha)
        _move(
            db, (row[0], row[9]), (new_id, str(d.verdict)), sides, row[3:9], edit, (stamp, row[10])
        )
        moved += 1
    return moved


_TOUCHED = "(r.status != 'open' OR r.note != '' OR r.correction != '')"  # a review decided


def _decided_here(db: sqlite_utils.Database) -> set[str]:
    """Flags holding a decision of their own. A flag whose decision moved on
    (``moved_to``) keeps only a copy of it: when the text comes back to it
    (an edit reverted, a correction restoring the words of an earlier
    version), the decision in force may move back onto it."""
    return {
        r[0]
        for r in db.execute(
            "SELECT r.discrepancy FROM reviews r JOIN discrepancies d ON d.id = r.discrepancy "
            f"WHERE {_TOUCHED} AND d.moved_to = ''"
        )
    }


def _vanished(db: sqlite_utils.Database, which: str) -> list[tuple]:
    """Flags gone from this run, not moved, whose review ``which`` holds, with
    the review: (id, kind, sides, status, note, correction, reviewer,
    article, article_sha, verdict, updated)."""
    return db.execute(
        "SELECT d.id, d.kind, d.sides, r.status, r.note, r.correction, r.reviewer, "
        "r.article, r.article_sha, d.verdict, r.updated FROM discrepancies d "
        "JOIN reviews r ON r.discrepancy = d.id "
        f"WHERE d.active = 0 AND d.moved_to = '' AND {which} ORDER BY d.id"
    ).fetchall()


def _sides(d: Any, sha: dict[str, str]) -> list[dict[str, str]]:
    """A flag's sides as a move compares them: value, article, article's text hash."""
    return [{"text": s.text, "article": s.article, "sha": sha.get(s.article, "")} for s in d.sides]


def _edited_value(
    old: list[dict[str, Any]], d: Any, claims: dict[str, Any], sha: dict[str, str]
) -> str | None:
    """How the new flag ``d`` is the old one's after an edit of one article's
    value (None when it is not): same two articles, one side as it was, the
    other's article edited and its value changed between the same words."""
    if {x["article"] for x in old} != {s.article for s in d.sides} or len(d.sides) != 2:
        return None
    changed = None
    for s in d.sides:
        was = next(x for x in old if x["article"] == s.article)
        claim = claims.get(s.claim)
        if claim is None:
            return None
        here = _context(claim.text, s.text, s.start - claim.start)
        if here not in _contexts(was.get("claim_text", ""), was["text"]):
            return None
        if _same_text(s.text, was["text"]):
            continue
        if changed is not None or was.get("article_sha", "") == sha.get(s.article, ""):
            return None  # both values changed, or the text is the one compared before
        changed = f"{s.article} was edited: ‘{was['text']}’ now reads ‘{s.text}’"
    return changed


def _context(text: str, value: str, at: int) -> tuple[str, str]:
    """The words either side of a value in its sentence, as flags anchor them."""
    before = norm(text[: max(at, 0)]).split()[-_ANCHOR_WORDS:]
    after = norm(text[max(at, 0) + len(value) :]).split()[:_ANCHOR_WORDS]
    return " ".join(before), " ".join(after)


def _contexts(text: str, value: str) -> set[tuple[str, str]]:
    """Every context of ``value`` in ``text`` (the stored side keeps its
    sentence, not where the value stood in it)."""
    out, at = set(), text.find(value)
    while at >= 0 and value:
        out.add(_context(text, value, at))
        at = text.find(value, at + 1)
    return out


_ANCHOR_WORDS = 4  # as judge.ids.ANCHOR_WORDS: the words that identify a flag's value
