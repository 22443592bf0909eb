"""The command line's view of findings: the ``check`` summary (one item per
finding, then coverage and independence) and decisions on a finding
(``workbench review F…``). Plain text; every line passes ``one_line``."""

from __future__ import annotations

import shlex
from typing import TextIO

from .cli_counts import listed, many, print_agreed
from .cli_pairs import pair_lines
from .findings import coverage, group_label, independent_sources
from .findings.brief import check_why, dates_of, published_of, told_briefly
from .findings.copies import SAME_OUTLET, SHARED_WORDING
from .findings.copy_groups import (
    apart_line,
    apart_links,
    copies_said,
    copy_groups,
    counted_once_line,
    counting_links,
    group_sentences,
)
from .findings.copy_words import is_newsroom
from .findings.headline import of_finding
from .findings.titled import titles_beside
from .model import Analysis
from .naming import clip, labels, quoted, shorten, twice_line, where_they_differ
from .raised import heading
from .store import by_decision
from .store.covered import joined_said, undecided_words
from .store.drafts import as_written, typed_in
from .store.findings import is_finding_id as is_finding_id
from .store.findings import standing
from .store.left_open import open_after
from .store.pair_by_pair import status_words
from .store.records import corrected_words, occurrences
from .store.reviews import SETTLED
from .terminal import flat, one_line

SHOWN_OMISSIONS = 10  # coverage lines printed before "… and N more"
SHOWN_SENTENCES = 3  # sources whose sentence is printed under a version


def quote(s: str) -> str:
    """A value in single quotation marks unless it is itself a quotation."""
    return quoted(s, "‘", "’")


def around(text: str, start: int, end: int, n: int = 100) -> str:
    """The sentence, shortened to about ``n`` characters around the compared
    words (``text[start:end]``) so they are always shown."""
    text = " ".join(text.split()) if len(text) <= n else text
    if len(text) <= n or not 0 <= start < end <= len(text):
        return clip(text, n)
    room = max(n - (end - start), 20) // 2
    lo, hi = max(start - room, 0), min(end + room, len(text))
    while lo > 0 and not text[lo - 1].isspace():  # whole words at the edges
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    body = " ".join(text[lo:hi].split())
    return quoted(f"{'…' if lo > 0 else ''}{body}{'…' if hi < len(text) else ''}")


def print_findings(
    analysis: Analysis,
    statuses: dict[str, str] | None,
    where,
    out: TextIO,
    agreed: set[str] | None = None,
) -> None:
    """Each finding: its verdict and status, every version with the sources
    stating it (and how many are independent), one sentence per version,
    and the explanation. ``statuses`` is None when nothing was saved.
    ``agreed``: agreements, one line each at the end (``print_agreed``)."""
    claims = {c.id: c for c in analysis.claims}
    names = labels(analysis.articles)
    agreed = agreed or set()
    counted = counting_links([a.id for a in analysis.articles], analysis.copies)  # trial 48
    apart_of = apart_links([a.id for a in analysis.articles], analysis.copies)
    for f in listed(analysis.findings, agreed):
        status = "not saved" if statuses is None else statuses.get(f.id, "open")
        sources = {s.article for v in f.versions for s in v.sides}
        print(
            "\n"
            + one_line(
                f"[{f.id}] {heading(f)} — "
                f"{len(f.versions)} version"
                f"{'s' if len(f.versions) != 1 else ''} in {len(sources)} sources "
                f"(status: {status})"
            ),
            file=out,
        )
        print(one_line(f"  {of_finding(f, names)}"), file=out)  # the line to check first
        shown_as = [shorten(v.value, 70) for v in f.versions]
        if f.kind == "quote":  # where the versions differ, not their shared start
            shown_as = where_they_differ([v.value for v in f.versions])
        for v, value in zip(f.versions, shown_as, strict=True):
            arts = list(dict.fromkeys(s.article for s in v.sides))
            support = ", ".join(names.get(a, a) for a in arts)
            if v.independent < len(arts):  # why: once, below the versions (trial 40)
                support += f" ({v.independent} independent)"
            written = len(occurrences(v.sides))  # each place, once (not once a pair)
            if f.kind == "name" and written > len(arts):  # every place a name is written
                support += f"; written {written} times"
            if told_briefly(len(f.versions), f.explanation):  # when, one line a version
                support += dates_of(arts, published_of(analysis))
            print(one_line(f"  {quote(value)} — {support}"), file=out)
            shown: set[str] = set()
            for side in v.sides:
                if side.article in shown or len(shown) == SHOWN_SENTENCES:
                    continue
                shown.add(side.article)
                claim = claims[side.claim]
                text = around(claim.text, side.start - claim.start, side.end - claim.start)
                print(one_line(f"      {where(side)}: {text}"), file=out)
            if len(arts) > len(shown):  # say that more sources state it (fresh CLI trial)
                more = len(arts) - len(shown)
                print(f"      … and {more} more (workbench review {f.id} shows each)", file=out)
        pairs = [(v.value, [s.article for s in v.sides]) for v in f.versions]
        if twice := twice_line(pairs, lambda a: names.get(a, a)):
            print(one_line(f"  {twice}"), file=out)
        counts = [([s.article for s in v.sides], v.independent) for v in f.versions]
        for said in copies_said(counts, counted, apart_of, names):  # as the window (trial 48)
            print(one_line(f"  {said}"), file=out)
        print(one_line(f"  {check_why(f)}"), file=out)  # one line of why (trial 49)
    shown = [f for f in analysis.findings if f.id in agreed]
    print_agreed(shown, names, out, analysis.findings, claims)


