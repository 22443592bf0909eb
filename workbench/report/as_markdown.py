"""The correction report as Markdown: by article (what each must act on), then
every finding, claims some sources leave out, and orphaned reviews. Every
untrusted string goes through ``escape``."""

from __future__ import annotations

from typing import Any

from ..naming import outlet_holds_id, twice_line
from ..raised import shown_verdict
from ..store.pair_by_pair import item_status_words, status_label
from ..store.records import corrected_words
from ..store.reviews import SETTLED
from .date_edits import beside_date
from .date_edits import md_lines as date_lines
from .decisions import each_text
from .desk import READ_AS, scope_words, shows_reading, table_values
from .escape import md, md_code, quoted
from .headline_line import item_headline
from .independence import counted_once_md, independence_line
from .majority import example, summed_up, tally
from .md_closing import agreed_md, by_hand_md, coverage_md
from .notes import dismissed_noted, finding_notes
from .orphans import still_orphaned


def published_line(art: dict) -> str:
    """An article's date as the report states it, saying when an editor set
    it rather than the article (a colleague checking the report against the
    article saw a date it does not carry: fresh window trial)."""
    if not art["published"]:
        return "publication date unknown"
    if art.get("date_changed"):
        return art["published"] + f" (date set by an editor{beside_date(art)})"
    return art["published"] + (" (date set by an editor)" if art.get("date_given") else "")


DISPUTED = "Disputed, no article named"


def questioned(art: dict[str, Any]) -> str:
    """The words before the ids of the findings disputed without naming an
    article that involve this article: each is shown in full once, not here."""
    ids = art.get("questioned", [])
    if not ids:
        return ""
    many = "findings" if len(ids) > 1 else "finding"
    # this article named, as one of their sources: under the last finding of its
    # section, "Also in 1 finding …" read as a stray line of that one (trial 48)
    who = art.get("outlet") or art["id"]
    return (
        f"{who} is also a source of {len(ids)} {many} disputed without naming an article "
        f"to correct (shown once under “{DISPUTED}”): "
    )


def _grown(ids: list[str], changed: list[str]) -> list[str]:
    """Decided findings a discrepancy joined since, and those whose verdict
    changed since the decision, each named once in the summary."""
    out = []
    if ids:
        out.append(
            f"- Decided, with a discrepancy added since that is not decided yet: {len(ids)} "
            f"({', '.join(md_code(i) for i in ids)})"
        )
    if changed:
        out.append(
            f"- Decided, and the verdict changed since (look again): {len(changed)} "
            f"({', '.join(md_code(i) for i in changed)})"
        )
    return out


def _findings_now(s: dict[str, Any]) -> str:
    n = s["findings"]
    return f"{n} finding{'' if n == 1 else 's'} found now (agreements apart)"


def gone_words(gone: list[dict[str, Any]]) -> str:
    """ "1 verified (listed under Corrections confirmed); 1 disputed, 1
    dismissed (listed under Orphaned reviews)": what ``by_status`` leaves out."""
    by: dict[str, list[str]] = {}
    for g in gone:
        by.setdefault(g["section"], []).append(f"{g['count']} {g['status']}")
    return "; ".join(f"{', '.join(counts)} (listed under {sec})" for sec, counts in by.items())


