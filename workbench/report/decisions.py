"""The distinct decisions made on a finding's pairs, each article named
with its own proposed correction (user trial 49, problem 3: UPI's wording
was listed as the correction under the LA Times and the Boston Globe).

A decision on the finding is one, whatever articles it names and whatever
each is proposed; several decisions on its pairs are all kept. A decision
naming two articles to correct is one decision with both
(``correct_articles``; ``correct_article`` joins them): split by article,
one decision read as two, each "on 1 of its 2 discrepancies" (fresh CLI
trial). ``corrections`` maps each article named to its own text;
``correction`` is the one text when every article named is proposed the
same (or none is named), else empty: never one article's wording shown as
every article's."""

from __future__ import annotations

from typing import Any


def decisions(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: dict[tuple, dict[str, Any]] = {}
    for d in pairs:
        if d["status"] == "open" and not d["note"] and not d["correction"]:
            continue
        # a pair asking no article keeps its text in the key, as before
        own = "" if d["correct_article"] else d["correction"]
        key = (d["status"], d["note"], own, d["reviewer"])
        entry = out.setdefault(
            key,
            {
                "status": d["status"],
                "note": d["note"],
                "correction": own,
                "corrections": {},
                "reviewer": d["reviewer"],
                "correct_article": "",
                "correct_articles": [],
                "updated": d["updated"],
                "discrepancies": [],
            },
        )
        a = d["correct_article"]
        if a and a not in entry["correct_articles"]:
            entry["correct_articles"].append(a)
            entry["correct_article"] = ", ".join(entry["correct_articles"])
        if a and d["correction"] and d["updated"] >= entry["corrections"].get(a, ("", ""))[0]:
            entry["corrections"][a] = (d["updated"], d["correction"])
        entry["discrepancies"].append(d["id"])
        entry["updated"] = max(entry["updated"], d["updated"])
    return [_one_text(e) for e in out.values()]


def _one_text(entry: dict[str, Any]) -> dict[str, Any]:
    texts = {a: text for a, (_, text) in entry["corrections"].items()}
    named = entry["correct_articles"]
    ordered = {a: texts[a] for a in named if a in texts}
    same = set(ordered.values())
    if named and len(same) == 1 and len(ordered) == len(named):
        entry["correction"] = same.pop()
    elif named:
        entry["correction"] = ""
    return {**entry, "corrections": ordered}


def for_article(d: dict[str, Any], aid: str) -> dict[str, Any]:
    """A decision naming ``aid`` (and maybe others) as listed under ``aid``:
    that article alone, with its own correction or none."""
    own = d.get("corrections", {}).get(aid, "")
    return {
        **d,
        "correct_articles": [aid],
        "correct_article": aid,
        "correction": own,
        "corrections": {aid: own} if own else {},
    }


def each_text(d: dict[str, Any]) -> list[tuple[str, str]]:
    """The per-article corrections to show when there is no one text for
    the whole decision: (article, text) in the order named."""
    if d.get("correction"):
        return []
    return list(d.get("corrections", {}).items())