def print_coverage(analysis: Analysis, out: TextIO, copies: bool = False) -> None:
    """Claims most sources carry that some leave out, and who copies whom:
    grouped in a line, or with ``copies`` (``check --independence``) every pair and why."""
    claims = {c.id: c for c in analysis.claims}
    names = labels(analysis.articles)
    rows = [c for c in coverage(analysis) if c.widely_carried and c.omitted]
    total = len(analysis.articles)
    loose = sum(not f.group for f in analysis.findings)
    loose_said = (
        f" and {loose} finding{'s' if loose != 1 else ''} in no claim group" if loose else ""
    )
    if analysis.groups or loose:
        print(
            "\n"
            + one_line(
                f"Coverage: {len(analysis.groups)} claim{'s' if len(analysis.groups) != 1 else ''} "
                f"stated by two or more sources{loose_said}; "
                + (
                    f"{len(rows)} that most independent sources carry "
                    f"{'is' if len(rows) == 1 else 'are'} left out by some "
                    "(workbench coverage shows them all):"
                    if rows
                    # a trial read "0 of them … are left out" as "nobody leaves anything
                    # out", though a claim 6 of 15 sources state was missing from nine
                    else "none that most independent sources carry is left out by any "
                    "(workbench coverage shows who states each claim)."
                )
            ),
            file=out,
        )
    for c in rows[:SHOWN_OMISSIONS]:
        label = group_label(c.group, lambda i: claims[i].text if i in claims else None)
        # a headline line: a source's own title says whether it carries it (trial 47)
        titled = titles_beside(c.group, c.omitted, analysis.articles, claims)
        left_out = ", ".join(
            names.get(a, a) + (f" (its title: {clip(titled[a], 70)})" if a in titled else "")
            for a in c.omitted
        )
        # a source with a sentence aligned to the claim does not omit it: say where to
        # read (trial 47 read "(a similar sentence in 4_2)" as where 4_3 had it)
        near = [names.get(a, a) for a in c.aligned]
        near = (
            f"; {', '.join(near)} {'has' if len(near) == 1 else 'have'} a similar sentence, "
            "neither carrying nor leaving it out"
            if near
            else ""
        )
        print(
            one_line(
                f"  {c.group.id} ({len(c.carried)} of {total} sources, {c.independent} of "
                f"{c.sources} independent) left out by {left_out}{near}: "
                f"{clip(label, 70)}"
            ),
            file=out,
        )
    if len(rows) > SHOWN_OMISSIONS:
        print(f"  … and {len(rows) - SHOWN_OMISSIONS} more (see --json or the report)", file=out)
    independent = independent_sources([a.id for a in analysis.articles], analysis.copies)
    plural = "s" if independent != 1 else ""
    line = f"Independence: {independent} independent source{plural} among {total}"
    print("\n" + one_line(line + (":" if analysis.copies else ".")), file=out)
    if copies:
        _every_pair(analysis, names, out)
    # who counts once with whom, grouped, in one line: trial 47 read a 33-line
    # block of pairs after 7 findings; each pair and why: --independence, coverage, report
    elif groups := copy_groups([a.id for a in analysis.articles], analysis.copies, names):
        # a link between two groups is said, never left out in silence (trial 48),
        # in the same line: the findings stay what an editor sees first (trial 47)
        apart = apart_line([a.id for a in analysis.articles], analysis.copies, names)
        print(
            one_line(
                f"  {counted_once_line(groups)}"
                + (f" — {apart[0].lower()}{apart[1:]}" if apart else "")
                + " (each pair and why: check --independence, workbench coverage or the report)"
            ),
            file=out,
        )


