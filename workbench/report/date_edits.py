"""The report says when an editor changed an article's publication date:
from what to what, who, when (user trial 49, problem 8: md, html and json
showed 2013-06-12 with no word that the file says 2013-06-18, though every
relative-date verdict rests on it; ``check`` said it). One line per article
under the summary, and beside the article's date where it has a section."""

from __future__ import annotations

from typing import Any

from ..store.date_edits import standing_edits
from .escape import e, md, md_code


def edits_of(log, articles: dict) -> list[dict[str, str]]:
    """The date changes standing now, in the log's order of articles: each
    {article, outlet, from, to, by, at}."""
    dates = {a.sha256: a.published or "" for a in articles.values()}
    standing = standing_edits(log.db, dates)
    out = []
    for aid, a in articles.items():
        if (edit := standing.get(a.sha256)) and edit["from"] != edit["to"]:
            edit = {k: edit[k] for k in ("from", "to", "by", "at")}
            out.append({"article": aid, "outlet": a.outlet, **edit})
    return out


def words(edit: dict[str, str]) -> str:
    """'2013-06-18 → 2013-06-12, by ann on 2026-12-07T19:03:00Z' (the
    from-date said as unknown when the log never had one)."""
    was = edit["from"] or "no date"
    who = f" by {edit['by']}" if edit["by"] else ""
    return f"changed from {was} to {edit['to']}{who} on {edit['at']}"


def md_lines(data: dict[str, Any]) -> list[str]:
    edits = data.get("date_edits") or []
    if not edits:
        return []
    out = ["- Publication dates changed by an editor (relative dates are read from them):"]
    for ed in edits:
        outlet = f" ({md(ed['outlet'])})" if ed["outlet"] else ""
        out.append(f"  - {md_code(ed['article'])}{outlet}: {md(words(ed))}")
    return out


def html_rows(data: dict[str, Any]) -> list[str]:
    edits = data.get("date_edits") or []
    if not edits:
        return []
    items = "".join(
        f"<li><code>{e(ed['article'])}</code>"
        + (f" ({e(ed['outlet'])})" if ed["outlet"] else "")
        + f": {e(words(ed))}</li>"
        for ed in edits
    )
    return [
        "<tr><th>Publication dates changed by an editor (relative dates are read from "
        f"them)</th><td><ul>{items}</ul></td></tr>"
    ]


def beside_date(art: dict[str, Any]) -> str:
    """Words after an article's date in its section: '' unless changed."""
    edit = art.get("date_changed")
    return f"; {words(edit)}" if edit else ""
