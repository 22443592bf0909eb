"""Findings in the review log: saved with each run, read with the decisions
on the discrepancies they contain, decided as one.

Decisions stay on the pair-level reviews. A decision on a finding is written
to each discrepancy it contains, in one transaction, each history row saying
so (``decided on finding F…``). So a log made before findings existed loses
nothing: its reviews show under the finding that contains their discrepancy,
a discrepancy in no finding (not analysed again yet, or orphaned) is a
finding of its own, and a finding whose membership changes when a source is
added keeps every decision already made.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from typing import Any

import sqlite_utils

from ..findings import finding_id, minority_articles, with_aligned_sources
from ..findings.copies import independent_sources
from ..findings.copy_groups import counting_links
from ..findings.keep import keep_ids
from ..findings.pairwise import STRENGTH
from ..model import Analysis, ClaimGroup, CopyLink, Finding, Member, Verdict
from ..naming import surface
from ..raised import finding_id as raised_id
from .disk import StoreError
from .joined import finding_members
from .links import with_raisers
from .records import DiscrepancyRecord, FindingRecord, Review, SideRecord, VersionRecord
from .reviews import ReviewLog, discrepancy_records, history_events
from .schema import insert_rows
from .scope import with_scopes

DECIDED_ON = "decided on finding "  # a history row's event: the finding decided

MIN_PREFIX = 4
# the findings table's "agreement" column: 0 an item, 1 an agreement, 2 settled
# (``findings.settled``: consistent, nothing to decide; trial 44). No schema
# change: a log read by an earlier version takes 2 for an agreement, as meant.
SETTLED = 2


def save_findings(
    db: sqlite_utils.Database,
    analysis: Analysis,
    claim_text: dict[str, str],
    sha: dict[str, str],
    stamp: str,
) -> None:
    """Replace the groups and copies; merge the findings (never deleted:
    those this run does not find become inactive) with their members."""
    db.execute("DELETE FROM claim_groups")
    insert_rows(
        db,
        "claim_groups",
        [
            {
                "id": g.id,
                "members": json.dumps(
                    [
                        {"article": m.article, "claims": m.claims, "score": m.score}
                        | ({"restated": m.restated} if m.restated else {})
                        for m in g.members
                    ]
                ),
            }
            for g in analysis.groups
        ],
    )
    db.execute("DELETE FROM copies")
    insert_rows(
        db,
        "copies",
        [
            {"left": c.left, "right": c.right, "shared": c.shared, "credit": c.credit}
            for c in analysis.copies
        ],
    )
    db.execute("UPDATE findings SET active=0")
    for n, f in enumerate(analysis.findings):
        old = db.execute("SELECT first_seen FROM findings WHERE id=?", [f.id]).fetchone()
        db["findings"].upsert(
            {**_row(f, claim_text, sha), "position": n, "active": 1, "last_seen": stamp}
            | {"first_seen": old[0] if old else stamp},
            pk="id",
        )
        db.execute("DELETE FROM finding_members WHERE finding=?", [f.id])
        insert_rows(
            db, "finding_members", [{"finding": f.id, "discrepancy": d} for d in f.discrepancies]
        )


def with_kept_ids(db: sqlite_utils.Database, analysis: Analysis) -> Analysis:
    """``analysis`` with each finding under the id of the last run's finding it
    shares the most discrepancies with (``findings.keep``): a re-analysis
    that adds a pair to a decided finding, or moves one out, keeps its id."""
    kept = keep_ids(analysis.findings, finding_members(db))
    return analysis if kept == analysis.findings else replace(analysis, findings=kept)


def _row(f: Finding, claim_text: dict[str, str], sha: dict[str, str]) -> dict[str, Any]:
    versions = [
        {
            "value": v.value,
            "sources": sorted({s.article for s in v.sides}),
            "independent": v.independent,
            "sides": [
                {
                    "article": s.article,
                    "claim": s.claim,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "normalized": s.normalized,
                    "claim_text": claim_text.get(s.claim, ""),
                    "article_sha": sha.get(s.article, ""),
                }
                for s in v.sides
            ],
        }
        for v in f.versions
    ]
    return {
        "id": f.id,
        "kind": f.kind,
        "verdict": str(f.verdict),
        "explanation": f.explanation,
        "grp": f.group,
        "versions": json.dumps(versions, ensure_ascii=False),
        "relations": json.dumps(
            [[r.left, r.right, str(r.verdict), r.discrepancy] for r in f.relations]
        ),
        "correct": json.dumps(list(minority_articles(f))),
        "agreement": 1 if f.agreement else SETTLED if f.settled else 0,
    }


def finding_records(log: ReviewLog) -> list[FindingRecord]:
    """Active findings in reading order, then every flag no active finding
    holds (a log not analysed since it was upgraded, an orphaned review) as a
    finding of its own. Call inside a snapshot."""
    events = history_events(log)
    records = {r.id: r for r in discrepancy_records(log, include_orphaned=True, events=events)}
    names = log._article_names()
    out: list[FindingRecord] = []
    covered: set[str] = set()
    tables = set(log.db.table_names())
    if "findings" in tables:
        members: dict[str, list[str]] = defaultdict(list)
        for fid, did in log.db.execute(
            "SELECT m.finding, m.discrepancy FROM finding_members m "
            "JOIN findings f ON f.id = m.finding WHERE f.active = 1 ORDER BY m.discrepancy"
        ):
            members[fid].append(did)
        for row in log.db.query("SELECT * FROM findings WHERE active=1 ORDER BY position, id"):
            held = tuple(records[d] for d in members[row["id"]] if d in records)
            covered.update(m.id for m in held)
            out.append(_stored(log, row, held, names))
    rest = [r for r in records.values() if r.id not in covered]
    every = [ident for (ident,) in log.db.execute("SELECT id FROM articles")]
    links = counting_links(every, stored_copies(log))  # as the analysis counted (trial 48)
    out.extend(_single(r, links) for r in rest if r.active)
    gone = _gone_by_decision(events, [r for r in rest if not r.active])
    at = {f.id: n for n, f in enumerate(out) if f.stored}
    checked = {ident for (ident,) in log.db.execute("SELECT id FROM articles")}
    for fid, members in list(gone.items()):
        # its finding is still found and both articles of each pair are still
        # checked (an edit took the pairs away, not an article left out): the
        # decision stays on that finding
        f = out[at[fid]] if fid in at else None
        if f is not None and all({m.left_article, m.right_article} <= checked for m in members):
            out[at[fid]] = replace(f, members=(*f.members, *members))
            del gone[fid]
    out.extend(_as_one(g, active=False, links=links, key=k) for k, g in gone.items())
    return with_scopes(log.db, with_raisers(log.db, out))


def _gone_by_decision(
    events: dict[str, list[str]], gone: list[DiscrepancyRecord]
) -> dict[str, list[DiscrepancyRecord]]:
    """Reviews no longer found, by the finding they were decided on (a fresh
    trial removed an article and read eleven "no longer found" rows, one per
    pair, of one decision); the others one each, by their own id. A finding
    still found keeps its gone pairs of articles still checked
    (``finding_records``): the pairs a
    correction removed ("two" edited to "a third") made a second finding of
    one decision, never seen before, listed twice as corrected and marked
    verified with the first (trial 36). A group of one is the finding
    ``_single`` makes, with its id."""
    groups: dict[str, list[DiscrepancyRecord]] = {}
    for r in gone:
        # the editor's latest decision on it: on a finding, or on the pair alone ("")
        on = [e for e in events.get(r.id, []) if not e or e.startswith(DECIDED_ON)]
        latest = on[-1] if on else ""
        groups.setdefault(latest[len(DECIDED_ON) :] if latest else r.id, []).append(r)
    return groups


def _single(r: DiscrepancyRecord, links: tuple[CopyLink, ...] = ()) -> FindingRecord:
    """One flag as a finding of its own: one version per distinct wording."""
    return _as_one([r], active=r.active, links=links)


def _as_one(
    members: list[DiscrepancyRecord],
    active: bool,
    links: tuple[CopyLink, ...] = (),
    key: str = "",
) -> FindingRecord:
    """Flags as one finding (not stored): one version per distinct wording,
    the strongest verdict, explained by the flag that has it. Each version's
    independent sources are counted with the latest run's copy links (trial
    29: a version of four independent sources read "(1 independent)")."""
    keys: dict[str, list[SideRecord]] = {}
    for r in members:
        for s in r.sides:
            keys.setdefault(surface(s.text), []).append(s)
    order = list(keys)
    versions = tuple(
        VersionRecord(
            sides[0].text,
            (sources := tuple(dict.fromkeys(s.article for s in sides))),
            independent_sources(sources, links),
            tuple(sides),
        )
        for sides in keys.values()
    )
    relations = tuple(
        (
            order.index(surface(r.sides[0].text)),
            order.index(surface(r.sides[-1].text)),
            r.verdict,
            r.id,
        )
        for r in members
        if r.sides
    )
    top = max(members, key=lambda r: STRENGTH.get(r.verdict, 0))
    ident = finding_id([r.id for r in members])
    if top.verdict == Verdict.RAISED:  # an editor's finding keeps its id: decided on, or its link's
        ident = key if key.startswith("F") else raised_id(key or members[0].id)
    return FindingRecord(
        id=ident,
        kind=top.kind,
        verdict=top.verdict,
        explanation=top.explanation,
        group="",
        versions=versions,
        relations=relations,
        correct=(),
        members=tuple(members),
        active=active,
        first_seen=min(r.first_seen for r in members),
        last_seen=max(r.last_seen for r in members),
        stored=False,
    )


def _stored(
    log: ReviewLog, row: dict[str, Any], held: tuple[DiscrepancyRecord, ...], names: dict[str, str]
) -> FindingRecord:
    versions = []
    for v in json.loads(row["versions"]):
        sides = tuple(SideRecord.from_stored(s) for s in log._current_names(v["sides"], names))
        sources = tuple(dict.fromkeys(s.article for s in sides))
        versions.append(VersionRecord(v["value"], sources, v["independent"], sides))
    return FindingRecord(
        id=row["id"],
        kind=row["kind"],
        verdict=row["verdict"],
        explanation=row["explanation"],
        group=row["grp"] or "",
        versions=tuple(versions),
        relations=tuple(tuple(r) for r in json.loads(row["relations"])),
        correct=tuple(json.loads(row["correct"] or "[]")),
        members=held,
        active=True,
        first_seen=row["first_seen"] or "",
        last_seen=row["last_seen"] or "",
        agreement=row.get("agreement") == 1,
        settled=row.get("agreement") == SETTLED,
    )


def is_finding_id(ident: str) -> bool:
    """Finding ids begin with a capital F; discrepancy ids are lower-case hex."""
    return ident.strip().startswith("F")


def no_version_stands_out(finding: FindingRecord) -> bool:
    """No default article to correct (a tie, or one source against one):
    "needs correction" must name one, or every source, the right one too,
    would be asked to correct itself."""
    return not finding.correct and len(finding.sources) > 1


def article_to_name(finding: FindingRecord) -> bool:
    """ "Needs correction" on this finding must name its article: it has more
    than one version (or no default at all) and no article was chosen for it
    before. Trial 45 marked a finding of 'South Ozone Park' (2), 'College
    Point' and 'Queens' and the default, the less supported versions, asked
    the article saying "Queens", which is right, to correct itself: which
    version is wrong is the editor's to say, never guessed."""
    if any(m.correct_article for m in finding.members):
        return False  # the editor's own choice (the window's "Correct in" first)
    return len(finding.versions) > 1 or no_version_stands_out(finding)