def _every_pair(analysis: Analysis, names: dict[str, str], out: TextIO) -> None:
    """``check --independence``: a sentence per source that copies others, in the
    editor's words as the report and the window say it (trial 37 read "5
    independent among 6" above three links of The Age and could not see
    why), then what each link stands on."""
    every = [a.id for a in analysis.articles]
    # the groups the count stands on, as check's one line and the report name them
    for said in group_sentences(every, analysis.copies, names):
        print(one_line(f"  {said}"), file=out)
    apart = set(apart_links(every, analysis.copies))
    for link in (x for x in analysis.copies if not is_newsroom(x)):  # said above (trial 45)
        pair = f"{names.get(link.left, link.left)} and {names.get(link.right, link.right)}"
        tail = " (counted as separate sources)" if link in apart else ""
        print(one_line(f"    {pair}: {copy_reasons(link)}{tail}"), file=out)


def copy_reasons(link) -> str:
    """Why two sources count as one story: shared sentences, a shared credit."""
    why = [many(link.shared, "near-verbatim sentence")] if link.shared else []
    for part in link.credit.split("; ") if link.credit else ():
        if part.startswith(SHARED_WORDING):
            why.append(f"both carry the wording '{part[len(SHARED_WORDING) :]}'")
            continue
        same = part.startswith(SAME_OUTLET)
        why.append(f"both from {part[len(SAME_OUTLET) :]}" if same else f"both credit {part}")
    return "; ".join(why)


def finding_statuses(log) -> dict[str, str]:
    """Finding id → its review status as the log has it now: a decided
    finding a discrepancy joined since keeps its decision and says what is
    left to decide ("verified; 1 discrepancy added since, not decided"; "partly
    decided" when pairs were left open: trial 42), where "mixed" read as editors disagreeing."""
    out = {}
    for f in log.findings():
        status, undecided = standing(f)
        if undecided and status not in ("open", "mixed"):
            status += undecided_words(f.members, f.versions, undecided)
        out[f.id] = status_words(f, status) + look_again(f)
    return out


def _gone(f) -> str:
    """Why a finding is not in the latest analysis."""
    if f.uncompared:
        return "no longer compared, though its articles are unchanged: a date may have changed"
    return "orphaned: no longer found"


def look_again(f) -> str:
    """Said beside a decision made when the finding had another verdict, or
    naming an article to correct that states none of its versions (carried
    here when a later check regrouped the findings)."""
    said = f"; decided when it was {f.decided_under}, now {f.verdict}: look again"
    said = (said if f.decided_under else "") + joined_said(f)
    if f.strays:
        said += f"; {stray_words(f.strays)}: look again"
    if f.corrected:
        said += f"; {corrected_words(f.corrected, not f.active, f.corrected_differing)}"
    return said


def made_against(log, f) -> str:
    """What a correction that looks made was checked against, when sources
    telling its claim were left out of the finding (``store.made_scope``)."""
    from .store.made_scope import compared_words, not_compared

    made = getattr(f, "corrected", ())
    others = not_compared(log.db, f) if made else ()
    said = [compared_words(f, a, others) for a in made]
    return "".join(f"; {x}" for x in said if x)


