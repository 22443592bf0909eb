"""The public JSON format written by ``workbench check --json`` (version 2:
version 1 plus claim groups, findings, coverage and independence; since
manual links, each alignment says whether an editor made it, and
``manual_links`` lists the editors' links — keys added, none changed).

Documented in docs/json-format.md; tests check that every field is there.
"""

from __future__ import annotations

from typing import Any

from .findings import coverage, group_label, independent_sources, minority_articles
from .manual_links import Applied
from .model import Analysis, Article, Fact, Finding, Side, Verdict

FORMAT_VERSION = 2


def article_record(a: Article) -> dict[str, Any]:
    """One article as the JSON format and the review log both store it."""
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "sha256": a.sha256,
        "text": a.text,
        # where each page starts in ``text`` (PDF and Word files), for citing; [] otherwise
        "pages": list(a.pages),
    }


def fact_record(f: Fact) -> dict[str, Any]:
    """One fact as the JSON format and the review log both store it."""
    return {
        "id": f.id,
        "claim": f.claim,
        "article": f.article,
        "kind": f.kind,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "value": f.value,
    }


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "articles": [article_record(a) for a in analysis.articles],
        "claims": [
            {"id": c.id, "article": c.article, "start": c.start, "end": c.end, "text": c.text}
            for c in analysis.claims
        ],
        "facts": [fact_record(f) for f in analysis.facts],
        "alignments": [
            {"claims": [a.left, a.right], "score": a.score, "manual": a.manual}
            for a in analysis.alignments
        ],
        "discrepancies": [
            {
                "id": d.id,
                "kind": d.kind,
                "verdict": str(d.verdict),
                "explanation": d.explanation,
                "sides": [
                    {
                        "article": s.article,
                        "claim": s.claim,
                        "start": s.start,
                        "end": s.end,
                        "text": s.text,
                        "normalized": s.normalized,
                    }
                    for s in d.sides
                ],
            }
            for d in analysis.discrepancies
        ],
        **across_sources(analysis),
        "manual_links": [manual_link_record(m) for m in analysis.manual],
    }


def manual_link_record(applied: Applied) -> dict[str, Any]:
    """One editor's link or unlink and the claims it names in this analysis
    (``claims`` null and ``orphaned`` true when a sentence is gone)."""
    link = applied.link
    return {
        "id": link.id,
        "kind": link.kind,
        "editor": link.editor,
        "at": link.at,
        "sentences": [{"article": r.article, "text": r.text} for r in (link.left, link.right)],
        "claims": list(applied.claims) if applied.claims else None,
        "orphaned": applied.orphaned,
    } | ({"differs": link.differs} if link.differs else {})


def _side(s: Side) -> dict[str, Any]:
    return {"article": s.article, "claim": s.claim, "start": s.start, "end": s.end, "text": s.text}


def finding_record(f: Finding) -> dict[str, Any]:
    """One finding as the JSON format and the review log both store it."""
    return {
        "id": f.id,
        "kind": f.kind,
        "verdict": str(f.verdict),
        "explanation": f.explanation,
        "group": f.group,
        "versions": [
            {
                "value": v.value,
                "sources": sorted({s.article for s in v.sides}),
                "independent": v.independent,
                "sides": [_side(s) for s in v.sides],
            }
            for v in f.versions
        ],
        "relations": [
            {"versions": [r.left, r.right], "verdict": str(r.verdict), "discrepancy": r.discrepancy}
            for r in f.relations
        ],
        "discrepancies": list(f.discrepancies),
        "correct": list(minority_articles(f)),
        "agreement": f.agreement,
    } | ({"raised_by": f.raised_by} if f.verdict == Verdict.RAISED else {})


def across_sources(analysis: Analysis) -> dict[str, Any]:
    """Version 2's sections: groups, findings, coverage and independence."""
    sources = [a.id for a in analysis.articles]
    texts = {c.id: c.text for c in analysis.claims}
    return {
        "groups": [
            {
                "id": g.id,
                "members": [
                    {"article": m.article, "claims": list(m.claims), "score": m.score}
                    | ({"restated": list(m.restated)} if m.restated else {})
                    for m in g.members
                ],
            }
            | ({"aligned": list(g.aligned)} if g.aligned else {})
            for g in analysis.groups
        ],
        "findings": [finding_record(f) for f in analysis.findings],
        "coverage": {
            "sources": sources,
            "groups": [
                {
                    "group": c.group.id,
                    # what the claim reads as (its members' words; never empty)
                    "label": group_label(c.group, texts.get),
                    "carried": list(c.carried),
                    "omitted": list(c.omitted),
                    "aligned": list(c.aligned),
                    "widely_carried": c.widely_carried,
                    "independent": c.independent,
                }
                for c in coverage(analysis)
            ],
        },
        "independence": {
            "credits": [{"article": a, "agency": c} for a, c in analysis.credits],
            "copies": [
                {"articles": [c.left, c.right], "shared": c.shared, "credit": c.credit}
                for c in analysis.copies
            ],
            "independent_sources": independent_sources(sources, analysis.copies),
        },
    }