def standing(finding: FindingRecord) -> tuple[str, int]:
    """A finding's decision as an editor reads it, and how many of its
    discrepancies no decision covers yet. Its one decision stands when the
    rest of its discrepancies are open: a decided finding that grew (a new
    source compared after the decision, re-analysed) is "verified" with one
    discrepancy still to decide, not "mixed" (fresh CLI trial: the summary
    counted it among mixed decisions). "mixed" is left for discrepancies
    that editors decided differently; "open" when none is decided."""
    decided = [m.status for m in finding.members if m.status != "open"]
    if not decided:
        return "open", 0
    undecided = len(finding.members) - len(decided)
    return (decided[0] if len(set(decided)) == 1 else "mixed"), undecided


def finding_review(finding: FindingRecord) -> Review:
    """A finding's decision as one review: its status (``mixed`` when its
    discrepancies were decided differently) and the latest decision's fields."""
    touched = [
        m
        for m in finding.members
        if m.status != "open" or m.note or m.correction or m.correct_article
    ]
    last = max(touched, key=lambda m: (m.updated, m.id)) if touched else None
    return Review(
        finding.id,
        finding.status,
        last.note if last else "",
        last.correction if last else "",
        last.reviewer if last else "",
        last.updated if last else "",
        last.correct_article if last else "",
    )