def marked(
    named: list[str],
    strays: tuple[str, ...],
    corrected: tuple[str, ...] = (),
    edited: tuple[str, ...] = (),
    differing: tuple[str, ...] = (),
) -> str:
    """Articles to correct, marked: stating none of its versions, or edited since
    (``differing``: made, stating the version asked for, others still differing)."""
    parts = [a for joined in named for a in joined.split("\n") if a]  # several in one decision
    return ", ".join(
        f"{a} (states none of its versions: look again)"
        if a in strays
        else f"{a} (edited since, now states the version asked for: the correction looks made)"
        if a in differing
        else f"{a} (edited since, no longer differs: the correction looks made)"
        if a in corrected
        else f"{a} (edited since, still differs: the correction is not made yet)"
        if a in edited
        else a
        for a in parts
    )


def stray_words(strays: tuple[str, ...]) -> str:
    """'names 18_5 to correct, which states none of its versions (decided
    on a finding a later check regrouped)'."""
    which = "which states" if len(strays) == 1 else "which state"
    return (
        f"names {', '.join(strays)} to correct, {which} none of its versions "
        "(decided on a finding a later check regrouped)"
    )


def describe_decision(finding, reviews, by: str = "") -> str:
    """One line saying what a decision on a finding wrote; ``by``: the
    reviewer recorded for this change."""
    from .cli_corrections import corrections_said
    from .cli_output import signed

    first = reviews[0] if reviews else None
    if first is None:
        return f"{finding.id}: no discrepancy to decide on"
    if not any(getattr(r, "changed", True) for r in reviews):
        return (
            f"{finding.id}: nothing changed; its decision is already {first.status} (see --history)"
        )
    targets = sorted({r.article for r in reviews if r.article})
    return (
        f"{finding.id}: {first.status} on {len(reviews)} discrepanc"
        f"{'y' if len(reviews) == 1 else 'ies'}"
        + signed(first.reviewer, by)
        + _shared("note", [r.note for r in reviews])
        + corrections_said(reviews)
        + (f" (in {', '.join(targets)})" if targets else "")
        + open_after(finding, reviews)
    )


def _shared(what: str, texts: list[str]) -> str:
    """A note or correction the decision's discrepancies share; when they
    differ (kept from earlier decisions on single discrepancies), say so
    instead of showing one of them as if it were this decision's."""
    kinds = set(texts)
    if kinds == {""}:
        return ""
    if len(kinds) == 1:
        return f" — {what}: {flat(texts[0])}"
    return f" — {what}s differ between its discrepancies (kept; see --history)"


def finding_history(log, ident: str) -> list[str]:
    """Every recorded change of the decisions on a finding's discrepancies,
    oldest first, one line each."""
    from .store.findings import resolve_finding

    with log.snapshot():
        finding = resolve_finding(log, ident)
        rows = as_written(log.history(finding.id))  # every member's, oldest first
    n = len(finding.members)
    status, undecided = standing(finding)  # as check and the report say it, not "mixed"
    left = f", {undecided} not decided yet" if undecided and status not in ("open", "mixed") else ""
    said = status_words(finding, status)
    lines = [f"{finding.id}: {said} ({n} discrepanc{'y' if n == 1 else 'ies'}{left})"]
    if not rows:
        lines[0] += "; no decision recorded yet"
    for decision in by_decision(rows):  # one line for each, however many it wrote to
        h = decision[0]
        extra = [
            f"note: {flat(h.note)}" if h.note else "",
            f"correction: {flat(h.correction)}" if h.correction else "",
            f"article: {h.article}" if h.article else "",
            h.event or "",
            typed_in(h),
        ]
        where_ = h.discrepancy  # with the ids, to decide one alone (trial 46)
        if len(decision) > 1:
            where_ = f"{len(decision)} discrepancies ({', '.join(e.discrepancy for e in decision)})"
        lines.append(
            f"{h.at}  {where_}  {h.status:16s} {h.reviewer or '—'}"
            + "".join(f" — {x}" for x in extra if x)
        )
    return lines


