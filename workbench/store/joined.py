"""A pair compared for the first time inside a finding decided as one.

A re-analysis after an edit may compare one more pair of a finding's
versions: the edited sentence now aligns with another source's sentence that
states a version already in the finding (trial 31 fixed a typo, "BlackBery",
in a sentence saying "mid-February"; the sentence then aligned with one saying
"this February", and the disputed date finding came back "mixed", to review
again). The editor decided the finding with both versions in it, so the new
pair takes the decision, its history row saying so. Nothing else is carried:
not to a pair naming a value the finding did not hold, nor into a finding
whose decisions differ or that was not decided as one. A name finding's new
pair takes it when both its spellings were in the finding, whichever source
writes them (session 22): the decision is on the misspelling; a pair whose
article to correct is not one of its sides is still left to the editor.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import sqlite_utils

from ..findings.spellings import NAME, spelling
from ..model import Analysis
from ..naming import surface
from .reviews import VERDICT_CHANGED, Change, apply_review

JOINED = "joined finding "  # a history row's event: the decided finding a new pair joined
CARRIED = ": carried from the run of "  # … and the run whose finding was decided


def finding_members(db: sqlite_utils.Database) -> dict[str, frozenset[str]]:
    """The active findings of the last run saved, with their discrepancies."""
    if "finding_members" not in db.table_names():
        return {}
    out: dict[str, set[str]] = {}
    for fid, did in db.execute(
        "SELECT m.finding, m.discrepancy FROM finding_members m "
        "JOIN findings f ON f.id = m.finding WHERE f.active = 1"
    ):
        out.setdefault(fid, set()).add(did)
    return {f: frozenset(m) for f, m in out.items()}


def decide_joined(
    db: sqlite_utils.Database,
    analysis: Analysis,
    before: Mapping[str, frozenset[str]],
    known: set[str],
    stamp: str,
    decided_on: str,
) -> int:
    """Give each new pair (in no earlier run: not in ``known``) of a finding
    that keeps its id (``before``: its members at the last run) the decision
    its earlier members share, when they were decided on this finding
    (latest event ``decided_on`` + its id) and each side of the new pair states
    a value an earlier member compared in the same article. Its history row
    names the finding and the run the decision was made on ("joined finding
    F…: carried from the run of …"). Returns how many."""
    carried = 0
    event = JOINED + "{}" + CARRIED + _last_run(db)
    for f in analysis.findings:
        old = [d for d in f.discrepancies if d in before.get(f.id, ())]
        new = [d for d in f.discrepancies if d not in before.get(f.id, ()) and d not in known]
        if not old or not new:
            continue
        decision = _one_decision(db, old, decided_on + f.id, JOINED + f.id)
        if decision is None:
            continue
        named = f.kind == NAME
        stated = {_stated(s, named) for d in old for s in _sides(db, d)}
        for d in new:
            if _status(db, d) != "open":  # a decision moved to it (``follow``)
                continue
            sides = _sides(db, d)
            if not all(_stated(s, named) in stated for s in sides):
                continue
            article = decision.article if decision.article in {s["article"] for s in sides} else ""
            if decision.article and not article:
                continue  # the article to correct is not one of this pair's: left to the editor
            change = replace(decision, article=article)
            apply_review(db, d, sides, change, stamp, event=event.format(f.id))
            carried += 1
    return carried


def _last_run(db: sqlite_utils.Database) -> str:
    """When the run before this one (saved first) started: the run whose
    findings the editor decided."""
    row = db.execute("SELECT started FROM runs ORDER BY id DESC LIMIT 1 OFFSET 1").fetchone()
    return row[0] if row and row[0] else "an earlier check"


def _stated(side: Mapping[str, Any], named: bool) -> tuple[str, str]:
    """What a side states where: its value in its article; a name's spelling
    wherever it is written — a misspelling is a fact about its source
    (``findings.spellings``), so a new source writing the usual spelling
    against the source decided to correct is the same misspelling."""
    if named:
        return "", spelling(side["text"])
    return side["article"], surface(side["text"])


def _one_decision(
    db: sqlite_utils.Database, members: list[str], decided: str, joined: str
) -> Change | None:
    """The decision every one of ``members`` holds, made on the finding
    (their latest history event is ``decided``, or ``joined`` and the run it
    names); None when any is open, they differ, or one was decided on its own
    or elsewhere."""
    marks = ",".join("?" * len(members))
    rows = db.execute(
        f"SELECT status, note, correction, reviewer, article FROM reviews "
        f"WHERE discrepancy IN ({marks})",
        members,
    ).fetchall()
    if len(rows) != len(members) or len(set(rows)) != 1 or rows[0][0] in ("", "open"):
        return None
    for did in members:
        last = db.execute(
            "SELECT event FROM review_history WHERE discrepancy=? AND (event IS NULL OR "
            "substr(event, 1, ?) != ?) ORDER BY id DESC",
            [did, len(VERDICT_CHANGED), VERDICT_CHANGED],
        ).fetchone()
        event = (last[0] or "") if last else None
        if event is None or not (event == decided or event.split(CARRIED)[0] == joined):
            return None
    status, note, correction, reviewer, article = rows[0]
    return Change(status, note or "", correction or "", reviewer or "", article or "")


def _sides(db: sqlite_utils.Database, did: str) -> list[dict[str, Any]]:
    row = db.execute("SELECT sides FROM discrepancies WHERE id=?", [did]).fetchone()
    return json.loads(row[0]) if row else []


def _status(db: sqlite_utils.Database, did: str) -> str:
    row = db.execute("SELECT status FROM reviews WHERE discrepancy=?", [did]).fetchone()
    return row[0] if row else ""
