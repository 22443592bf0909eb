"""What a decision on a finding covered: its sources when it was made.

A source can join an existing version of a finding after an editor decided it
without a new pair-level discrepancy (ECB+ 36_ecb: "20 wives" went from 3 to 5
sources, its one discrepancy unchanged): the decision then covered sources
the editor never saw, and nothing said so. (A pair that takes the decision
when first compared, ``store.joined``, covers its two articles: one states a
spelling the decision is about, wherever it is written.)
So a decision on a finding records, beside its reviews, each source of the
finding then, the version it stated and its text's hash (``decision_scopes``,
schema 9, append-only). A source of the finding now outside the scope of the
decision in force "joined since": check, ``review F…``, the window and the
report say "decided before 003_extra joined ‘Monday’ — decide again to cover
it", and deciding again (even alike) records the scope anew.

The decision in force is read from each decided pair's history as undo reads
it; a note typed since keeps the scope of the decision it was added to. A
decision made before schema 9 has no scope: nothing is claimed of it. (Stamps
are to the second: two decisions on one finding within a second share a scope.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import sqlite_utils

from .records import FindingRecord, Review
from .reviews import BY_THE_LOG, REDONE, UNDONE, VERDICT_CHANGED, Change
from .scope_table import SCOPES as SCOPES
from .scope_table import create_scopes as create_scopes

DECIDED_ON = "decided on finding "  # as store.findings writes it
AGAIN = "decide again to cover"


def record_scope(
    db: sqlite_utils.Database,
    finding: FindingRecord,
    stamp: str,
    change: Change,
    reviews: Sequence[Review],
) -> None:
    """Write which sources (and the version each stated, its text's hash) the
    decision made at ``stamp`` on ``finding`` covered, in the caller's
    transaction. A note or correction alone decides nothing: it keeps the
    scope of the decision it is added to."""
    if not change.status or not any(r.changed for r in reviews):
        return
    if SCOPES not in db.table_names():
        return
    sha = dict(db.execute("SELECT id, sha256 FROM articles").fetchall())
    db.conn.executemany(
        f"INSERT INTO {SCOPES} (finding, at, article, article_sha, version) VALUES (?, ?, ?, ?, ?)",
        [
            (finding.id, stamp, source, sha.get(source) or "", v.value)
            for v in finding.versions
            for source in dict.fromkeys(v.sources)
        ],
    )


def decide_again(finding: FindingRecord, change: Change) -> Change:
    """A decision asked again alike on a finding sources joined since is a
    change all the same: it covers them now (as confirming a decision whose
    verdict changed is one)."""
    again = joined_since(finding) or left_since(finding)
    return replace(change, again=True) if change.status and again else change


def joined_since(finding: FindingRecord) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each version with its sources that joined since the decision in force
    (none in an open pair: those are said as pairs added since), as (value,
    sources); empty when the scope is unknown."""
    if finding.scope is None or not finding.active:
        return ()
    in_open = {
        a for m in finding.members if m.status == "open" for a in (m.left_article, m.right_article)
    }
    out = []
    for v in finding.versions:
        new = tuple(s for s in v.sources if s not in finding.scope and s not in in_open)
        if new:
            out.append((v.value, new))
    return tuple(out)


def joined_words(joined: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """'decided before 003_extra joined ‘Monday’ — decide again to cover it'."""
    if not joined:
        return ""
    n = sum(len(sources) for _, sources in joined)
    parts = "; ".join(f"{', '.join(sources)} joined ‘{value}’" for value, sources in joined)
    return f"decided before {parts} — {AGAIN} {'it' if n == 1 else 'them'}"


def left_since(finding: FindingRecord) -> tuple[tuple[str, str], ...]:
    """(value, article) each pair decided on, no longer found, compared that
    no pair found now states: gone from the finding since its decision
    (trial 44: ‘Wednesday’ left a dismissed date finding)."""
    now = {(s.article, s.text) for m in finding.members if m.active for s in m.sides}
    out: dict[tuple[str, str], None] = {}
    for m in finding.members:
        if finding._gone_decided(m):
            for s in m.sides:
                if (s.article, s.text) not in now:
                    out.setdefault((s.text, s.article), None)
    return tuple(out)


def left_words(finding: FindingRecord) -> str:
    """'‘Wednesday’ (33_2ecb) is no longer in it since the decision — look
    again': values a decided pair compared that the finding lost (trial 44)."""
    left = left_since(finding)
    if not left:
        return ""
    parts = ", ".join(f"‘{value}’ ({article})" for value, article in left)
    verb = "is" if len(left) == 1 else "are"
    return f"{parts} {verb} no longer in it since the decision — look again"


def again_words(finding: FindingRecord) -> str:
    """Everything that makes a decided finding worth another look besides its
    verdict: sources joined since, values left since."""
    return "; ".join(w for w in (joined_words(joined_since(finding)), left_words(finding)) if w)


def covers_now_words(joined: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """What a decision made again covers that the one before did not, said
    after its confirmation (session 37: "decide again" said nothing of them):
    'now covers 003_extra, which joined ‘Monday’ since the decision before'."""
    if not joined:
        return ""
    n = sum(len(sources) for _, sources in joined)
    parts = "; ".join(f"{', '.join(sources)} (‘{value}’)" for value, sources in joined)
    return f"now covers {parts}, {'which' if n == 1 else 'all'} joined since the decision before"


def now_covered(
    finding: FindingRecord, change: Change, reviews: Sequence[Review]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The sources (by version) a decision on ``finding`` (the record read
    before it) covers that its decision in force did not: none unless it
    decided (a status) and wrote something, as ``record_scope`` records."""
    if not change.status or not any(r.changed for r in reviews):
        return ()
    return joined_since(finding)


def covers_now_said(finding: FindingRecord, change: Change, reviews: Sequence[Review]) -> str:
    """'; now covers …' after a decision's confirmation, or ''."""
    words = covers_now_words(now_covered(finding, change, reviews))
    return f"; {words}" if words else ""


def with_scopes(db: sqlite_utils.Database, found: list[FindingRecord]) -> list[FindingRecord]:
    """``found`` with the scope of each decided finding's decision in force:
    the sources its decisions on the finding covered, and the two articles of
    each pair decided on its own. None when unknown (decided before schema 9,
    or pair by pair only)."""
    if SCOPES not in db.table_names():
        return found
    decided = {m.id for f in found for m in f.members if m.status != "open"}
    if not decided:
        return found
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for did, event, at in db.execute(
        "SELECT discrepancy, coalesce(event, ''), at FROM review_history WHERE discrepancy IN "
        "(SELECT discrepancy FROM reviews WHERE status != 'open') ORDER BY id"
    ):
        if did in decided:
            rows[did].append((event, at))
    scopes: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for fid, at, article in db.execute(f"SELECT finding, at, article FROM {SCOPES} ORDER BY at"):
        if scopes[fid] and scopes[fid][-1][0] == at:
            scopes[fid][-1][1].add(article)
        else:
            scopes[fid].append((at, {article}))
    return [_with_scope(f, rows, scopes) for f in found]


def _with_scope(
    f: FindingRecord,
    rows: dict[str, list[tuple[str, str]]],
    scopes: dict[str, list[tuple[str, set[str]]]],
) -> FindingRecord:
    covered: set[str] = set()
    known = False
    for m in f.members:
        if m.status == "open":
            continue
        made = in_force(rows.get(m.id, []))
        if made is None:
            return f
        event, at = made
        if event.startswith(DECIDED_ON):
            seen = [arts for when, arts in scopes.get(event[len(DECIDED_ON) :], []) if when <= at]
            if not seen:
                return f  # decided before scopes were kept: nothing is claimed
            covered |= seen[-1]
            known = True
        else:  # a pair decided on its own, or carried to it (``store.joined``)
            covered |= {m.left_article, m.right_article}
    return replace(f, scope=tuple(sorted(covered))) if known else f


def in_force(history: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (event, at) of the change in force, read as ``store.undo`` reads a
    history: an undo takes back the latest change, a redo puts it back, a
    decision the log carried starts over."""
    done: list[tuple[str, str]] = []
    undone: list[tuple[str, str]] = []
    for event, at in history:
        if event.startswith(VERDICT_CHANGED):
            continue
        if event.startswith(UNDONE):
            if done:
                undone.append(done.pop())
        elif event.startswith(REDONE):
            if undone:
                done.append(undone.pop())
        elif event.startswith(BY_THE_LOG):
            done, undone = [(event, at)], []
        else:
            done.append((event, at))
            undone.clear()
    return done[-1] if done else None
