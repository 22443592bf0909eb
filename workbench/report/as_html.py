"""The correction report as HTML: the same sections as the Markdown report.
Every untrusted string goes through ``escape.e`` or ``escape.highlight``;
nothing links anywhere and the Content-Security-Policy fetches nothing."""

from __future__ import annotations

from typing import Any

from ..findings.agreed_measures import report_measures
from ..naming import quoted, twice_line
from ..store.pair_by_pair import status_label
from .as_markdown import (
    DISPUTED,
    SETTLED,
    TO_CHECK,
    gone,
    gone_sources,
    outlets_of,
    published_line,
    questioned,
    quiet_articles,
    shown_status,
    stray_mark,
    undecided,
    verdict_text,
    what_names,
)
from .date_edits import html_rows
from .decisions import each_text
from .desk import scope_words, shows_reading, table_values
from .disputed import disputed_text
from .escape import e, highlight
from .headline_line import item_headline
from .independence import COUNTED_ONCE, independence_line, independence_why
from .majority import example, summed_up, tally
from .md_closing import by_hand_line
from .notes import dismissed_noted, finding_notes
from .orphans import still_orphaned

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


def _name(src: dict[str, Any]) -> str:
    return e(src["outlet"] or src["article"])


def _item(item: dict[str, Any], aid: str | None) -> list[str]:
    parts = [
        f"<h3>{e(shown_status(item))}{e(undecided(item))}: {e(item['kind'])} — "
        f'<span class="badge {e(item["verdict"])}">{e(verdict_text(item))}</span> '
        f"<code>{e(item['id'])}</code>{e(gone(item))}</h3>",
    ]
    brief = summed_up(item)
    for k, v in enumerate(item["versions"]):
        names = ", ".join(_name(src) for src in v["sources"])
        support = (
            f" ({v['independent']} independent)"  # why: once, under the summary (trial 40)
            if v["independent"] < len(v["sources"])
            else ""
        )
        if k == brief:  # stated many times: a count and one example (trial 35)
            src = example(v, aid)
            here = " (this article)" if src["article"] == aid else ""
            parts += [
                f"<p><strong>{_q(v['value'])}</strong> — {e(tally(v))}: {names}{support}</p>",
                f'<p class="meta">e.g. {_name(src)}{here}</p>',
                f"<blockquote>{highlight(src['claim'], src['value'])}</blockquote>",
            ]
            continue
        parts.append(f"<p><strong>{_q(v['value'])}</strong> — {names}{support}</p>")
        for src in v["sources"]:
            here = " (this article)" if src["article"] == aid else ""
            norm = f" → {e(src['normalized'])}" if shows_reading(item, src) else ""
            parts += [
                f'<p class="meta">{_name(src)}{here}{norm}</p>',
                f"<blockquote>{highlight(src['claim'], src['value'])}</blockquote>",
            ]
            for m in src.get("also", ()):  # every other place it writes a name
                parts.append(f"<blockquote>{highlight(m['claim'], m['value'])}</blockquote>")
    pairs = [(v["value"], [src["article"] for src in v["sources"]]) for v in item["versions"]]
    if twice := twice_line(pairs):
        parts.append(f"<p><strong>{e(twice)}</strong></p>")
    if short := item_headline(item, verdict_text(item)):  # the line to check first
        parts.append(f"<p><strong>In short:</strong> {e(short)}</p>")
    parts.append(f"<p><strong>Explanation:</strong> {e(item['explanation'])}</p>")
    for d in item["decisions"]:
        parts += _decision(d, len(item["discrepancies"]), outlets_of(item))
    return parts


