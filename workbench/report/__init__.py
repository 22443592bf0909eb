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
import io
import json
from typing import Any

from .. import __version__
from ..findings import compared_in, compared_sources, coverage_of, group_label
from ..model import Verdict
from ..raised import shown_verdict
from ..store import FindingRecord, ReviewLog, now
from ..store.findings import aligned_articles, standing
from ..store.records import occurrences
from ..store.reviews import ASKS
from ..store.saving import given_dates
from ..store.scope import again_words, joined_since
from .date_edits import edits_of
from .decisions import decisions, for_article
from .disputed import with_disputes
from .escape import JSON_RAW, csv_safe, md_code
from .independence import independence
from .majority import heading
from .summary import gone_decided
from .summary import summary as summary_of

_csv_safe, _md_code = csv_safe, md_code  # the names tests and older callers use

FORMATS = ("md", "html", "csv", "json")
ACTION_STATUSES = ASKS  # an article is asked to correct or answer


def _confirmed(log: ReviewLog, item: dict[str, Any]) -> dict[str, str] | None:
    """On a finding no longer found, verified after a correction was asked: the
    correction an editor confirmed made (trial 24: the confirmed correction was
    listed only as an orphaned review quoting the sentence before the fix)."""
    if item["status"] != "verified":
        return None
    history = log.history(item["id"])
    last = history[-1] if history else None
    asked = [h for h in history if h.status == "needs-correction" and h.article]
    if last is None or last.status != "verified" or not asked:
        return None
    return {
        "article": asked[-1].article,
        "correction": asked[-1].correction,
        "reviewer": last.reviewer,
        "at": last.at,
    }


def build_report(log: ReviewLog) -> dict[str, Any]:
    """The report's one data model: findings (one compared thing across every
    source, with its versions and the decisions on its discrepancies), the
    findings each article must act on, orphaned reviews, the claims most
    sources carry that some leave out, and every pair-level discrepancy."""
    articles = {a.id: a for a in log.articles()}
    given = given_dates(log.db)  # the dates an editor set, by article text
    claims = log.claim_texts()
    independent, said = independence(log, articles)  # sources counted once, and why
    items = [_finding_item(f, articles, claims, said) for f in log.findings()]
    for item in (i for i in items if i["orphaned"]):  # before the summary counts them
        item["confirmed"] = _confirmed(log, item)
    active = [i for i in items if not i["orphaned"]]
    disputed = [i for i in active if _disputed_unnamed(i, articles)]
    edits = edits_of(log, articles)  # dates an editor changed: from, to, who, when
    changed = {ed["article"]: ed for ed in edits}
    per_article = []
    for aid, a in articles.items():
        per_article.append(
            {
                "id": aid,
                "title": a.title,
                "heading": heading(a.title, aid, a.text),  # never its first sentence
                "outlet": a.outlet,
                "published": a.published,
                # set by an editor, not stated by the article (fresh window trial:
                # a colleague checking the report saw a date the article does not carry)
                "date_given": bool(a.published) and given.get(a.sha256) == a.published,
                **({"date_changed": changed[aid]} if aid in changed else {}),
                "path": a.path,
                "url": a.url,
                "items": [_for(i, aid) for i in active if _acts_on(i, aid, articles)],
                # corrections asked of it whose discrepancy is no longer found
                # (reworded, partly fixed, a source removed): to check, never dropped
                # (fresh trial 20: a fix in other words made the request vanish)
                "to_check": [_for(i, aid) for i in items if aid in i["asked"]],
                # findings disputed naming no article that involve this one:
                # named here, listed once in full (``disputed``)
                "questioned": [i["id"] for i in disputed if aid in _sources(i)],
                # findings whose correction of this article looks made (edited
                # since the decision, now agreeing; fresh trial: the corrected
                # article stayed on the list and would be corrected twice)
                "corrected": [_for(i, aid) for i in items if aid in i["corrected"]],
                # decided findings no longer found that this article is a source
                # of, listed under Orphaned reviews: named, never "nothing marked"
                # (trial 33: a date given took a disputed finding away and the
                # article read "No claims marked as … disputed")
                "gone": [i["id"] for i in items if gone_decided(i) and aid in _sources(i)],
            }
        )
    # the articles that must act first, then those only named in a finding
    # disputed without naming an article to correct; the others are named once
    # at the end (fresh CLI trial: 13 of 15 sections said only "No claims
    # marked …"; a later one read two sources with nothing to do listed before
    # the one that needed a correction)
    per_article.sort(key=_article_order)
    orphaned = [i for i in items if i["orphaned"]]
    summary = summary_of(items, active, len(articles))
    return {
        "generated": now(),
        "tool": f"Claim Workbench {__version__}",
        "review_log": str(log.path),
        "summary": summary,
        "independence": independent,
        **({"date_edits": edits} if edits else {}),  # an older log's report reads as before
        "articles": per_article,
        "disputed": disputed,
        # agreements (every source states the same figure as written) nobody
        # decided anything on: listed apart, short, as no item to review
        "findings": [i for i in active if not i["agreed"]],
        "agreed": with_disputes([i for i in active if i["agreed"]], active),
        "coverage": _coverage(log, articles, claims),
        "manual_links": _manual_links(log),
        "orphaned": orphaned,
        "discrepancies": [d for i in items for d in i["discrepancies"]],
    }