def show_finding(log, ident: str, db: str = "review.sqlite") -> list[str]:
    """``workbench review F…`` alone: the finding as the log has it, every
    version (lettered as ``workbench coverage`` letters them) with its
    sources and one sentence each, the explanation, its decisions, and how
    to decide (fresh CLI trial: the id a coverage row named led nowhere)."""
    from .store.covered import covered, covered_words
    from .store.findings import resolve_finding

    with log.snapshot():
        f = resolve_finding(log, ident)
    status, undecided = standing(f)
    n = len(f.members)
    lines = [
        f"{f.id}: {heading(f)} — "
        f"{len(f.versions)} version"
        f"{'s' if len(f.versions) != 1 else ''} in {len(f.sources)} sources; "
        + status_words(f, status)
        # a finding decided pair by pair counts its open pairs in its words
        + (f", {undecided} of its {n} discrepancies not decided yet" if undecided else "")
        * (status != "mixed")
        + (_why_open(f) if undecided else "")
        + look_again(f)
        + made_against(log, f)
        + ("" if f.active else f" ({_gone(f)})")
        + ("; agreed: every source agrees, not to review" if f.agreed else "")
    ]
    for k, v in enumerate(f.versions):
        letter = chr(ord("A") + k) if k < 26 else "?"
        extra = f" ({v.independent} independent)" if v.independent < len(v.sources) else ""
        written = len(occurrences(v.sides))  # each place, once (not once a pair)
        if f.kind == "name" and written > len(v.sources):  # every place it is written
            extra += f"; written {written} times"
        lines.append(f"  {letter} {quote(v.value)} — {', '.join(v.sources)}{extra}")
        shown: set[str] = set()
        for side in v.sides:
            if side.article in shown or not side.claim_text:  # every source (trial 40: 3 of 4)
                continue
            shown.add(side.article)
            at = side.claim_text.find(side.text)
            text = around(side.claim_text, at, at + len(side.text)) if at >= 0 else ""
            lines.append(f"      {side.article}: {text or clip(side.claim_text, 100)}")
    if twice := twice_line((v.value, v.sources) for v in f.versions):
        lines.append(f"  {twice}")
    lines.append(f"  {f.explanation}")
    lines += pair_lines(f)  # full detail, each pair's reason (trial 44)
    decided: dict[tuple, list[str]] = {}
    for m in f.members:
        if m.status != "open" or m.note or m.correction:
            named = decided.setdefault((m.status, m.note, m.correction, m.reviewer), [])
            if m.correct_article and m.correct_article not in named:
                named.append(m.correct_article)
    for (st, note, correction, who), named in decided.items():
        lines.append(
            f"  Decision: {st}"
            + (f" by {who}" if who else "")
            + (
                " — to correct: "
                + marked(named, f.strays, f.corrected, f.edited_unmade, f.corrected_differing)
                if named and st not in SETTLED
                else ""
            )
            + (f" — note: {flat(note)}" if note else "")
            + (f" — correction: {flat(correction)}" if correction and st not in SETTLED else "")
        )
    if (c := covered(f)) is not None:  # what a decision saw, what joined since (s35)
        lines += [f"  {line}" for line in covered_words(c)]
    for a, where in f.still_says.items():  # trial 33: a partial fix of a finding gone
        lines.append(f"  {a}, edited since, is not corrected yet: it still says {flat(where)}")
    given = "" if db == "review.sqlite" else f" --db {shlex.quote(db)}"  # pasted as printed
    lines.append(
        f"  Decide: workbench review {f.id} --status verified|disputed|needs-correction|"
        f"dismissed [--article ID] [--note TEXT]{given}; past decisions: --history"
    )
    return lines


def _why_open(f) -> str:
    """Why its undecided pairs are open, when the lines of what the decision
    covered (a source new or left since) do not say it (trial 44)."""
    from .store.covered import covered
    from .store.why_open import why_open

    c = covered(f)
    why = "" if c is not None and (c.new or c.left) else why_open(f.members)
    return f" ({why})" if why else ""


def where(side, pages: dict[str, tuple[int, ...]]) -> str:
    """The article of one side, with its page in a PDF or Word file."""
    from .articles import page_of

    page = page_of(pages.get(side.article, ()), side.start)
    return side.article if page is None else f"{side.article} (p. {page})"


def show_finding_cli(args) -> int:
    """Print ``show_finding`` for ``workbench review F…`` without changes."""
    from .cli_args import CliError
    from .store import ReviewLog, StoreError

    try:
        log = ReviewLog(args.db, create=False)
        try:
            for line in show_finding(log, args.id, args.db):
                print(one_line(line))
        finally:
            log.close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    return 0
