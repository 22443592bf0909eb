"""The public JSON format written by ``workbench check --json`` (version 1).

Documented in docs/json-format.md; tests check that every field is there.
"""

from __future__ import annotations

from typing import Any

from .model import Analysis, Article, Fact

FORMAT_VERSION = 1


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
            {"claims": [a.left, a.right], "score": a.score} for a in analysis.alignments
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
    }
