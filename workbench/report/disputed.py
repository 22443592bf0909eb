"""An agreement whose figure is one side of a conflict (trial 42: "61" listed
as Agreed while "61 vs 68" held the same sentences). The report's Agreed list
names the finding that disputes it: agreed among these sources only."""

from __future__ import annotations

from typing import Any


def _spots(versions) -> set[tuple[str, str, str]]:
    """Where each figure is written: article, sentence and the figure's words."""
    return {(s["article"], s["claim"], s["value"]) for v in versions for s in v["sources"]}


def with_disputes(agreed: list[dict[str, Any]], items: list[dict[str, Any]]) -> list[dict]:
    """``agreed``, each disputed one with ``disputed_by``: the finding's id,
    verdict and its other versions as (value, articles)."""
    out = []
    for a in agreed:
        mine = _spots(a["versions"])
        for f in items:
            if f["agreed"] or f["kind"] != a["kind"] or str(f["verdict"]) == "consistent":
                continue
            hit = [v for v in f["versions"] if mine & _spots([v])]
            if hit:
                other = [
                    {"value": v["value"], "articles": [s["article"] for s in v["sources"]]}
                    for v in f["versions"]
                    if v is not hit[0]
                ]
                by = {"id": f["id"], "verdict": str(f["verdict"]), "versions": other}
                a = {**a, "disputed_by": by}
                break
        out.append(a)
    return out


def disputed_text(item: dict[str, Any]) -> str:
    """' — agreed among these sources only: ‘68’ in 32_7ecb (conflict F…)' or ''."""
    d = item.get("disputed_by")
    if not d:
        return ""
    where = "; ".join(f"‘{v['value']}’ in {', '.join(v['articles'])}" for v in d["versions"])
    return f" — agreed among these sources only: {where} ({d['verdict']} {d['id']})"
