"""ClaimReview export (issue 13, part 5): decided flags as schema.org
ClaimReview JSON-LD, the markup fact-checkers publish and search engines read.

:func:`claim_review` makes one ClaimReview from plain values (the claim's
text, each source's URL and wording, the status, the reviewer), so anything
that has them can be exported: a finding (:func:`from_log`), with every
source that states it.

How a status becomes a ``reviewRating`` (a 1–5 scale, 5 best;
``alternateName`` is the rating as words, which search engines show):

=================  ===========  ===========  ==================================
status             ratingValue  alternateName  meaning in the review log
=================  ===========  ===========  ==================================
verified           5            Accurate     checked; the published text stands
disputed           2            Disputed     a source's version is questioned
needs-correction   1            Inaccurate   a correction is needed (not exported
                                             by ``report``: a correction, not a review)
=================  ===========  ===========  ==================================

``open`` and ``dismissed`` flags are not reviews of a claim and are never
exported. Every value is data: JSON escaping keeps it inert, and the JSON
can be put in a ``<script type="application/ld+json">`` block as it is
(``<``, ``>`` and ``&`` are written as ``\\u003c`` … so no text can close it).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from .store import ReviewLog
from .store.findings import finding_review
from .terminal import one_line

RATINGS: dict[str, tuple[int, str]] = {
    "verified": (5, "Accurate"),
    "disputed": (2, "Disputed"),
    "needs-correction": (1, "Inaccurate"),
}
EXPORTED = ("verified", "disputed")
BEST, WORST = 5, 1


@dataclass(frozen=True)
class Source:
    """Where a claim appeared: the work's URL (may be ""), its wording there,
    and what is known of the work."""

    url: str
    wording: str
    title: str = ""
    outlet: str = ""
    published: str = ""  # ISO date, or ""


def balanced(text: str) -> str:
    """A sentence cut out of a quotation that runs over several sentences,
    with its quotation marks made whole: published markup showed a claim
    that began mid-quote and ended in an unopened ” (fresh CLI trial)."""
    opens, closes = text.count("“"), text.count("”")
    if closes > opens:
        text = "“" + text
    elif opens > closes:
        text = text + "”"
    if text.count('"') % 2:  # the last one opens (after a space) or closes a quotation
        at = text.rindex('"')
        text = text + '"' if at == 0 or text[at - 1].isspace() else '"' + text
    return text


def claim_review(
    claim: str,
    sources: Sequence[Source],
    status: str,
    reviewer: str,
    *,
    reviewed: str = "",
    publisher: str = "",
    publisher_url: str = "",
    review_url: str = "",
    note: str = "",
    identifier: str = "",
) -> dict[str, Any]:
    """One ClaimReview (without ``@context``). ``reviewed`` is the date of the
    decision (ISO); ``publisher`` the organisation publishing the fact-check;
    ``review_url`` the page it is published on. Raises ValueError for a
    status that has no rating."""
    if status not in RATINGS:
        raise ValueError(f"no rating for status {status!r}: use one of {', '.join(RATINGS)}")
    value, words = RATINGS[status]
    organisation = _organisation(publisher, publisher_url)
    if reviewer:
        author: dict[str, Any] = {"@type": "Person", "name": reviewer}
        if organisation:
            author["affiliation"] = organisation
    else:
        author = organisation or {"@type": "Organization", "name": "Claim Workbench user"}
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": balanced(claim),
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": words,
        },
        "itemReviewed": {"@type": "Claim", "appearance": [_work(s) for s in sources]},
    }
    if reviewed:
        review["datePublished"] = reviewed[:10]
    if organisation:
        review["publisher"] = organisation
    if review_url:
        review["url"] = review_url
    if note:
        review["reviewBody"] = note
    if identifier:
        review["identifier"] = identifier
    dates = sorted(s.published for s in sources if s.published)
    if dates:  # when the claim was first published
        review["itemReviewed"]["datePublished"] = dates[0]
    return review


def _organisation(name: str, url: str) -> dict[str, Any]:
    if not name:
        return {}
    org: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        org["url"] = url
    return org


def _work(source: Source) -> dict[str, Any]:
    """A source as the CreativeWork the claim appears in, with its wording."""
    work: dict[str, Any] = {"@type": "CreativeWork", "text": source.wording}
    if source.url:
        work["url"] = source.url
    if source.title:
        work["headline"] = source.title
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.published:
        work["datePublished"] = source.published
    return work


def from_log(
    log: ReviewLog,
    publisher: str = "",
    publisher_url: str = "",
    review_url: str = "",
    notes: bool = False,
    chosen: Collection[str] | None = None,
) -> list[dict[str, Any]]:
    """A ClaimReview for every verified or disputed finding of the log's
    latest analysis (a finding whose discrepancies were decided differently
    is not exported); with ``chosen``, only those of these finding ids (the
    ones an editor chose to publish: ``report --publish``). The claim is the
    sentence of the article the editor named to correct, else of the least
    supported version; a disputed finding with neither is the disagreement,
    in a sentence naming who says what ("Reports disagree: ‘5 dead’ (BBC) vs
    ‘6 dead’ (AFP)"), a verified one the first source's sentence;
    every source stating the finding is an appearance. With ``review_url``,
    each review's URL is that page with ``#finding-ID``."""
    articles = {a.id: a for a in log.articles()}
    claims = log.claim_texts()
    found = log.findings()
    # sentences another finding asks to correct or disputes: never rated "Accurate"
    questioned = {
        (s.article, s.claim)
        for g in found
        for m in g.members
        if m.status in ("needs-correction", "disputed")
        for s in m.sides
        if m.status == "disputed" or m.correct_article in ("", s.article)
    }
    out = []
    for f in found:
        if f.orphaned or f.status not in EXPORTED or (chosen is not None and f.id not in chosen):
            continue
        decision = finding_review(f)
        sides = list({s.article: s for v in f.versions for s in v.sides}.values())
        sources = []
        for side in sides:
            a = articles.get(side.article)
            sources.append(
                Source(
                    url=a.url if a else "",
                    wording=side.claim_text or claims.get(side.claim, "") or side.text,
                    title=a.title if a else "",
                    outlet=a.outlet if a else "",
                    published=(a.published or "") if a else "",
                )
            )
        named = decision.article or (f.correct[0] if f.correct else "")
        first = next((i for i, s in enumerate(sides) if s.article == named), 0)
        claim = sources[first].wording if sources else ""
        if f.status == "verified":
            # a sentence that states this finding's value but another figure under
            # correction must not be published as accurate (fresh CLI trial)
            clean = [i for i, s in enumerate(sides) if (s.article, s.claim) not in questioned]
            first = clean[0] if clean else first
            claim = sources[first].wording if clean else _stated(f, articles)
        if f.status == "disputed" and not named and len(f.versions) > 1:
            # no source named and none stands out: rating one source's sentence
            # "Disputed" would accuse it at random; the claim is the disagreement
            claim = "Reports disagree: " + " vs ".join(
                f"‘{v.value}’ ({_named(v.sides, articles)})" for v in f.versions
            )
        out.append(
            claim_review(
                claim,
                sources[first:] + sources[:first],
                f.status,
                decision.reviewer,
                reviewed=decision.updated,
                publisher=publisher,
                publisher_url=publisher_url,
                review_url=f"{review_url}#finding-{f.id}" if review_url else "",
                # editors' notes are internal ("ask LAT desk"): published only when asked
                # (a fresh CLI trial found them word for word in the public reviewBody)
                note=decision.note if notes else "",
                identifier=f.id,
            )
        )
    return out


def _stated(f, articles: dict) -> str:
    """The finding's value as its sources state it, when every sentence
    stating it also holds something under correction."""
    return "Reports state: " + " and ".join(
        f"‘{v.value}’ ({_named(v.sides, articles)})" for v in f.versions
    )


def _named(sides, articles: dict) -> str:
    """The sources of one version, by outlet, else title, else id."""
    names = []
    for side in sides:
        a = articles.get(side.article)
        name = (a.outlet or a.title) if a else ""
        names.append(name or side.article)
    return ", ".join(dict.fromkeys(names))


def to_json(reviews: list[dict[str, Any]]) -> str:
    """A JSON-LD document: the reviews in one ``@graph``."""
    text = json.dumps(
        {"@context": "https://schema.org", "@graph": reviews}, ensure_ascii=False, indent=2
    )
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    for ch in ("\u2028", "\u2029", *(chr(c) for c in range(0x7F, 0xA0))):
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return text + "\n"


def render(
    log: ReviewLog, publisher: str = "", publisher_url: str = "", review_url: str = ""
) -> str:
    return to_json(from_log(log, publisher, publisher_url, review_url))


def report_text(log: ReviewLog, fmt: str, args: Any = None) -> str:
    """``workbench report``'s text: ClaimReview here, the other formats by
    ``report.render``; ``args`` may carry --publisher, --publisher-url,
    --review-url and the findings chosen for publication (``published``:
    their ids, ``cli_publish.chosen``; None exports every verified or
    disputed one)."""
    if fmt != "claimreview":
        from .report import render as render_report

        return render_report(log, fmt)
    reviews = from_log(
        log,
        getattr(args, "publisher", None) or "",
        getattr(args, "publisher_url", None) or "",
        getattr(args, "review_url", None) or "",
        bool(getattr(args, "with_notes", False)),
        getattr(args, "published", None),
    )
    missing = [o for o in ("publisher", "review_url") if not getattr(args, o, None)]
    if reviews and missing:
        print(
            one_line(
                "workbench: note: without "
                + " and ".join(f"--{o.replace('_', '-')}" for o in missing)
                + " the ClaimReview names no publisher or page; search engines ignore such markup"
            ),
            file=sys.stderr,
        )
    if not reviews:
        print(
            one_line(f"workbench: note: {log.path} has no verified or disputed finding to export"),
            file=sys.stderr,
        )
    return to_json(reviews)