def quiet_articles(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The articles no finding, decision or correction names."""
    return [
        art
        for art in articles
        if not art["items"]
        and not art["questioned"]
        and not art.get("corrected")
        and not art.get("to_check")
        and not art.get("gone")
    ]


def _quiet(articles: list[dict[str, Any]]) -> list[str]:
    out = []
    if quiet := quiet_articles(articles):
        names = ", ".join(
            md_code(a["id"]) + (f" ({md(a['outlet'])})" if a["outlet"] else "") for a in quiet
        )
        out += [f"No claims marked as needing correction or disputed in: {names}.", ""]
    return out + ([md(line), ""] if (line := gone_sources(articles)) else [])


def gone_sources(articles: list[dict[str, Any]]) -> str:
    """One sentence naming the articles that are sources of decided findings
    no longer found, with those findings (listed under Orphaned reviews)."""
    named = [
        f"{a['id']} ({', '.join(a['gone'])})"
        for a in articles
        if a.get("gone") and not a["items"] and not a.get("to_check")
    ]
    if not named:
        return ""
    return (
        "Decided findings no longer found (listed under Orphaned reviews, each "
        f"with its decision) name as a source: {'; '.join(named)}."
    )


def _gone_line(gone: list[dict[str, Any]]) -> list[str]:
    if not gone:
        return []
    n = sum(g["count"] for g in gone)
    # statuses and section names are ours (no editor's text): not escaped
    return [f"- Decided findings no longer found ({n}): {gone_words(gone)}"]


def _made_line(ids: list[str]) -> list[str]:
    if not ids:
        return []
    return [
        f"- Corrections that look made (the article was edited since and no longer differs; "
        f"confirm): {len(ids)} ({', '.join(md_code(i) for i in ids)})"
    ]


TO_CHECK = (
    "Corrections asked of this article whose discrepancy is no longer found (an edit, "
    "a fix in other words, a removed source or a date change took it away): check "
    "whether each was made, then confirm it (verified) or decide again."
)


def _check_line(ids: list[str]) -> list[str]:
    if not ids:
        return []
    return [
        "- Corrections asked whose discrepancy is no longer found (check they were made): "
        f"{len(ids)} ({', '.join(md_code(i) for i in ids)})"
    ]


def gone(item: dict[str, Any]) -> str:
    """Said after a finding the latest analysis does not hold."""
    if not item["orphaned"]:
        return ""
    if item.get("uncompared"):
        return " — no longer compared (its articles are unchanged: a date may have changed)"
    if item.get("corrected"):
        return f" — orphaned: {corrected_words(tuple(item['corrected']), gone=True)}"
    return " — orphaned"


def stray_mark(article: str, d: dict[str, Any]) -> str:
    """' — states none of this finding's versions (look again)' after an
    article a decision names to correct, when it is such an article; or that
    it was edited since and no longer differs."""
    if article in d.get("strays", ()):
        return " — states none of this finding's versions (look again)"
    if article in d.get("corrected", ()):
        return (
            " — edited since the decision, no longer differs (the correction looks made: confirm)"
        )
    if article in d.get("edited", ()):
        now = d.get("now_states", {}).get(article)
        states = f", now states ‘{now}’" if now else ""
        still = d.get("still_says", {}).get(article)
        still = f"; it still says {still}" if still else ""
        return (
            f" — edited since the decision{states}, still differs (the correction is not made "
            f"yet{still})"
        )
    if still := d.get("still_says", {}).get(article):
        # asked, then edited, and the finding is gone: another sentence still
        # states the value decided on (trial 33: "two sub-sea cables" at line 9)
        return (
            f" — edited since the decision; it still says {still} (the correction is not made yet)"
        )
    return ""


def shown_status(item: dict[str, Any]) -> str:
    """Its status in words: "decided pair by pair: …" for "mixed" (trial 48)."""
    return item_status_words(item)


def undecided(item: dict[str, Any]) -> str:
    """ ", 1 discrepancy not decided yet" after a decided finding's status."""
    n, was = item.get("undecided", 0), item.get("decided_under", "")
    again = (f", decided when it was {was} (look again)" if was else "") + item.get("joined", "")
    if strays := item.get("strays"):
        they = "it states" if len(strays) == 1 else "they state"
        again += (
            f", names {', '.join(strays)} to correct though {they} none of its versions "
            "(regrouped since the decision: look again)"
        )
    if not n or item["status"] in ("open", "mixed"):
        return again
    return f", {n} discrepanc{'y' if n == 1 else 'ies'} not decided yet{again}"


def _summary(data: dict[str, Any]) -> list[str]:
    s = data["summary"]
    return [
        "# Correction report",
        "",
        f"Generated {md(data['generated'])} by {md(data['tool'])} from "
        f"{md_code(data['review_log'])}.",
        "",
        "## Summary",
        "",
        f"- Articles: {s['articles']}",
        *([f"- Independence: {md(line)}"] if (line := independence_line(data)) else []),
        *date_lines(data),
        f"- Findings: {s['findings']}{_verdicts(s['by_verdict'])}{_agreed_more(s)}, from "
        f"{s['discrepancies']} discrepancies between pairs of articles",
        f"- Review status of the {_findings_now(s)}: "
        + ", ".join(
            f"{v} {md(status_label(k))}" for k, v in s["by_status"].items() if v or k != "mixed"
        ),
        *_gone_line(s.get("no_longer_found", [])),
        f"- Still to review (open, partly decided, or to look at again): {s['to_review']}",
        *_grown(s["decided_with_undecided"], s.get("verdict_changed_since_decided", [])),
        *_made_line(s.get("corrections_look_made", [])),
        *_check_line(s.get("corrections_to_check", [])),
        f"- Orphaned reviews (decisions no longer found, counted by pair of articles): "
        f"{s['orphaned_reviews']}",
        "",
        *counted_once_md(data),
    ]


def to_markdown(data: dict[str, Any]) -> str:
    out = _summary(data)
    # an article only named in a finding disputed without an article to correct
    # has nothing to do: one line under that finding, not a section of its own
    # (a trial's colleague read four such sections as four articles to act)
    named_only = [art for art in data["articles"] if not art["items"] and art["questioned"]]
    for art in data["articles"]:
        if not art["items"] and not art.get("to_check"):
            continue
        out += [f"## {md(_heading(art))}", ""]
        out += _meta(art)
        for item in art["items"]:
            out += _item(item, art["id"])
        if art.get("to_check"):
            out += [TO_CHECK, ""]
            for item in art["to_check"]:
                out += _item(item, art["id"])
        if art["questioned"]:
            ids = ", ".join(md_code(i) for i in art["questioned"])
            out += [md(questioned(art)) + ids + ".", ""]
    if data["disputed"]:
        out += [
            f"## {DISPUTED}",
            "",
            "Editors question these findings without naming an article to correct; each is",
            "listed once, with every source's version.",
            "",
        ]
        for item in data["disputed"]:
            out += _item(item, None)
        if named_only:
            names = "; ".join(", ".join(md(x) for x in what_names(a)) for a in named_only)
            out += [f"Sources these findings name, with nothing to correct yet: {names}.", ""]
    out += _corrections_made(data["articles"])
    out += _quiet(data["articles"])
    out += _all_findings(data["findings"])
    out += agreed_md(data.get("agreed", []))
    out += coverage_md(data["coverage"])
    out += by_hand_md(data.get("manual_links", []))
    confirmed = [i for i in data["orphaned"] if i.get("confirmed")]
    if confirmed:
        out += [
            "## Corrections confirmed",
            "",
            "Corrections an editor asked for and then confirmed made; the sentences below are",
            "the ones decided on, before the correction.",
            "",
        ]
        for item in confirmed:
            c = item["confirmed"]
            asked = f" to read {quoted(c['correction'])}" if c["correction"] else ""
            out += [
                f"- {md_code(c['article'])} was asked{asked} ({md_code(item['id'])}); "
                f"confirmed made by {md(c['reviewer'] or 'an editor')}, {md(c['at'])}",
            ]
        out.append("")
    orphaned = [i for i in data["orphaned"] if still_orphaned(i)]
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
            out += _item(item, None)
    return "\n".join(out) + "\n"


def _meta(art: dict[str, Any]) -> list[str]:
    meta = [
        x
        for x in (md(art["outlet"]), md(published_line(art)), md_code(art["id"]), md(art["url"]))
        if x
    ]
    return [" · ".join(meta), ""]


def _corrections_made(articles: list[dict[str, Any]]) -> list[str]:
    """Articles edited since an editor asked for a correction that no longer differ
    with the other sources: apart from what must still be done, to confirm."""
    made = [art for art in articles if art.get("corrected")]
    if not made:
        return []
    out = [
        "## Corrections that look made",
        "",
        "These articles were edited after an editor asked for a correction, and no longer differ",
        "from the other sources. Confirm each (mark it verified) or decide again.",
        "",
    ]
    for art in made:
        out += [f"### {md(_heading(art))}", "", *_meta(art)]
        for item in art["corrected"]:
            out += _item(item, art["id"])
    return out


def _verdicts(counts: dict[str, int]) -> str:
    return f" ({', '.join(f'{v} {md(k)}' for k, v in sorted(counts.items()))})" if counts else ""


def what_names(article: dict[str, Any]) -> list[str]:
    """An article's id, outlet and address, each once: an outlet that holds
    the id ("ECB+ 18_2ecb") stands for both (trial 22 read "18_2ecb, ECB+
    18_2ecb")."""
    aid, outlet = article["id"], article["outlet"]
    told = outlet_holds_id(aid, outlet)
    return [x for x in (None if told else aid, outlet, article["url"]) if x]


def _name(source: dict[str, Any]) -> str:
    return md(source["outlet"] or source["article"])


def verdict_text(item: dict[str, Any]) -> str:
    """A finding's verdict as an editor reads it ("raised by Ann" for an editor's)."""
    return shown_verdict(item["verdict"], item.get("raised_by", ""))


def _item(item: dict[str, Any], aid: str | None) -> list[str]:
    """One finding; under an article, that article's sources are marked."""
    out = [
        f"### {md(shown_status(item))}{undecided(item)}: {md(item['kind'])} — "
        f"{md(verdict_text(item))} ({md_code(item['id'])})" + gone(item),
        "",
        "- **Versions:**",
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
            out.append(f"  - {quoted(v['value'])} — {tally(v)}: {names}{support}")
            out.append(f"    - e.g. **{_name(src)}{here}:** {md(src['claim'])}")
            continue
        out.append(f"  - {quoted(v['value'])} — {names}{support}")
        for src in v["sources"]:
            here = " (this article)" if src["article"] == aid else ""
            out.append(f"    - **{_name(src)}{here}:** {md(src['claim'])}")
            if shows_reading(item, src) and src["value"].strip() != src["claim"].strip():
                said = f"{quoted(src['value'])} → {md(src['normalized'])}"
                out.append(f"      - {READ_AS}: {said}")
            for more in src.get("also", ()):
                out.append(f"      - also {quoted(more['value'])}: {md(more['claim'])}")
    pairs = [(v["value"], [src["article"] for src in v["sources"]]) for v in item["versions"]]
    if twice := twice_line(pairs):
        out.append(f"- **{md(twice)}**")
    if short := item_headline(item, verdict_text(item)):  # the line to check first
        out.append(f"- **In short:** {md(short)}")
    out.append(f"- **Explanation:** {md(item['explanation'])}")
    for d in item["decisions"]:
        out += _decision(d, len(item["discrepancies"]), outlets_of(item))
    return [*out, ""]


def _decision(d: dict[str, Any], total: int, outlets: dict[str, str]) -> list[str]:
    count = len(d["discrepancies"])
    scope = scope_words(count, total)
    out = [f"- **Decision:** {md(d['status'])}{scope}"]
    acting = d["status"] not in SETTLED  # "verified" with a correction contradicts itself
    if d["correct_articles"] and acting:
        many = "Articles" if len(d["correct_articles"]) > 1 else "Article"
        named = ", ".join(
            md_code(a) + (f" ({md(outlets[a])})" if outlets.get(a) else "") + stray_mark(a, d)
            for a in d["correct_articles"]
        )
        out.append(f"  - **{many} to correct:** {named}")
    if d["note"]:
        out.append(f"  - **Note:** {md(d['note'])}")
    if d["correction"] and acting:
        out.append(f"  - **Proposed correction:** {md(d['correction'])}")
    for a, text in each_text(d) if acting else ():  # each article its own (trial 49)
        out.append(f"  - **Proposed correction in {md_code(a)}:** {md(text)}")
    out.append(f"  - **Reviewer:** {md(d['reviewer'] or '—')} ({md(d['updated'])})")
    return out


def _all_findings(findings: list[dict[str, Any]]) -> list[str]:
    if not findings:
        return []
    out = [
        "## All findings",
        "",
        "| finding | kind | verdict | status | versions | notes |",
        "|---|---|---|---|---|---|",
    ]
    for f in findings:
        versions = "; ".join(
            f"{quoted(shown)} ({len(v['sources'])})"
            for shown, v in zip(table_values(f), f["versions"], strict=True)
        )
        out.append(
            f"| {md_code(f['id'])} | {md(f['kind'])} | {md(verdict_text(f))} | "
            f"{md(shown_status(f))}{undecided(f)} | {versions} | "
            f"{'; '.join(md(n) for n in finding_notes(f))} |"
        )
    if kept := dismissed_noted(findings):
        out += ["", md(kept)]
    return [*out, ""]


def _agreed_more(s: dict[str, Any]) -> str:
    """The agreements, counted apart as ``check`` counts them."""
    n = s.get("agreed", 0)
    return f"; {n} more where every source agrees (agreed, not to review)" if n else ""


def outlets_of(item: dict[str, Any]) -> dict[str, str]:
    """The outlet of each source of a finding: an article to correct is named
    as the editor chose it, not only by its file's id (fresh window trial)."""
    return {s["article"]: s.get("outlet", "") for v in item["versions"] for s in v["sources"]}


def _heading(art: dict[str, Any]) -> str:
    """The section heading of an article: never its first sentence."""
    return art.get("heading") or art["title"] or art["id"]