def _decision(d: dict[str, Any], total: int, outlets: dict[str, str]) -> list[str]:
    count = len(d["discrepancies"])
    scope = scope_words(count, total)
    parts = [f"<p><strong>Decision:</strong> {e(d['status'])}{scope}</p><ul>"]
    acting = d["status"] not in SETTLED  # "verified" with a correction contradicts itself
    if d["correct_articles"] and acting:
        many = "Articles" if len(d["correct_articles"]) > 1 else "Article"
        named = ", ".join(
            f"<code>{e(a)}</code>"
            + (f" ({e(outlets[a])})" if outlets.get(a) else "")
            + e(stray_mark(a, d))
            for a in d["correct_articles"]
        )
        parts.append(f"<li><strong>{many} to correct:</strong> {named}</li>")
    if d["note"]:
        parts.append(f"<li><strong>Note:</strong> {e(d['note'])}</li>")
    if d["correction"] and acting:
        parts.append(f"<li><strong>Proposed correction:</strong> {e(d['correction'])}</li>")
    for a, text in each_text(d) if acting else ():  # each article its own (trial 49)
        parts.append(
            f"<li><strong>Proposed correction in <code>{e(a)}</code>:</strong> {e(text)}</li>"
        )
    parts.append(
        f'<li class="meta">Reviewer: {e(d["reviewer"] or "—")} · {e(d["updated"])}</li></ul>'
    )
    return parts


def _summary_rows(s: dict[str, Any]) -> list[str]:
    """The summary table's rows by verdict and status, and the decided
    findings to look at again."""
    parts = [
        f'<tr><th class="{e(k)}">{e(k)}</th><td>{v}</td></tr>'
        for k, v in sorted(s["by_verdict"].items())
    ]
    parts.append(  # no attribute: the report's tags carry none but class (export safety)
        f"<tr><th>Review status of the {s['findings']} finding"
        f"{'' if s['findings'] == 1 else 's'} found now (agreements apart):</th><td></td></tr>"
    )
    for k, v in s["by_status"].items():
        if v or k != "mixed":
            parts.append(f"<tr><th>status: {e(status_label(k))}</th><td>{v}</td></tr>")
    for g in s.get("no_longer_found", []):
        parts.append(
            f"<tr><th>status: {e(g['status'])} (no longer found, listed under "
            f"{e(g['section'])})</th><td>{g['count']}</td></tr>"
        )
    parts.append(
        "<tr><th>Still to review (open, partly decided, or to look at again)</th>"
        f"<td>{s['to_review']}</td></tr>"
    )
    if s.get("agreed"):
        parts.append(
            "<tr><th>More where every source agrees (agreed, not to review)"
            f"</th><td>{s['agreed']}</td></tr>"
        )
    again = (
        (
            "decided_with_undecided",
            "Decided, with a discrepancy added since that is not decided yet",
        ),
        ("verdict_changed_since_decided", "Decided, and the verdict changed since (look again)"),
        (
            "corrections_look_made",
            "Corrections that look made "
            "(the article was edited since and no longer differs; confirm)",
        ),
        (
            "corrections_to_check",
            "Corrections asked whose discrepancy is no longer found (check they were made)",
        ),
    )
    for key, label in again:
        if s.get(key):
            ids = ", ".join(f"<code>{e(i)}</code>" for i in s[key])
            parts.append(f"<tr><th>{label}</th><td>{len(s[key])} ({ids})</td></tr>")
    return parts


def _meta(art: dict[str, Any]) -> str:
    meta = [x for x in (art["outlet"], published_line(art), art["id"], art["url"]) if x]
    return f'<p class="meta">{e(" · ".join(meta))}</p>'


def _corrections_made(articles: list[dict[str, Any]]) -> list[str]:
    """Articles edited since an editor asked for a correction that no longer differ
    with the other sources: apart from what must still be done, to confirm."""
    made = [art for art in articles if art.get("corrected")]
    if not made:
        return []
    parts = [
        "<h2>Corrections that look made</h2>",
        "<p>These articles were edited after an editor asked for a correction, and "
        "no longer differ from the other sources. Confirm each (mark it verified) or "
        "decide again.</p>",
    ]
    for art in made:
        parts += [f"<h3>{e(_heading(art))}</h3>", _meta(art)]
        for item in art["corrected"]:
            parts += _item(item, art["id"])
    return parts