def resolve_finding(log: ReviewLog, ident: str) -> FindingRecord:
    """A finding by its full id or an unambiguous prefix (at least 4
    characters), case-insensitively."""
    ident = ident.strip()
    found = finding_records(log)
    exact = [f for f in found if f.id.lower() == ident.lower()]
    if exact:
        return exact[0]
    if len(ident) < MIN_PREFIX:
        raise StoreError(
            f"finding id {ident!r} is too short: give at least {MIN_PREFIX} characters"
        )
    hits = [f for f in found if f.id.lower().startswith(ident.lower())]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        now = _regrouped(log, ident, found)
        if now:
            raise StoreError(
                f"unknown finding id {ident!r}: a later check regrouped it; its "
                f"decisions are now under {', '.join(now)}"
            )
        raise StoreError(
            f"unknown finding id {ident!r} (see 'workbench report') in the review log "
            f"{log.path} - another log? give it with --db"
        )
    raise StoreError(f"ambiguous finding id {ident!r}: matches {len(hits)} findings")


def _regrouped(log: ReviewLog, ident: str, found: list[FindingRecord]) -> list[str]:
    """The findings that now hold the discrepancies once decided under the
    finding ``ident`` (a full id or a prefix), from the review history."""
    rows = log.db.execute(
        "SELECT DISTINCT discrepancy FROM review_history WHERE lower(event) LIKE ?",
        [f"decided on finding {ident.lower()}%"],
    ).fetchall()
    decided = {r[0] for r in rows}
    todo = list(decided)
    while todo:  # a decided flag reworded by an edit moved its review on (trial 32)
        row = log.db.execute("SELECT moved_to FROM discrepancies WHERE id=?", [todo.pop()])
        nxt = (row.fetchone() or [""])[0]
        if nxt and nxt not in decided:
            decided.add(nxt)
            todo.append(nxt)
    return [f.id for f in found if decided & {m.id for m in f.members}]