# The report's sections in the one order every format lists them (trial 36:
# Markdown put "Disputed, no article named" before "Corrections that look
# made" and HTML after): the articles to correct, the findings disputed with
# no article named, the corrections that look made (to confirm), then every
# finding, the agreements, coverage, links by hand, the corrections confirmed
# and the orphaned reviews. JSON keys follow it ("articles" holds the
# corrections that look made, "orphaned" the confirmed ones); CSV has rows only.
SECTIONS = (
    "Summary",
    "articles",
    "Disputed, no article named",
    "Corrections that look made",
    "All findings",
    "Agreed",
    "Claims some sources leave out",
    "Sentences linked or unlinked by an editor",
    "Corrections confirmed",
    "Orphaned reviews",
)


def _article_order(x: dict[str, Any]) -> int:
    """To act first, then only questioned, then corrected, then the rest."""
    if x["items"] or x["to_check"]:
        return 0
    return 1 if x["questioned"] else 2 if x["corrected"] else 3


def _manual_links(log: ReviewLog) -> list[dict[str, str]]:
    """The sentences editors linked or unlinked by hand, each pair once: an
    unlink removes flags from the report, and a colleague reading it could
    not see that an editor took a flag away (fresh window trial)."""
    return [
        {
            "kind": m.kind,
            "left": m.left.article,
            "left_sentence": m.left.text,
            "right": m.right.article,
            "right_sentence": m.right.text,
            "editor": m.editor,
            "at": m.at,
        }
        for m in log.manual_links()
    ]


def _acts_on(item: dict[str, Any], aid: str, articles: dict) -> bool:
    """A decision asks this article to act: it is named as the article to
    correct, or (no article named on the finding, or only ones no longer
    analysed) it is a side of a to-be-corrected discrepancy. A finding that
    names an article asks no other: a discrepancy of it between two sources
    that were both right (left unnamed by older releases) does not put them
    on the list. A finding disputed without naming an article is listed
    once (``disputed``), not under each of its sources: repeated under every
    article, one editor's doubt read as fourteen (fresh CLI trial)."""
    acting = [d for d in item["discrepancies"] if d["status"] in ACTION_STATUSES]
    named = {d["correct_article"] for d in acting} & articles.keys()
    if named:  # only the articles named; none when those look again or look corrected
        return aid in named - set(item["strays"]) - set(item["corrected"])
    return any(s["article"] == aid for d in acting if d["status"] != "disputed" for s in d["sides"])


def _disputed_unnamed(item: dict[str, Any], articles: dict) -> bool:
    """Disputed, and no decision on it names an article still analysed."""
    acting = [d for d in item["discrepancies"] if d["status"] in ACTION_STATUSES]
    return bool(acting) and all(
        d["status"] == "disputed"
        and (d["correct_article"] not in articles or d["correct_article"] in item["strays"])
        for d in acting
    )