def to_html(data: dict[str, Any]) -> str:
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
        *(
            [f"<tr><th>Independence</th><td>{e(line)}</td></tr>"]
            if (line := independence_line(data))
            else []
        ),
        *html_rows(data),
        f"<tr><th>Findings</th><td>{s['findings']}</td></tr>",
        f"<tr><th>Discrepancies between pairs</th><td>{s['discrepancies']}</td></tr>",
    ]
    parts += _summary_rows(s)
    parts.append(
        "<tr><th>Orphaned reviews (decisions no longer found, counted by pair of articles)</th>"
        f"<td>{s['orphaned_reviews']}</td></tr></table>"
    )
    if why := independence_why(data):  # a list below the table, not a paragraph in it
        parts.append(f"<h3>{e(COUNTED_ONCE)}</h3><ul>")
        parts += [f"<li>{e(w)}</li>" for w in why]
        parts.append("</ul>")
    quiet = quiet_articles(data["articles"])
    named_only = [art for art in data["articles"] if not art["items"] and art["questioned"]]
    for art in data["articles"]:
        if not art["items"] and not art.get("to_check"):  # named only in a disputed finding
            continue
        parts.append(f"<h2>{e(_heading(art))}</h2>")
        parts.append(_meta(art))
        for item in art["items"]:
            parts += _item(item, art["id"])
        if art.get("to_check"):
            parts.append(f"<p>{e(TO_CHECK)}</p>")
            for item in art["to_check"]:
                parts += _item(item, art["id"])
        if art["questioned"]:
            ids = ", ".join(f"<code>{e(i)}</code>" for i in art["questioned"])
            parts.append(f"<p>{e(questioned(art))}{ids}.</p>")
    if data["disputed"]:
        parts.append(f"<h2>{e(DISPUTED)}</h2>")
        parts.append(
            "<p>Editors question these findings without naming an article to correct; "
            "each is listed once, with every source's version.</p>"
        )
        for item in data["disputed"]:
            parts += _item(item, None)
        if named_only:
            names = "; ".join(", ".join(e(x) for x in what_names(a)) for a in named_only)
            said = "Sources these findings name, with nothing to correct yet"
            parts.append(f"<p>{said}: {names}.</p>")
    parts += _corrections_made(data["articles"])
    if quiet:
        names = ", ".join(
            f"<code>{e(a['id'])}</code>" + (f" ({e(a['outlet'])})" if a["outlet"] else "")
            for a in quiet
        )
        parts.append(f"<p>No claims marked as needing correction or disputed in: {names}.</p>")
    if line := gone_sources(data["articles"]):
        parts.append(f"<p>{e(line)}</p>")
    parts += _all_findings(data["findings"])
    parts += _agreed(data.get("agreed", []))
    parts += _coverage(data["coverage"])
    parts += _by_hand(data.get("manual_links", []))
    parts += _confirmed_and_orphaned(data["orphaned"])
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _confirmed_and_orphaned(items: list[dict[str, Any]]) -> list[str]:
    """Corrections confirmed made, then the other decisions no longer found."""
    parts: list[str] = []
    confirmed = [i for i in items if i.get("confirmed")]
    if confirmed:
        parts.append("<h2>Corrections confirmed</h2><ul>")
        for item in confirmed:
            c = item["confirmed"]
            asked = f" to read “{e(c['correction'])}”" if c["correction"] else ""
            parts.append(
                f"<li><code>{e(c['article'])}</code> was asked{asked} "
                f"(<code>{e(item['id'])}</code>); confirmed made by "
                f"{e(c['reviewer'] or 'an editor')}, {e(c['at'])}</li>"
            )
        parts.append("</ul>")
    orphaned = [i for i in items if still_orphaned(i)]
    if orphaned:
        parts.append("<h2>Orphaned reviews</h2>")
        parts.append(
            "<p>These decisions were made on discrepancies that the latest analysis no "
            "longer finds (an article changed or another set of articles was checked). "
            "They are kept with the sentences they were decided on.</p>"
        )
        for item in orphaned:
            parts += _item(item, None)
    return parts