def stored_groups(log: ReviewLog) -> tuple[ClaimGroup, ...]:
    """The latest run's claim groups (none in a log not analysed since version 3)."""
    if "claim_groups" not in log.db.table_names():
        return ()
    # the sources aligned with a group's claims come from the same run's
    # alignments (replaced with the groups on every run), read as the analysis
    # reads them (findings.with_aligned_sources)
    article_of = dict(log.db.execute("SELECT id, article FROM claims").fetchall())
    out = []
    for gid, members in log.db.execute("SELECT id, members FROM claim_groups"):
        ms = tuple(
            Member(m["article"], tuple(m["claims"]), m["score"], tuple(m.get("restated", ())))
            for m in json.loads(members)
        )
        out.append(ClaimGroup(gid, ms))
    out.sort(key=lambda g: int(g.id[1:]) if g.id[1:].isdigit() else 0)
    return with_aligned_sources(out, article_of, log.aligned_pairs())


def aligned_articles(log: ReviewLog) -> list[tuple[str, str]]:
    """The articles of each pair of sentences the latest run aligned (which
    articles share no claim with the others: ``findings.offtopic.alone``)."""
    return log.db.execute(
        "SELECT a.article, b.article FROM alignments al "
        "JOIN claims a ON a.id = al.[left] JOIN claims b ON b.id = al.[right]"
    ).fetchall()


def stored_copies(log: ReviewLog) -> tuple[CopyLink, ...]:
    if "copies" not in log.db.table_names():
        return ()
    rows = log.db.execute('SELECT "left", "right", shared, credit FROM copies ORDER BY 1, 2')
    return tuple(CopyLink(*row) for row in rows)