def _sources(item: dict[str, Any]) -> set[str]:
    return {s["article"] for v in item["versions"] for s in v["sources"]}


def _for(item: dict[str, Any], aid: str) -> dict[str, Any]:
    """A finding as listed under one article: only the decisions that ask
    this article to act (or name no article). Under one source, the decision
    that named another ("Article to correct: pioneer_press" in the Star
    Tribune's section) read as if this one had to correct it. A decision
    naming this article and others is shown whole (never "on 1 of its 2
    discrepancies") but names this article alone: each article reads only
    its own correction."""
    mine = [
        for_article(d, aid) if aid in d["correct_articles"] else d
        for d in item["decisions"]
        if not d["correct_articles"] or aid in d["correct_articles"]
    ]
    return {**item, "decisions": mine or item["decisions"]}


def _finding_item(
    f: FindingRecord, articles: dict, claims: dict[str, str], said=lambda _v: ""
) -> dict[str, Any]:
    def source(s) -> dict[str, Any]:
        article = articles.get(s.article)
        return {
            "article": s.article,
            "title": article.title if article else "",
            "outlet": article.outlet if article else "",
            # The sentence as it was when compared: an orphaned review keeps
            # the evidence it was decided on, not today's edited text.
            "claim": s.claim_text or claims.get(s.claim, ""),
            "value": s.text,
            "normalized": s.normalized,
        }

    # an editor's finding: who raised it (shown as its verdict, "raised by …")
    raiser = {"raised_by": f.raised_by} if f.verdict == Verdict.RAISED else {}
    pairs = []
    for d in f.members:
        pairs.append(
            {
                "id": d.id,
                "finding": f.id,
                "kind": d.kind,
                "verdict": d.verdict,
                **raiser,
                "explanation": d.explanation,
                "status": d.status,
                "note": d.note,
                "correction": d.correction,
                "reviewer": d.reviewer,
                "updated": d.updated,
                "correct_article": d.correct_article,
                "orphaned": d.orphaned,
                "decided_under": d.decided_under,
                # edited since, another sentence still stating the value decided on
                "still_says": d.still_says,
                "sides": [source(s) for s in d.sides],
            }
        )
    status, undecided = standing(f)
    versions = [{**_version(v, source), "independent_why": said(v)} for v in f.versions]
    return {
        **_joined(f),
        "id": f.id,
        "kind": f.kind,
        "verdict": f.verdict,
        **raiser,
        "explanation": f.explanation,
        "status": status,
        "undecided": undecided,  # discrepancies no decision covers yet (joined since)
        "decided_under": f.decided_under,  # the verdict when decided, if a check changed it
        # articles named to correct that state none of its versions (regrouped since)
        "strays": list(f.strays),
        # articles named to correct, edited since the decision, no longer differing
        "corrected": list(f.corrected),
        # no longer found, asking an article still checked for a correction
        # that does not look made: to check
        "asked": list(f.asked_unconfirmed),
        # ... edited since the decision and still differing (not made yet)
        "edited": list(f.edited_unmade),
        "statuses": f.statuses,
        "orphaned": f.orphaned,
        "uncompared": f.uncompared,  # orphaned though its articles' texts are still checked
        "agreement": f.agreement,  # every source agrees, as written or by arithmetic
        "agreed": f.agreed,  # ... and nobody decided anything on it: no item to review
        "versions": versions,
        "decisions": [_marked(d, f) for d in decisions(pairs)],
        "discrepancies": pairs,
    }


def _joined(f: FindingRecord) -> dict[str, Any]:
    """The sources that joined since the decision, each version with them
    (``store.scope``): only when there are, so a report of an older log
    reads as it did."""
    joined, words = joined_since(f), again_words(f)  # and values left since (trial 44)
    if not words:
        return {}
    return {
        "joined_since": [{"version": v, "sources": list(s)} for v, s in joined],
        "joined": f", {words}",
    }


