"""The correction report, built from the review log.

One data model (:func:`build_report`) rendered four ways, so Markdown, HTML,
CSV and JSON always say the same thing.

Everything an article or an editor wrote (titles, outlets, sentences, values,
explanations, notes, corrections, reviewer names, ids made from file names)
is untrusted, and every format keeps it inert:

- Markdown: Markdown and HTML syntax characters are backslash-escaped, so
  ``![x](http://…)`` fetches nothing, ``[x](javascript:…)``, ``<http://…>`` and
  raw tags stay text, and line breaks cannot start a new block or table row.
- HTML: every string is escaped (attributes too), nothing links anywhere, and
  a Content-Security-Policy forbids fetching anything but the inline style.
- CSV: cells a spreadsheet would run as formulas get a leading ``'``; line
  breaks stay inside quoted cells.
- JSON: valid JSON; control, bidi-override and line-separator characters are
  written as ``\\uXXXX`` escapes (the decoded data is unchanged).

Control characters (ESC, NUL, C1) and bidi overrides become visible escapes
such as ``\\x1b`` in Markdown, HTML and CSV, so ``cat report.md`` on a
terminal runs no escape sequence.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from typing import Any

from . import __version__
from .store import STATUSES, ReviewLog, now
from .terminal import BIDI_CONTROLS, LINE_SEPARATORS, visible_controls

FORMATS = ("md", "html", "csv", "json")
ACTION_STATUSES = ("needs-correction", "disputed")


def build_report(log: ReviewLog) -> dict[str, Any]:
    articles = {a.id: a for a in log.articles()}
    claims = log.claim_texts()
    items = []
    for d in log.discrepancies():
        sides = []
        for s in d.sides:
            article = articles.get(s.article)
            sides.append(
                {
                    "article": s.article,
                    "title": article.title if article else "",
                    "outlet": article.outlet if article else "",
                    # The sentence as it was when compared: an orphaned review keeps
                    # the evidence it was decided on, not today's edited text.
                    "claim": s.claim_text or claims.get(s.claim, ""),
                    "value": s.text,
                    "normalized": s.normalized,
                }
            )
        items.append(
            {
                "id": d.id,
                "kind": d.kind,
                "verdict": d.verdict,
                "explanation": d.explanation,
                "status": d.status,
                "note": d.note,
                "correction": d.correction,
                "reviewer": d.reviewer,
                "updated": d.updated,
                "correct_article": d.correct_article,
                "orphaned": d.orphaned,
                "sides": sides,
            }
        )
    active = [i for i in items if not i["orphaned"]]
    summary = {
        "articles": len(articles),
        "discrepancies": len(active),
        "by_verdict": dict(Counter(i["verdict"] for i in active)),
        "by_status": {s: sum(1 for i in active if i["status"] == s) for s in STATUSES},
        "orphaned_reviews": sum(1 for i in items if i["orphaned"]),
    }
    per_article = []
    for aid, a in articles.items():
        rows = [
            i
            for i in items
            if i["status"] in ACTION_STATUSES
            and not i["orphaned"]
            and (
                i["correct_article"] == aid
                # an article to correct that is no longer in the analysis must
                # not hide the item: it is then listed under both sides
                if i["correct_article"] in articles
                else any(s["article"] == aid for s in i["sides"])
            )
        ]
        per_article.append(
            {
                "id": aid,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "path": a.path,
                "items": rows,
            }
        )
    return {
        "generated": now(),
        "tool": f"Claim Workbench {__version__}",
        "review_log": str(log.path),
        "summary": summary,
        "articles": per_article,
        "orphaned": [i for i in items if i["orphaned"]],
        "discrepancies": items,
    }


def render(log: ReviewLog, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")
    data = build_report(log)
    return {"md": to_markdown, "html": to_html, "csv": to_csv, "json": to_json}[fmt](data)


# json.dumps escapes C0 controls itself; with ensure_ascii=False it leaves DEL,
# C1, bidi overrides and U+2028/2029 raw. They can only occur inside strings,
# so writing them as \uXXXX keeps the JSON valid and the decoded data equal.
_JSON_RAW = re.compile("[\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS | LINE_SEPARATORS)) + "]")


def to_json(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _ordered_sides(item: dict[str, Any], aid: str) -> list[dict[str, Any]]:
    sides = item["sides"]
    return sides if sides[0]["article"] == aid else [sides[1], sides[0]]


def _quoted(value: str) -> str:
    """Wrap a value in quotation marks unless it is itself a quotation."""
    value = _md(value)
    return value if value[:1] in "\"“‘'«" else f"“{value}”"


# Line breaks of every kind; in a one-line field they become spaces.
_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
# Characters that open Markdown or HTML syntax inside a line: code, emphasis,
# links and images ([ ] ( ) !), raw HTML and autolinks (< >), entities (&),
# table cells (|), headings (#), strikethrough (~) and the escape itself (\).
# A backslash before ASCII punctuation always shows that character as text
# (CommonMark 2.4). "-", "+", "." and "=" act only at the start of a line,
# which untrusted text never is: every line begins with the report's own words.
_MD_ACTIVE = re.compile(r"([\\`*_{}\[\]()#!|<>~&])")


def _md(s: str | None) -> str:
    """Untrusted text as inert Markdown on one line: shown as written, never
    a link, image, tag, heading, table cell or escape sequence."""
    s = visible_controls(_BREAKS.sub(" ", s or ""), keep="\t")
    return _MD_ACTIVE.sub(r"\\\1", s)


def _md_code(s: str | None) -> str:
    """Untrusted text as a Markdown code span (nothing inside one is parsed);
    the fence is longer than any run of backticks in the text."""
    s = visible_controls(_BREAKS.sub(" ", s or ""), keep="\t")
    fence = "`" * (max((len(r) for r in re.findall("`+", s)), default=0) + 1)
    pad = " " if s[:1] in ("`", " ") or s[-1:] in ("`", " ") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def to_markdown(data: dict[str, Any]) -> str:
    s = data["summary"]
    out = [
        "# Correction report",
        "",
        f"Generated {_md(data['generated'])} by {_md(data['tool'])} from "
        f"{_md_code(data['review_log'])}.",
        "",
        "## Summary",
        "",
        f"- Articles: {s['articles']}",
        f"- Discrepancies: {s['discrepancies']} ("
        + ", ".join(f"{v} {_md(k)}" for k, v in sorted(s["by_verdict"].items()))
        + ")",
        "- Review status: " + ", ".join(f"{v} {_md(k)}" for k, v in s["by_status"].items()),
        f"- Orphaned reviews (discrepancy no longer found): {s['orphaned_reviews']}",
        "",
    ]
    for art in data["articles"]:
        out += [f"## {_md(art['title'] or art['id'])}", ""]
        meta = [
            x
            for x in (
                _md(art["outlet"]),
                _md(art["published"] or "publication date unknown"),
                _md_code(art["id"]),
            )
            if x
        ]
        out += [" · ".join(meta), ""]
        if not art["items"]:
            out += ["No claims marked as needing correction or disputed.", ""]
            continue
        for item in art["items"]:
            out += _md_item(item, art["id"])
    orphaned = data["orphaned"]
    if orphaned:
        out += [
            "## Orphaned reviews",
            "",
            "These decisions were made on discrepancies that the latest analysis no longer",
            "finds (an article changed or another set of articles was checked). They are",
            "kept with the sentences they were decided on.",
            "",
        ]
        for item in orphaned:
            out += _md_item(item, item["sides"][0]["article"])
    return "\n".join(out) + "\n"


def _md_item(item: dict[str, Any], aid: str) -> list[str]:
    this, other = _ordered_sides(item, aid)
    out = [
        f"### {_md(item['status'])}: {_md(item['kind'])} — {_md(item['verdict'])} "
        f"({_md_code(item['id'])})" + (" — orphaned" if item["orphaned"] else ""),
        "",
        f"- **{_md(this['outlet'] or this['article'])}:** {_md(this['claim'])}",
        f"  - value: {_quoted(this['value'])} → {_md(this['normalized'])}",
        f"- **{_md(other['outlet'] or other['article'])}:** {_md(other['claim'])}",
        f"  - value: {_quoted(other['value'])} → {_md(other['normalized'])}",
        f"- **Explanation:** {_md(item['explanation'])}",
    ]
    if item["correct_article"]:
        out.append(f"- **Article to correct:** {_md_code(item['correct_article'])}")
    if item["note"]:
        out.append(f"- **Note:** {_md(item['note'])}")
    if item["correction"]:
        out.append(f"- **Proposed correction:** {_md(item['correction'])}")
    out += [f"- **Reviewer:** {_md(item['reviewer'] or '—')} ({_md(item['updated'])})", ""]
    return out


CSV_FIELDS = [
    "id",
    "kind",
    "verdict",
    "status",
    "reviewer",
    "updated",
    "note",
    "correction",
    "correct_article",
    "explanation",
    "orphaned",
    "left_article",
    "left_claim",
    "left_value",
    "left_normalized",
    "right_article",
    "right_claim",
    "right_value",
    "right_normalized",
]


def to_csv(data: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for item in data["discrepancies"]:
        row = {k: item[k] for k in CSV_FIELDS[:11]}
        for prefix, side in zip(("left", "right"), item["sides"], strict=False):
            row[f"{prefix}_article"] = side["article"]
            row[f"{prefix}_claim"] = side["claim"]
            row[f"{prefix}_value"] = side["value"]
            row[f"{prefix}_normalized"] = side["normalized"]
        w.writerow({k: _csv_safe(v) for k, v in row.items()})
    return buf.getvalue()


# CR and CRLF (and the Unicode separators) inside a cell become LF. Python's
# writer quotes a cell only for the characters of its line terminator, here
# "\n": a bare CR went out unquoted, and Excel, LibreOffice and Python's own
# reader all end the row there, so the rest of a note started a new row,
# formula and all. With every break an LF, each multi-line cell is quoted
# and its lines stay inside it.
_CSV_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")
# What spreadsheets read as the start of a formula (or of a DDE payload), also
# after leading spaces, which LibreOffice's import can trim. A leading TAB or
# line break is neutralised too: some importers strip it and then see "=".
_FORMULA_START = ("=", "+", "-", "@")


def _csv_safe(v: Any) -> Any:
    """A text cell a spreadsheet shows as text (CSV injection, OWASP's advice:
    prefix a ``'``). The cost: a cell that is really a negative number, such
    as a normalised value "-3", is prefixed too and reads as text "'-3". Data
    meant for analysis should come from the JSON report, which is exact."""
    if not isinstance(v, str):
        return v
    v = visible_controls(_CSV_BREAKS.sub("\n", v), keep="\n\t")
    if v[:1] in ("\t", "\n") or v.lstrip()[:1] in _FORMULA_START:
        return "'" + v
    return v


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1,h2,h3{line-height:1.25} h3{font-size:1rem;margin-top:1.5rem}
.meta{color:#555}.badge{display:inline-block;padding:0 .4em;border-radius:.3em;
font-size:.85em;border:1px solid currentColor}
.conflict{color:#b3261e}.consistent{color:#1b6e3a}.unresolved{color:#8a5a00}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #999;background:#f6f6f6}
mark{background:#ffe58a}
@media (prefers-color-scheme: dark){body{background:#161616;color:#eee}
blockquote{background:#222}.meta{color:#aaa}mark{background:#806600;color:#fff}}
"""


# Nothing in the report is fetched or run: no scripts, images, fonts, frames,
# forms or base URL, only the inline stylesheet. The report has no links; the
# policy also stops a future one (or a bug in escaping) from loading anything.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def _html_text(s: object) -> str:
    """Untrusted text before HTML escaping: line breaks as LF (HTML shows any
    break as a space), control characters (ESC, NUL, C1) and bidi overrides
    as visible escapes, so neither a browser nor ``cat`` acts on them."""
    return visible_controls(_CSV_BREAKS.sub("\n", "" if s is None else str(s)), keep="\n\t")


def _e(s: object) -> str:
    """Untrusted text for HTML text or a quoted attribute value: ``& < > " '``
    escaped (``html.escape`` with ``quote=True``), controls made visible."""
    return html.escape(_html_text(s), quote=True)


def _highlight(claim: str, value: str) -> str:
    """Escape the claim and mark the value inside it when present."""
    claim, value = _html_text(claim), _html_text(value)
    if value and value in claim:
        i = claim.index(value)
        return (
            html.escape(claim[:i])
            + "<mark>"
            + html.escape(value)
            + "</mark>"
            + html.escape(claim[i + len(value) :])
        )
    return html.escape(claim)


def _html_item(item: dict[str, Any], aid: str) -> list[str]:
    e = _e
    this, other = _ordered_sides(item, aid)
    parts = [
        f"<h3>{e(item['status'])}: {e(item['kind'])} — "
        f'<span class="badge {e(item["verdict"])}">{e(item["verdict"])}</span> '
        f"<code>{e(item['id'])}</code>{' — orphaned' if item['orphaned'] else ''}</h3>",
    ]
    for side in (this, other):
        parts += [
            f"<p><strong>{e(side['outlet'] or side['article'])}</strong> → "
            f"{e(side['normalized'])}</p>",
            f"<blockquote>{_highlight(side['claim'], side['value'])}</blockquote>",
        ]
    parts.append(f"<p><strong>Explanation:</strong> {e(item['explanation'])}</p>")
    if item["correct_article"]:
        parts.append(
            f"<p><strong>Article to correct:</strong> <code>{e(item['correct_article'])}</code></p>"
        )
    if item["note"]:
        parts.append(f"<p><strong>Note:</strong> {e(item['note'])}</p>")
    if item["correction"]:
        parts.append(f"<p><strong>Proposed correction:</strong> {e(item['correction'])}</p>")
    parts.append(
        f'<p class="meta">Reviewer: {e(item["reviewer"] or "—")} · {e(item["updated"])}</p>'
    )
    return parts


def to_html(data: dict[str, Any]) -> str:
    e = _e
    s = data["summary"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Correction report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Correction report</h1>",
        f'<p class="meta">Generated {e(data["generated"])} by {e(data["tool"])} from '
        f"<code>{e(data['review_log'])}</code>.</p>",
        "<h2>Summary</h2><table>",
        f"<tr><th>Articles</th><td>{s['articles']}</td></tr>",
        f"<tr><th>Discrepancies</th><td>{s['discrepancies']}</td></tr>",
    ]
    for k, v in sorted(s["by_verdict"].items()):
        parts.append(f'<tr><th class="{e(k)}">{e(k)}</th><td>{v}</td></tr>')
    for k, v in s["by_status"].items():
        parts.append(f"<tr><th>status: {e(k)}</th><td>{v}</td></tr>")
    parts.append(f"<tr><th>Orphaned reviews</th><td>{s['orphaned_reviews']}</td></tr></table>")
    for art in data["articles"]:
        parts.append(f"<h2>{e(art['title'] or art['id'])}</h2>")
        meta = [
            x
            for x in (art["outlet"], art["published"] or "publication date unknown", art["id"])
            if x
        ]
        parts.append(f'<p class="meta">{e(" · ".join(meta))}</p>')
        if not art["items"]:
            parts.append("<p>No claims marked as needing correction or disputed.</p>")
            continue
        for item in art["items"]:
            parts += _html_item(item, art["id"])
    orphaned = data["orphaned"]
    if orphaned:
        parts.append("<h2>Orphaned reviews</h2>")
        parts.append(
            "<p>These decisions were made on discrepancies that the latest analysis no "
            "longer finds (an article changed or another set of articles was checked). "
            "They are kept with the sentences they were decided on.</p>"
        )
        for item in orphaned:
            parts += _html_item(item, item["sides"][0]["article"])
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