def _all_findings(findings: list[dict[str, Any]]) -> list[str]:
    if not findings:
        return []
    parts = [
        "<h2>All findings</h2><table>",
        "<tr><th>finding</th><th>kind</th><th>verdict</th><th>status</th><th>versions</th>"
        "<th>notes</th></tr>",
    ]
    for f in findings:
        versions = "; ".join(
            f"{_q(shown)} ({len(v['sources'])})"
            for shown, v in zip(table_values(f), f["versions"], strict=True)
        )
        parts.append(
            f"<tr><td><code>{e(f['id'])}</code></td><td>{e(f['kind'])}</td>"
            f'<td class="{e(f["verdict"])}">{e(verdict_text(f))}</td>'
            f"<td>{e(shown_status(f) + undecided(f))}</td>"
            f"<td>{versions}</td><td>{'<br>'.join(e(n) for n in finding_notes(f))}</td></tr>"
        )
    kept = dismissed_noted(findings)
    return [*parts, "</table>", *([f'<p class="meta">{e(kept)}</p>'] if kept else [])]


def _agreed(items: list[dict[str, Any]]) -> list[str]:
    """Agreements, one line each: every source states the same figure."""
    if not items:
        return []
    parts = [
        "<h2>Agreed</h2>",
        "<p>Every source states the same figure as written, or figures that agree by "
        "conversion, bound or rounding, each read from its own words; or one value in every "
        "source, or dates that fall on one day or name one period, or one inside the other; "
        "nothing to review.</p><ul>",
    ]
    for f in items:
        said = " ≈ ".join(_q(v["value"]) for v in f["versions"])
        if measures := report_measures(f["versions"]):  # ratios of two things (trial 44)
            of = (
                f"{_q(v['value'])} (of the {e(m)})"
                for v, m in zip(f["versions"], measures, strict=True)
            )
            said = f"{' and '.join(of)}, each agreed among its sources"
        n = len({s["article"] for v in f["versions"] for s in v["sources"]})
        notes = "".join(f" — note: {e(t)}" for t in finding_notes(f))
        parts.append(
            f"<li><code>{e(f['id'])}</code> {e(f['kind'])}: {said} ({n} sources)"
            f"{e(disputed_text(f))}{notes}</li>"
        )
    return [*parts, "</ul>"]


def _coverage(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    parts = [
        "<h2>Claims some sources leave out</h2>",
        "<p>Claims most independent sources carry; an omission may be worth a look.</p><ul>",
    ]
    for r in rows:
        omitted = ", ".join(f"<code>{e(a)}</code>" for a in r["omitted"])
        parts.append(
            f"<li>{e(r['claim'])} — carried by {len(r['carried'])} ({r['independent']} of "
            f"{r['sources']} independent); left out by {omitted}</li>"
        )
    return [*parts, "</ul>"]


def _q(value: str) -> str:
    """A value in quotation marks unless it is itself a quotation (escaped)."""
    return e(quoted(value))


def _by_hand(links: list[dict[str, str]]) -> list[str]:
    if not links:
        return []
    code = lambda x: f"<code>{e(x)}</code>"  # noqa: E731
    return [
        "<h2>Sentences linked or unlinked by an editor</h2><ul>",
        *(f"<li>{by_hand_line(m, code, e)}</li>" for m in links),
        "</ul>",
    ]


def _heading(art: dict[str, Any]) -> str:
    """The section heading of an article: never its first sentence."""
    return art.get("heading") or art["title"] or art["id"]