def _version(v, source) -> dict[str, Any]:
    """One version: each source once with its sentence, each other sentence
    where it writes the value (a name) once under it (trial 35 read one
    sentence four times), and how many places write it."""
    seen: dict[str, Any] = {}
    quoted: set[tuple[str, str]] = set()
    written = occurrences(v.sides)
    for s in written:
        if s.article in seen and (s.article, s.claim) not in quoted:
            also = {"claim": source(s)["claim"], "value": s.text}
            seen[s.article].setdefault("also", []).append(also)
        seen.setdefault(s.article, source(s))
        quoted.add((s.article, s.claim))
    return {
        "value": v.value,
        "independent": v.independent,
        "sources": list(seen.values()),
        "times": len(written),  # each place it is written, once
    }


def _marked(d: dict[str, Any], f: FindingRecord) -> dict[str, Any]:
    """A decision with the articles it names marked: stating none of the
    finding's versions, looking corrected, or edited and still differing -
    with what each of those states now (a partial fix reads apart from an
    edit elsewhere: trial 21 could not tell them apart)."""
    named = d["correct_articles"]
    return {
        **d,
        "strays": [a for a in named if a in f.strays],
        "corrected": [a for a in named if a in f.corrected],
        "edited": [a for a in named if a in f.edited_unmade],
        "now_states": {a: v.value for v in f.versions for a in v.sources if a in f.edited_unmade},
        # ... and where such an article still states the value decided on (another sentence)
        "still_says": f.still_says,
    }


def _coverage(log: ReviewLog, articles: dict, claims: dict[str, str]) -> list[dict[str, Any]]:
    """Claims most independent sources carry that some leave out."""
    rows = []
    groups = log.groups()
    # an article sharing no claim with the others does not leave claims out (trial 25)
    sources = compared_sources(list(articles), groups, aligned_articles(log))
    compared = compared_in(f for f in log.findings() if f.active)
    for c in coverage_of(sources, groups, log.copies(), compared):
        if c.widely_carried and c.omitted:
            rows.append(
                {
                    "group": c.group.id,
                    "claim": group_label(c.group, claims.get),
                    "carried": list(c.carried),
                    "omitted": list(c.omitted),
                    "independent": c.independent,
                    "sources": c.sources,
                }
            )
    return rows


def render(log: ReviewLog, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")
    from .as_html import to_html
    from .as_markdown import to_markdown

    data = build_report(log)
    return {"md": to_markdown, "html": to_html, "csv": to_csv, "json": to_json}[fmt](data)


def to_json(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


CSV_FIELDS = [
    "finding",
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
    "decided_under",
    "left_article",
    "left_claim",
    "left_value",
    "left_normalized",
    "right_article",
    "right_claim",
    "right_value",
    "right_normalized",
    # which side of this pair is the article to correct ("" when the decision,
    # made on the whole finding, names an article this pair does not hold)
    "correct_side",
    "left_outlet",
    "left_url",
    "right_outlet",
    "right_url",
    # where the article to correct, edited since, still states the value decided on
    "still_says",
]


def to_csv(data: dict[str, Any]) -> str:
    """One row per pair-level discrepancy, in finding order, each naming its
    finding, with each side's outlet and web address and which side is to be
    corrected (a trial's colleague could not act on the CSV alone: rows of
    pairs without the article to correct named it, and no outlet was given)."""
    urls = {a["id"]: a["url"] for a in data["articles"]}
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for item in data["discrepancies"]:
        row = {k: item[k] for k in CSV_FIELDS[: CSV_FIELDS.index("left_article")]}
        row["verdict"] = shown_verdict(item["verdict"], item.get("raised_by", ""))
        row["correct_side"] = ""
        row["still_says"] = item.get("still_says", "")
        for prefix, side in zip(("left", "right"), item["sides"], strict=False):
            row[f"{prefix}_article"] = side["article"]
            row[f"{prefix}_claim"] = side["claim"]
            row[f"{prefix}_value"] = side["value"]
            row[f"{prefix}_normalized"] = side["normalized"]
            row[f"{prefix}_outlet"] = side["outlet"]
            row[f"{prefix}_url"] = urls.get(side["article"], "")
            if item["correct_article"] and side["article"] == item["correct_article"]:
                row["correct_side"] = prefix
        w.writerow({k: csv_safe(v) for k, v in row.items()})
    return buf.getvalue()
