"""One decision on a finding, written to each of its discrepancies inside
the caller's transaction (``ReviewLog.decide``): which article each pair is
to correct, the pairs of two other versions left open, the finding's note
and correction kept for a pair that joined it since, and the scope of what
the decision covered (``store.scope``). Reading findings is ``findings``'s."""

from __future__ import annotations

from dataclasses import replace

from . import per_article
from .disk import StoreError
from .findings import DECIDED_ON, finding_review, resolve_finding
from .left_open import left_open
from .owed import assign, in_source_order
from .records import FindingRecord, Review
from .reviews import ASKS, Change, ReviewLog, apply_review
from .scope import decide_again, record_scope


def decide_finding(
    log: ReviewLog,
    ident: str,
    change: Change,
    articles: tuple[str, ...] | None,
    stamp: str,
) -> tuple[FindingRecord, list[Review]]:
    """Write one decision to every discrepancy of a finding, inside the
    caller's transaction: the pairs a correction removed that it still holds
    (``finding_records``) too, so its decision stays one (trial 36).

    ``articles`` are the articles to correct; None keeps each discrepancy's
    own, except that "needs correction" without articles names the
    finding's default (the minority versions). Each discrepancy gets the
    one of its two articles that is named, or else the first article named.

    A decision that asks named articles (needs correction, disputed) never
    closes a disagreement the editor did not decide: a pair of two other
    versions that disagree (30 in a and b, 24 in c; "correct a": b vs c) is
    left open, and the finding reads as partly decided (``left_open``).
    Trial 42 named 32_4 ("Kathryn") and saw the Catherine / Katherine pairs
    closed as "correct in 32_4", the finding counted done. Trial 29 had read
    such a pair as "added since": that wording is now kept for pairs that
    really joined since (``store.covered.undecided_words``)."""
    finding = resolve_finding(log, ident)
    if articles is None and change.status == "needs-correction" and change.article is None:
        # the article an editor chose before deciding (the window's "Correct
        # in" first, then the button) wins over the default; it was dropped
        # (fresh user trial): the report then asked every source
        chosen = {m.correct_article for m in finding.members if m.correct_article}
        articles = tuple(a for a in finding.sources if a in chosen) or _paired(finding)
    if articles is not None:
        unknown = [a for a in articles if a not in finding.sources]
        if unknown:
            raise StoreError(
                f"article {unknown[0]!r} is not one of this finding's sources "
                f"({', '.join(finding.sources)})"
            )
        articles = in_source_order(articles, finding.sources)  # any order, one result
    members = list(finding.members)
    given, typed = _typed(change, articles), change.correction is not None
    change = decide_again(finding, _with_the_findings_words(finding, change))
    sides_of = {m.id: log._sides(m.id) for m in members}
    every_side = [s for sides in sides_of.values() for s in sides]
    members = [m for m in members if m.id not in left_open(finding, articles, change.status)]
    compared = {m.id: {s["article"] for s in sides_of[m.id]} for m in members}
    asked = assign(articles, compared, _mates(finding)) if articles is not None else {}
    if articles is None and change.status in (None, *ASKS):  # a note, a text typed
        asked = {m.id: m.correct_article for m in members if m.status in ASKS and m.correct_article}
        given = given if given is not None or typed else {}
    held = per_article.texts(members, asked, given) if given is not None else {}
    reviews = []
    for m in members:
        sides = sides_of[m.id]
        here = change
        if articles is not None:
            named = asked[m.id]
            here = replace(change, article=named)
            sides = sides if named in compared[m.id] else [*sides, *every_side]
        if given is not None:  # its article's own correction, never another's
            here = replace(here, correction=held.get(m.id))  # none asked: its own kept
        reviews.append(
            apply_review(log.db, m.id, sides, here, stamp, event=f"{DECIDED_ON}{finding.id}")
        )
    record_scope(log.db, finding, stamp, change, reviews)
    return finding, reviews


def _typed(change: Change, articles: tuple[str, ...] | None) -> dict[str, str] | None:
    """The corrections typed in this decision by article, when it asks
    articles (None otherwise: the finding's words are kept as before)."""
    if articles is None:  # the window's box for one article: the others keep theirs
        return dict(change.corrections) if change.corrections else None
    if change.status not in (None, *ASKS):  # None: an article chosen, the status kept
        return None
    return per_article.by_article(change.correction, articles, dict(change.corrections))


def _mates(finding: FindingRecord) -> dict[str, tuple[str, ...]]:
    """Each source, and the other sources stating its version."""
    return {a: tuple(b for b in v.sources if b != a) for v in finding.versions for a in v.sources}


def _paired(finding: FindingRecord) -> tuple[str, ...]:
    """The default articles to correct (the less supported versions) that a
    pair of the finding compares: a copy stating a version through another
    source's sentence has none to carry it, and the editor did not name it."""
    compared = {s.article for m in finding.members for s in m.sides}
    return tuple(a for a in finding.correct if a in compared) or finding.correct


def _with_the_findings_words(finding: FindingRecord, change: Change) -> Change:
    """A decision that leaves the note or correction as they are keeps the
    finding's: a discrepancy that joined it since (a new source) gets them
    too. Left alone, the new discrepancy was decided bare and the report
    showed the finding's decision twice, once without its note (fresh
    window trial)."""
    latest = finding_review(finding)
    if change.note is None and latest.note:
        change = replace(change, note=latest.note)
    if change.correction is None and latest.correction:
        change = replace(change, correction=latest.correction)
    return change
